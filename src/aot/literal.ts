/**
 * JavaScript source for data: the literals an ahead-of-time module is made of. Plain values,
 * arrays, objects, exact decimals (bigint units), sets and regular expressions; objects already
 * named (hoisted constants) are written as their name.
 */

/** Writes `value` as a JavaScript expression; `named` gives the constant name of known objects. */
export function literal(
  value: unknown,
  named: (value: object) => string | undefined = () => undefined,
): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return String(value);
    case 'number':
      if (Number.isNaN(value)) return 'NaN';
      if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'object': {
      const name = named(value);
      if (name !== undefined) return name;
      if (value instanceof RegExp)
        return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
      if (value instanceof Set) return `new Set(${literal([...value], named)})`;
      if (Array.isArray(value)) return `[${value.map((item) => literal(item, named)).join(', ')}]`;
      const entries = Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => `${propertyName(key)}: ${literal(item, named)}`);
      return `{ ${entries.join(', ')} }`;
    }
    default:
      throw new TypeError(`cannot write a ${typeof value} as a literal`);
  }
}

function propertyName(key: string): string {
  // A quoted "__proto__" would set the prototype; computed, it is an own property.
  if (key === '__proto__') return '["__proto__"]';
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}
