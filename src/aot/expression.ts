/**
 * A rule's plan (see src/rules/plan.ts) as a JavaScript expression over the evaluation context
 * `c`: the same run-time helpers the interpreter's closures call, written out as straight-line
 * calls. Constants (decimals, step lists, types, regular expressions) are hoisted by `hoist`.
 */

import type { Plan } from '../rules/plan.js';

/** Names a module-level constant for a value and returns the name. */
export type Hoist = (value: unknown) => string;

export function expressionSource(plan: Plan, hoist: Hoist): string {
  const emit = (p: Plan): string => expressionSource(p, hoist);
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
      return `[${plan.items.map(emit).join(', ')}]`;
    case 'not':
    case 'neg':
      return `${plan.op}(${emit(plan.operand)})`;
    case 'and':
    case 'or':
      return `logic(${plan.op === 'or'}, ${emit(plan.left)}, () => ${emit(plan.right)})`;
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
    case 'lazy':
      return `${fn(plan.name)}.apply([${plan.args.map((arg) => `() => ${emit(arg)}`).join(', ')}], c)`;
    case 'pattern':
      return `${fn(plan.name)}.apply([${plan.args.map(emit).join(', ')}], ${hoist(plan.regex)})`;
    case 'per-item':
      return `callPerItem(${fn(plan.name)}, c, ${hoist(plan.steps)}, ${plan.outerLevels}, (c) => ${emit(plan.condition)})`;
  }
}

function fn(name: string): string {
  return `FUNCTIONS[${JSON.stringify(name)}]`;
}
