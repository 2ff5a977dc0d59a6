/**
 * A rule's plan (see src/rules/plan.ts) as a JavaScript function body over the evaluation
 * context `c`: the same run-time helpers the interpreter's closures call, written out as
 * straight-line calls. Constants (decimals, step lists, types, regular expressions, lists of
 * constants, the conditions of per-item functions) are hoisted by `hoist`, so an evaluation
 * allocates nothing the plan does not compute. `and` and `or` decide through temporaries declared
 * in the function (`t0`, `t1`, …) instead of closures; the arguments of a lazy function are
 * hoisted functions of the context.
 */

import type { Plan } from '../rules/plan.js';

/** Names a module-level constant for a value and returns the name. */
export type Hoist = (value: unknown) => string;

/** Source of a module constant that is code (the hoisted condition of a per-item function). */
export type HoistCode = (source: string) => string;

/** A function `(c) => value` computing the plan (not yet converted to plain data). */
export function functionSource(plan: Plan, hoist: Hoist, hoistCode: HoistCode, wrap = ''): string {
  const temps: string[] = [];
  const body = expressionSource(plan, hoist, hoistCode, temps);
  return temps.length === 0
    ? `(c) => ${wrap}(${body})`
    : `(c) => { let ${temps.join(', ')}; return ${wrap}(${body}); }`;
}

function expressionSource(plan: Plan, hoist: Hoist, hoistCode: HoistCode, temps: string[]): string {
  const emit = (p: Plan): string => expressionSource(p, hoist, hoistCode, temps);
  const temp = (): string => {
    const name = `t${temps.length}`;
    temps.push(name);
    return name;
  };
  switch (plan.op) {
    case 'const': {
      const value = plan.value;
      return value === null || typeof value === 'string' || typeof value === 'boolean'
        ? JSON.stringify(value)
        : hoist(value);
    }
    case 'ref': {
      if (plan.fans) return `readFan(c, ${hoist(plan.steps)}, ${JSON.stringify(plan.base)})`;
      let source = 'c.root';
      for (const step of plan.steps) {
        source = `own(${source}, ${JSON.stringify(step.key)})`;
        if (step.mode === 'current') source = `item(${source}, c.indices[${step.level}])`;
      }
      return `convert(${JSON.stringify(plan.base)}, ${source})`;
    }
    case 'list':
      // A list of constants is one constant (it is only read).
      if (plan.items.every((item) => item.op === 'const'))
        return hoist(plan.items.map((item) => (item as { value: unknown }).value));
      return `[${plan.items.map(emit).join(', ')}]`;
    case 'not':
    case 'neg':
      return `${plan.op}(${emit(plan.operand)})`;
    case 'and':
    case 'or': {
      const decisive = plan.op === 'or';
      const t = temp();
      return `((${t} = ${emit(plan.left)}) === ${decisive} ? ${decisive} : logicRight(${decisive}, ${t}, ${emit(plan.right)}))`;
    }
    case 'equal':
      return `(equalValues(${emit(plan.left)}, ${emit(plan.right)}, ${plan.instants}) !== ${plan.negated})`;
    case 'order':
      return `ordered(${JSON.stringify(plan.test)}, orderValues(${emit(plan.left)}, ${emit(plan.right)}, ${plan.instants}))`;
    case 'arith':
      return `arith(${JSON.stringify(plan.operator)}, ${emit(plan.left)}, ${emit(plan.right)})`;
    case 'in':
      return `(within(${emit(plan.value)}, ${emit(plan.list)}, ${plan.instants}) !== ${plan.negated})`;
    case 'eager': {
      // Only the base and shape of the static types matter at run time (min and max read them).
      const types = plan.types.map((type) => ({ base: type.base, list: type.list }));
      return `callEager(${fn(plan.name)}, [${plan.args.map(emit).join(', ')}], c, ${hoist(types)})`;
    }
    case 'lazy': {
      // The arguments as hoisted functions of the context, in one hoisted list.
      const args = plan.args.map((arg) => hoistCode(functionSource(arg, hoist, hoistCode)));
      return `${fn(plan.name)}.apply(${hoistCode(`[${args.join(', ')}]`)}, c)`;
    }
    case 'pattern':
      return `${fn(plan.name)}.apply([${plan.args.map(emit).join(', ')}], ${hoist(plan.regex)})`;
    case 'per-item': {
      const condition = hoistCode(functionSource(plan.condition, hoist, hoistCode));
      return `callPerItem(${fn(plan.name)}, c, ${hoist(plan.steps)}, ${plan.outerLevels}, ${condition})`;
    }
  }
}

function fn(name: string): string {
  return `FUNCTIONS[${JSON.stringify(name)}]`;
}
