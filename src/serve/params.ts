/**
 * The checker of route parameters (path and query string) that the server gives Fastify as its
 * validator compiler. The parameter schemas of the route catalogue (routes.ts) use a small part
 * of JSON Schema: an object of named properties, each a string with a pattern, a string enum or a
 * boolean, some required, no others allowed. Checking that needs no schema compiler: Fastify's
 * default one (ajv) costs the server thread about a fifth of its start-up, loading ajv and
 * compiling every route's schemas (decision 0029). Errors have ajv's shape (`instancePath`,
 * `keyword`, `message`, `params`), so Fastify words them as it words ajv's. Query values arrive
 * as text: a boolean is `true` or `false` and becomes one (as ajv's `coerceTypes` does). A schema
 * outside this part throws when the route is registered, never when a request is checked.
 */

type Schema = Readonly<Record<string, unknown>>;

/** One finding, in ajv's shape (Fastify's error formatter reads it). */
export interface ParamError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A checker as Fastify calls it: true, or false with the first finding in `errors`. */
export interface ParamCheck {
  (data: unknown): boolean;
  errors: ParamError[] | null;
}

type Property = (value: unknown, name: string) => ParamError | { readonly value: unknown };

const KNOWN = new Set(['type', 'properties', 'required', 'additionalProperties', 'description']);

function property(name: string, schema: Schema): Property {
  const path = `/${name}`;
  const fail = (keyword: string, message: string, params: Record<string, unknown>): ParamError => ({
    instancePath: path,
    keyword,
    message,
    params,
  });
  if (Array.isArray(schema.enum) && schema.enum.every((option) => typeof option === 'string')) {
    const options = schema.enum as readonly string[];
    return (value) =>
      typeof value === 'string' && options.includes(value)
        ? { value }
        : fail('enum', 'must be equal to one of the allowed values', { allowedValues: options });
  }
  if (
    schema.type === 'boolean' &&
    Object.keys(schema).every((key) => key === 'type' || key === 'description')
  ) {
    return (value) =>
      value === true || value === 'true'
        ? { value: true }
        : value === false || value === 'false'
          ? { value: false }
          : fail('type', 'must be boolean', { type: 'boolean' });
  }
  if (
    schema.type === 'string' &&
    typeof schema.pattern === 'string' &&
    Object.keys(schema).every((key) => key === 'type' || key === 'pattern' || key === 'description')
  ) {
    const pattern = schema.pattern;
    const regex = new RegExp(pattern, 'u');
    return (value) =>
      typeof value !== 'string'
        ? fail('type', 'must be string', { type: 'string' })
        : regex.test(value)
          ? { value }
          : fail('pattern', `must match pattern "${pattern}"`, { pattern });
  }
  throw new Error(`the parameter checker does not support the schema of ${name}: ${JSON.stringify(schema)}`);
}

/** Compiles the checker of one route part's schema; throws for a schema outside the supported part. */
export function compileParams(schema: Schema): ParamCheck {
  const unknownKeys = Object.keys(schema).filter((key) => !KNOWN.has(key));
  if (schema.type !== 'object' || schema.additionalProperties !== false || unknownKeys.length > 0)
    throw new Error(`the parameter checker supports closed objects only: ${JSON.stringify(schema)}`);
  const properties = new Map(
    Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(([name, sub]) => [
      name,
      property(name, sub),
    ]),
  );
  const required = (schema.required ?? []) as readonly string[];
  const check = ((data: unknown): boolean => {
    check.errors = null;
    const first = findError(data);
    if (first) check.errors = [first];
    return first === undefined;
  }) as ParamCheck;
  check.errors = null;

  function findError(data: unknown): ParamError | undefined {
    if (data === null || typeof data !== 'object' || Array.isArray(data))
      return { instancePath: '', keyword: 'type', message: 'must be object', params: { type: 'object' } };
    const values = data as Record<string, unknown>;
    for (const name of required) {
      if (!Object.hasOwn(values, name))
        return {
          instancePath: '',
          keyword: 'required',
          message: `must have required property '${name}'`,
          params: { missingProperty: name },
        };
    }
    for (const name of Object.keys(values)) {
      const check = properties.get(name);
      if (!check)
        return {
          instancePath: '',
          keyword: 'additionalProperties',
          message: 'must NOT have additional properties',
          params: { additionalProperty: name },
        };
      const result = check(values[name], name);
      if ('instancePath' in result) return result;
      // Coerced in place, as ajv's coerceTypes does (a boolean's text becomes the boolean).
      values[name] = result.value;
    }
    return undefined;
  }

  return check;
}
