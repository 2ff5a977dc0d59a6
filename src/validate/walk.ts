/**
 * The validation walk over a submission: structure, values and rules, in document order.
 *
 * For each child occurrence: relevance first (a non-relevant element must be absent; with
 * `prune` it is removed), then a computed value may be filled, then cardinality and each item's
 * value and item rules (constraints, computed values), then the occurrence rules (conditional
 * requirement, rule-driven counts). The incremental session re-runs these same functions on
 * parts of the data, so both always agree.
 */

import { buildIssue, type ElementRef, type Issue } from '../issues/issue.js';
import { pointerAppend } from '../issues/pointer.js';
import { ISSUE_CODES, type IssueCode } from './codes.js';
import { displayValue, sameValue } from './data.js';
import { addIssue, type IssueSink } from './issue-list.js';
import type { ValidationLimits } from './limits.js';
import { type RelatedPlan, relatedPlan, resolveRelated } from './related.js';
import { makeIssue } from './report.js';
import type { ElementRules, ExecutableRule } from './rule-binding.js';
import type { CompiledChild, CompiledContainer, CompiledTree } from './tree.js';

export interface WalkState {
  /** The compiled tree (absent in an ahead-of-time module, whose rules carry their plans). */
  readonly tree?: CompiledTree;
  /** Where issues go: full validation keeps at most `limits.maxIssues` (an `IssueList`). */
  readonly issues: IssueSink;
  readonly limits: ValidationLimits;
  /** The submission (the working copy when pruning or filling). */
  readonly root: unknown;
  /** Indices of the repeat items on the current path, outermost first (a stack). */
  readonly indices: number[];
  readonly referenceDate: string;
  /** Remove non-relevant values instead of reporting them as errors. */
  readonly prune: boolean;
  /** Fill absent computed values. */
  readonly fill: boolean;
}

type DataRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is DataRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Evaluates a rule where the walk stands. Rules never throw into validation: errors are null.
 * The state is the evaluation context itself (it has `root`, `indices`, `referenceDate`): no
 * context object per evaluation.
 */
function evaluate(rule: ExecutableRule, state: WalkState): unknown {
  try {
    return rule.evaluate(state);
  } catch {
    return null;
  }
}

/** The rule's own legal basis wins over the element's. */
function ruleRef(rule: ExecutableRule, ref: ElementRef): ElementRef {
  return rule.rule.bezug === undefined ? ref : { ...ref, bezug: rule.rule.bezug };
}

function ruleParams(rule: ExecutableRule, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ruleId: rule.rule.id, ruleVersion: rule.rule.version, ruleName: rule.rule.name, ...extra };
}

const relatedPlans = new WeakMap<ExecutableRule, RelatedPlan>();

/** The plan of the data a rule reads (see related.ts): its own, or worked out once from the tree. */
function relatedOf(rule: ExecutableRule, state: WalkState): RelatedPlan {
  if (rule.related) return rule.related;
  let plan = relatedPlans.get(rule);
  if (!plan) {
    const tree = state.tree;
    plan = tree
      ? relatedPlan(rule.hostKeys, rule.dependencies, (keyPath) => tree.byKeyPath.get(keyPath))
      : [];
    relatedPlans.set(rule, plan);
  }
  return plan;
}

/** The data a rule reads where the walk stands, without the issue's own path. */
function relatedTargets(rule: ExecutableRule, state: WalkState, own: string) {
  return resolveRelated(relatedOf(rule, state), state.indices, own);
}

/** Issues of rules attached to a group or the form but reported at the element they read: their host. */
export const reportedAwayFrom = new WeakMap<Issue, string>();

/**
 * The rule behind each issue of an item rule (constraint, computed value), so that the session
 * can replace the issues of exactly the rules it re-runs.
 */
export const producedBy = new WeakMap<Issue, ExecutableRule>();

function isUnder(pointer: string, prefix: string): boolean {
  return prefix === '' || pointer.startsWith(`${prefix}/`);
}

function withRelated(issue: Issue, related: readonly string[]): Issue {
  return related.length === 0 ? issue : { ...issue, related };
}

function ruleIssue(
  code: IssueCode,
  rule: ExecutableRule,
  path: string,
  ref: ElementRef,
  state: WalkState,
  extra?: Record<string, unknown>,
): Issue {
  const related = relatedTargets(rule, state, path).map((target) => target.pointer);
  return withRelated(makeIssue(code, path, ruleParams(rule, extra), ruleRef(rule, ref)), related);
}

/** The first relevance rule that does not hold, or undefined when the element applies. */
export function failedRelevance(rules: ElementRules, state: WalkState): ExecutableRule | undefined {
  for (const rule of rules.relevant) if (evaluate(rule, state) !== true) return rule;
  return undefined;
}

/** Checks an object against a container: each known child, then every unknown key. */
export function walkContainer(
  container: CompiledContainer,
  record: DataRecord,
  path: string,
  state: WalkState,
): void {
  for (const child of container.children) walkChild(child, record, path, state);
  if (hasUnknownKey(record, container.byKey)) reportUnknownKeys(record, container.byKey, path, state);
}

/** Whether the object has an own enumerable key the container does not know (no key list built). */
export function hasUnknownKey(record: DataRecord, known: { has(key: string): boolean }): boolean {
  for (const key in record) if (!known.has(key) && Object.hasOwn(record, key)) return true;
  return false;
}

/** `UNKNOWN_KEY` for every key of the object that the container does not know. */
export function reportUnknownKeys(
  record: DataRecord,
  known: { has(key: string): boolean },
  path: string,
  state: WalkState,
): void {
  for (const key of Object.keys(record)) {
    if (known.has(key)) continue;
    addIssue(state.issues, 'error', () =>
      makeIssue('UNKNOWN_KEY', pointerAppend(path, key), { key: key.slice(0, 200) }),
    );
  }
}

/** Checks one child occurrence of a container object: relevance, values, rules. */
export function walkChild(
  child: CompiledChild,
  record: DataRecord,
  containerPath: string,
  state: WalkState,
): void {
  const path = pointerAppend(containerPath, child.key);
  // Own properties only: `constructor` or `__proto__` must never be read from the prototype.
  let value = Object.hasOwn(record, child.key) ? record[child.key] : undefined;
  const out = state.issues;

  const irrelevant = failedRelevance(child.rules, state);
  if (irrelevant) {
    if (value !== undefined) reportIrrelevant(irrelevant, record, child.key, path, child.ref, state);
    return;
  }
  if (child.isLabel) {
    if (value !== undefined) out.push(makeIssue('LABEL_HAS_VALUE', path, {}, child.ref));
    return;
  }
  if (value === undefined && state.fill && !child.repeated) {
    value = fillCalculated(child.rules.calculate, record, child.key, path, child.ref, state);
  }
  const count = checkOccurrence(child, value, path, state);
  checkOccurrenceRules(child.rules, child.min, count, path, child.ref, state);
}

/** A value where a relevance rule does not hold: removed (`prune`) or reported. */
export function reportIrrelevant(
  rule: ExecutableRule,
  record: DataRecord,
  key: string,
  path: string,
  ref: ElementRef,
  state: WalkState,
): void {
  if (state.prune) {
    delete record[key];
    state.issues.push(ruleIssue('PRUNED', rule, path, ref, state));
  } else {
    state.issues.push(ruleIssue('NOT_RELEVANT', rule, path, ref, state));
  }
}

/** Fills an absent value from the first computed value that is known; returns the value. */
export function fillCalculated(
  rules: readonly ExecutableRule[],
  record: DataRecord,
  key: string,
  path: string,
  ref: ElementRef,
  state: WalkState,
): unknown {
  for (const rule of rules) {
    const computed = evaluate(rule, state);
    if (computed === null || computed === undefined) continue;
    record[key] = computed;
    state.issues.push(ruleIssue('CALCULATED_FILLED', rule, path, ref, state, { expected: computed }));
    return computed;
  }
  return undefined;
}

/**
 * Occurrence rules: conditional requirement and counts that depend on other answers. `count` is
 * the number of items found, undefined when the value had the wrong shape.
 */
export function checkOccurrenceRules(
  rules: ElementRules,
  min: number,
  count: number | undefined,
  path: string,
  ref: ElementRef,
  state: WalkState,
): void {
  const out = state.issues;
  if (count === 0 && min === 0) {
    for (const rule of rules.required) {
      if (evaluate(rule, state) === true) {
        out.push(ruleIssue('REQUIRED_IF', rule, path, ref, state));
        break;
      }
    }
  }
  if (count !== undefined) {
    for (const rule of rules.minCount) {
      const minimum = evaluate(rule, state);
      if (typeof minimum === 'number' && count < minimum) {
        out.push(ruleIssue('RULE_MIN_COUNT', rule, path, ref, state, { min: minimum, count }));
      }
    }
    for (const rule of rules.maxCount) {
      const max = evaluate(rule, state);
      if (typeof max === 'number' && count > max) {
        out.push(ruleIssue('RULE_MAX_COUNT', rule, path, ref, state, { max, count }));
      }
    }
  }
}

/**
 * Cardinality and the items of one occurrence. Returns the number of items found, or undefined
 * when the value had the wrong shape (then counting rules have nothing to count).
 */
function checkOccurrence(
  child: CompiledChild,
  value: unknown,
  path: string,
  state: WalkState,
): number | undefined {
  const out = state.issues;
  if (value === undefined) {
    if (child.min > 0) out.push(makeIssue('REQUIRED', path, {}, child.ref));
    return 0;
  }
  if (!child.repeated) {
    if (Array.isArray(value)) {
      out.push(makeIssue('WRONG_TYPE', path, { expected: 'single value', actual: 'array' }, child.ref));
      return undefined;
    }
    walkItem(child, value, path, state);
    return 1;
  }
  if (!Array.isArray(value)) {
    out.push(makeIssue('EXPECTED_ARRAY', path, { actual: describeType(value) }, child.ref));
    return undefined;
  }
  const count = value.length;
  if (count > state.limits.maxItems) {
    out.push(makeIssue('LIMIT_ITEMS', path, { limit: state.limits.maxItems }, child.ref));
    return undefined;
  }
  // An empty list gives nothing, as an absent one (and as a message, which has no empty lists).
  if (count === 0 && child.min > 0) out.push(makeIssue('REQUIRED', path, {}, child.ref));
  else if (count < child.min)
    out.push(makeIssue('CARDINALITY_MIN', path, { min: child.min, count }, child.ref));
  if (count > child.max) out.push(makeIssue('CARDINALITY_MAX', path, { max: child.max, count }, child.ref));
  for (let index = 0; index < count; index++) {
    state.indices.push(index);
    walkItem(child, value[index], pointerAppend(path, index), state);
    state.indices.pop();
  }
  return count;
}

/**
 * One item: the value itself (or one list element), then the item rules. For repeated elements
 * the caller has pushed the item's index.
 */
export function walkItem(child: CompiledChild, value: unknown, path: string, state: WalkState): void {
  const out = state.issues;
  if (child.container) {
    if (!isRecord(value)) {
      out.push(makeIssue('EXPECTED_OBJECT', path, { actual: describeType(value) }, child.ref));
      return;
    }
    walkContainer(child.container, value, path, state);
  } else if (child.checkValue) {
    child.checkValue(value, path, out);
  }
  checkItemRules(child.rules, child.ref, value, path, state, child.container !== undefined);
}

/**
 * Item rules: computed values and constraints. A constraint of a group or the form that reads
 * exactly one element reports at that element (so a portal shows it next to its input); other
 * rule issues report where the rule is attached. Each lists the data it read in `related`.
 */
export function checkItemRules(
  rules: ElementRules,
  ref: ElementRef,
  value: unknown,
  path: string,
  state: WalkState,
  isContainer: boolean,
): void {
  const out = state.issues;
  for (const rule of rules.calculate) {
    const expected = evaluate(rule, state);
    if (expected === null || expected === undefined || sameValue(expected, value)) continue;
    const issue = ruleIssue('CALCULATED_MISMATCH', rule, path, ref, state, {
      expected,
      actual: displayValue(value),
    });
    producedBy.set(issue, rule);
    out.push(issue);
  }
  for (const rule of rules.constraint) {
    // Unknown (null) means the data needed is missing; other checks report that, not this rule.
    if (evaluate(rule, state) !== false) continue;
    const templates = rule.rule.message ?? ISSUE_CODES.RULE_CONSTRAINT;
    const related = relatedTargets(rule, state, path);
    // The one element of the group (or form) the rule reads, if it reads just one there.
    const inside = isContainer ? related.filter((target) => isUnder(target.pointer, path)) : [];
    const only = inside.length === 1 ? inside[0] : undefined;
    const others = related.filter((target) => target !== only).map((target) => target.pointer);
    const issue = buildIssue(
      rule.rule.code ?? 'RULE_CONSTRAINT',
      'error',
      templates,
      only ? only.pointer : path,
      ruleParams(rule),
      ruleRef(rule, only ? only.ref : ref),
    );
    const reported = withRelated(issue, others);
    if (only) reportedAwayFrom.set(reported, path);
    producedBy.set(reported, rule);
    out.push(reported);
  }
}

/** The form's own rules: constraints over the whole submission (path ''). */
export function walkFormRules(tree: CompiledTree, state: WalkState): void {
  checkItemRules(tree.formRules, tree.formRef, state.root, '', state, true);
}

/**
 * Only the given item rules (constraints, computed values) of one item of `child` (undefined:
 * the form), as `walkItem` runs them after the item's value: the session re-runs the rules a
 * change reaches without walking the rest of the item.
 */
export function walkItemRules(
  child: CompiledChild | undefined,
  rules: ElementRules,
  value: unknown,
  path: string,
  state: WalkState,
): void {
  if (child === undefined) {
    // Only sessions re-run item rules, and a session always holds its compiled tree.
    if (state.tree) checkItemRules(rules, state.tree.formRef, value, path, state, true);
  } else checkItemRules(rules, child.ref, value, path, state, child.container !== undefined);
}
