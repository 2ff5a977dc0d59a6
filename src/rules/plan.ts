/**
 * A type-checked expression as a small resolved tree (a plan): references resolved to steps,
 * functions to their catalogue entries, comparisons to instant or plain. The type checker
 * (compile-expression.ts) produces it; two back ends run it with one meaning: `toEvaluator`
 * builds closures (the interpreter), `src/aot/` writes JavaScript source that calls the same
 * run-time helpers below (the ahead-of-time module). Neither uses `eval` or `new Function`.
 */

import {
  add,
  type Decimal,
  divide,
  fromNumber,
  isDecimal,
  multiply,
  negate,
  subtract,
  toNumber,
} from '../text/decimal.js';
import { isIsoDate, isIsoDateTime, isIsoTime } from '../text/temporal.js';
import { equalValues, orderValues } from './compare.js';
import type { EvalContext } from './context.js';
import type { FunctionSpec } from './library.js';
import type { BaseType, RuleType, Value } from './values.js';

export type Evaluator = (context: EvalContext) => Value;

/** One step of a reference: a key read once, in every item (`fan`), or in the current item. */
export type Step =
  | { readonly key: string; readonly mode: 'single' | 'fan' }
  | { readonly key: string; readonly mode: 'current'; readonly level: number };

export type Arithmetic = '+' | '-' | '*' | '/';
export type Ordering = '<' | '<=' | '>' | '>=';

type Spec<K extends FunctionSpec['evaluation']> = Extract<FunctionSpec, { evaluation: K }>;

/** A resolved expression. */
export type Plan =
  | { readonly op: 'const'; readonly value: Value }
  | {
      readonly op: 'ref';
      readonly steps: readonly Step[];
      readonly base: BaseType;
      /** True when a step fans out over a repeat: the value is a list. */
      readonly fans: boolean;
    }
  | { readonly op: 'list'; readonly items: readonly Plan[] }
  | { readonly op: 'not' | 'neg'; readonly operand: Plan }
  | { readonly op: 'and' | 'or'; readonly left: Plan; readonly right: Plan }
  | {
      readonly op: 'equal';
      readonly negated: boolean;
      readonly instants: boolean;
      readonly left: Plan;
      readonly right: Plan;
    }
  | {
      readonly op: 'order';
      readonly test: Ordering;
      readonly instants: boolean;
      readonly left: Plan;
      readonly right: Plan;
    }
  | { readonly op: 'arith'; readonly operator: Arithmetic; readonly left: Plan; readonly right: Plan }
  | {
      readonly op: 'in';
      readonly negated: boolean;
      readonly instants: boolean;
      readonly value: Plan;
      readonly list: Plan;
    }
  | {
      readonly op: 'eager';
      readonly name: string;
      readonly spec: Spec<'eager'>;
      readonly args: readonly Plan[];
      readonly types: readonly RuleType[];
    }
  | {
      readonly op: 'lazy';
      readonly name: string;
      readonly spec: Spec<'lazy'>;
      readonly args: readonly Plan[];
    }
  | {
      readonly op: 'pattern';
      readonly name: string;
      readonly spec: Spec<'pattern'>;
      readonly args: readonly Plan[];
      readonly regex: RegExp;
    }
  | {
      readonly op: 'per-item';
      readonly name: string;
      readonly spec: Spec<'per-item'>;
      /** Keys from the root to the repeat. */
      readonly steps: readonly string[];
      /** Number of repeats around it whose current item the rule stands in. */
      readonly outerLevels: number;
      readonly condition: Plan;
    };

export const NULL_PLAN: Plan = { op: 'const', value: null };

// --- run-time helpers: the interpreter and the generated modules call these -----------------

/** An own property of a plain object, else undefined (`__proto__` is never read through). */
export function own(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null && !Array.isArray(record) && Object.hasOwn(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

/** The item at a current-item index. */
export function item(value: unknown, index: number | undefined): unknown {
  return Array.isArray(value) && index !== undefined ? value[index] : undefined;
}

/** Reads a data value as a rule value of the element's type; anything unusable is null. */
export function convert(base: BaseType, value: unknown): Value {
  if (value === undefined || value === null) return null;
  switch (base) {
    case 'string':
      return typeof value === 'string' ? value : null;
    case 'number':
      return typeof value === 'number' ? (fromNumber(value) ?? null) : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? value : null;
    case 'time':
      return typeof value === 'string' && isIsoTime(value) ? value : null;
    case 'datetime':
      return typeof value === 'string' && isIsoDateTime(value) ? value : null;
    default:
      return typeof value === 'object' && !Array.isArray(value) ? (value as Value) : null;
  }
}

/** A reference through a repeat seen from outside it: the values of every item, as a list. */
export function readFan(context: EvalContext, steps: readonly Step[], base: BaseType): Value {
  const values: Value[] = [];
  collectFan(context, steps, base, context.root, 0, values);
  return values;
}

/** The values below `node` from step `at` on, in document order (recursion as deep as the steps). */
function collectFan(
  context: EvalContext,
  steps: readonly Step[],
  base: BaseType,
  node: unknown,
  at: number,
  values: Value[],
): void {
  if (at === steps.length) {
    values.push(convert(base, node));
    return;
  }
  const step = steps[at] as Step;
  const value = own(node, step.key);
  if (step.mode === 'fan') {
    if (Array.isArray(value))
      for (let i = 0; i < value.length; i++) collectFan(context, steps, base, value[i], at + 1, values);
  } else if (step.mode === 'current') {
    collectFan(context, steps, base, item(value, context.indices[step.level]), at + 1, values);
  } else {
    collectFan(context, steps, base, value, at + 1, values);
  }
}

/** A reference to one value. */
export function readSingle(context: EvalContext, steps: readonly Step[], base: BaseType): Value {
  let current: unknown = context.root;
  for (const step of steps) {
    const value = own(current, step.key);
    current = step.mode === 'current' ? item(value, context.indices[step.level]) : value;
    if (current === undefined) return null;
  }
  return convert(base, current);
}

export function not(value: Value): Value {
  return value === true ? false : value === false ? true : null;
}

export function neg(value: Value): Value {
  return isDecimal(value) ? negate(value) : null;
}

/** Kleene `and`/`or`: `decisive` is false for `and`, true for `or`; the right side on demand. */
export function logic(decisive: boolean, a: Value, right: () => Value): Value {
  if (a === decisive) return decisive;
  const b = right();
  if (b === decisive) return decisive;
  return a === !decisive && b === !decisive ? !decisive : null;
}

/** `logic` once the left side `a` is known not to decide: combines it with the right side `b`. */
export function logicRight(decisive: boolean, a: Value, b: Value): Value {
  if (b === decisive) return decisive;
  return a === !decisive && b === !decisive ? !decisive : null;
}

export function ordered(test: Ordering, order: number | null): Value {
  if (order === null) return null;
  return test === '<' ? order < 0 : test === '<=' ? order <= 0 : test === '>' ? order > 0 : order >= 0;
}

const ARITHMETIC: Readonly<Record<Arithmetic, (a: Decimal, b: Decimal) => Decimal | undefined>> = {
  '+': add,
  '-': subtract,
  '*': multiply,
  '/': divide,
};

export function arith(operator: Arithmetic, a: Value, b: Value): Value {
  return isDecimal(a) && isDecimal(b) ? (ARITHMETIC[operator](a, b) ?? null) : null;
}

/** `needle in haystack`. */
export function within(needle: Value, haystack: Value, instants: boolean): boolean {
  if (!Array.isArray(haystack)) return false;
  for (let i = 0; i < haystack.length; i++)
    if (equalValues(needle, haystack[i] as Value, instants)) return true;
  return false;
}

/** An eager function call; a throwing implementation gives null. */
export function callEager(
  spec: Spec<'eager'>,
  values: readonly Value[],
  context: EvalContext,
  types: readonly RuleType[],
): Value {
  try {
    return spec.apply(values, context, types);
  } catch {
    return null;
  }
}

/**
 * A per-item call: the repeat at `steps` (its outer repeats at the current items), the
 * condition evaluated for each of its items; none when the repeat is absent, null when the
 * value is not a list.
 */
export function callPerItem(
  spec: Spec<'per-item'>,
  context: EvalContext,
  steps: readonly string[],
  outerLevels: number,
  condition: Evaluator,
): Value {
  let current: unknown = context.root;
  let repeatLevel = 0;
  for (const [index, key] of steps.entries()) {
    const value = own(current, key);
    if (index === steps.length - 1) {
      current = value;
      break;
    }
    current = Array.isArray(value) ? value[context.indices[repeatLevel++] ?? -1] : value;
  }
  if (!Array.isArray(current)) return current === undefined ? spec.apply([]) : null;
  // One context for all items: only the last index changes (conditions do not keep it).
  const indices = context.indices.slice(0, outerLevels);
  const inner: EvalContext = { root: context.root, indices, referenceDate: context.referenceDate };
  const results: Value[] = new Array(current.length);
  for (let i = 0; i < current.length; i++) {
    indices[outerLevels] = i;
    results[i] = condition(inner);
  }
  return spec.apply(results);
}

export { equalValues, orderValues };

/** Converts a rule value to plain data: exact decimals become the nearest JS number. */
export function toPlainData(value: Value): unknown {
  if (isDecimal(value)) return toNumber(value);
  if (Array.isArray(value)) return value.map(toPlainData);
  return value;
}

// --- the closure back end ----------------------------------------------------------------

/** The plan as a tree of closures. */
export function toEvaluator(plan: Plan): Evaluator {
  switch (plan.op) {
    case 'const': {
      const value = plan.value;
      return () => value;
    }
    case 'ref': {
      const { steps, base } = plan;
      return plan.fans
        ? (context) => readFan(context, steps, base)
        : (context) => readSingle(context, steps, base);
    }
    case 'list': {
      // A list of constants is made once (lists are only read).
      if (plan.items.every((item) => item.op === 'const')) {
        const list = plan.items.map((item) => (item as { value: Value }).value);
        return () => list;
      }
      const items = plan.items.map(toEvaluator);
      return (context) => items.map((evaluate) => evaluate(context));
    }
    case 'not': {
      const operand = toEvaluator(plan.operand);
      return (context) => not(operand(context));
    }
    case 'neg': {
      const operand = toEvaluator(plan.operand);
      return (context) => neg(operand(context));
    }
    case 'and':
    case 'or': {
      const decisive = plan.op === 'or';
      const left = toEvaluator(plan.left);
      const right = toEvaluator(plan.right);
      // Kleene logic without a closure per evaluation: the right side only when needed.
      return (context) => {
        const a = left(context);
        return a === decisive ? decisive : logicRight(decisive, a, right(context));
      };
    }
    case 'equal': {
      const { negated, instants } = plan;
      const left = toEvaluator(plan.left);
      const right = toEvaluator(plan.right);
      return (context) => equalValues(left(context), right(context), instants) !== negated;
    }
    case 'order': {
      const { test, instants } = plan;
      const left = toEvaluator(plan.left);
      const right = toEvaluator(plan.right);
      return (context) => ordered(test, orderValues(left(context), right(context), instants));
    }
    case 'arith': {
      const { operator } = plan;
      const left = toEvaluator(plan.left);
      const right = toEvaluator(plan.right);
      return (context) => arith(operator, left(context), right(context));
    }
    case 'in': {
      const { negated, instants } = plan;
      const value = toEvaluator(plan.value);
      const list = toEvaluator(plan.list);
      return (context) => within(value(context), list(context), instants) !== negated;
    }
    case 'eager': {
      const { spec, types } = plan;
      const args = plan.args.map(toEvaluator);
      return (context) =>
        callEager(
          spec,
          args.map((evaluate) => evaluate(context)),
          context,
          types,
        );
    }
    case 'lazy': {
      const { spec } = plan;
      const args = plan.args.map(toEvaluator);
      return (context) => spec.apply(args, context);
    }
    case 'pattern': {
      const { spec, regex } = plan;
      const args = plan.args.map(toEvaluator);
      return (context) =>
        spec.apply(
          args.map((evaluate) => evaluate(context)),
          regex,
        );
    }
    case 'per-item': {
      const { spec, steps, outerLevels } = plan;
      const condition = toEvaluator(plan.condition);
      return (context) => callPerItem(spec, context, steps, outerLevels, condition);
    }
  }
}
