/**
 * Incremental validation for a portal that re-checks per keystroke.
 *
 * A session keeps its own copy of the data and the current issues. `set(path, value)` applies
 * one edit (see `edit.ts`: applied or refused with a structured error, never dropped) and then
 * re-runs the validation walk only where the result can change:
 * - the occurrence the edit touched: the highest element on the edited path that was created,
 *   is not relevant, or has an unusual shape, else the edited element itself;
 * - every occurrence of an element whose relevance, conditional requirement or count rules read a
 *   key path the edit touched (found through the dependency index built once per form);
 * - for constraints and computed values that read it (of an element or of the form): only those
 *   rules, once per item they apply to, without walking the rest of the item.
 * Issues below a re-walked path, and the issues of exactly the re-run rules at their item, are
 * replaced by the fresh ones. Full validation and the
 * session use the same walk functions and the same issue order, so `session.report()` equals a
 * fresh validation of the same data; a property test checks this against a copy of the data
 * the test keeps and edits itself.
 */

import { type Issue, makeReport } from '../issues/issue.js';
import { isIndexToken, pointerAppend } from '../issues/pointer.js';
import type { FormDefinition } from '../model/types.js';
import { copyData, depthProblem } from './data.js';
import { applyEdit, type EditRefusal } from './edit.js';
import { IssueList, type IssueSink } from './issue-list.js';
import type { ValidationLimits } from './limits.js';
import { sortIssues } from './order.js';
import { makeIssue } from './report.js';
import type { ValidationReport } from './result.js';
import { type ElementRules, type ExecutableRule, NO_RULES } from './rule-binding.js';
import type { CompiledChild, CompiledContainer, CompiledTree } from './tree.js';
import {
  failedRelevance,
  isRecord,
  producedBy,
  reportedAwayFrom,
  type WalkState,
  walkChild,
  walkContainer,
  walkFormRules,
  walkItem,
  walkItemRules,
} from './walk.js';

/** What one change did to the issues: the issues that appeared, disappeared, or changed text. */
export type SessionChange =
  | {
      readonly ok: true;
      readonly added: readonly Issue[];
      readonly removed: readonly Issue[];
      /**
       * Issues that stayed (same path, code and rule) but whose message or parameters changed:
       * the new versions.
       */
      readonly changed: readonly Issue[];
    }
  | {
      /** The edit was refused; the data and the issues are unchanged. */
      readonly ok: false;
      /** Why (code `SESSION_*`, with the pointer in `params`). */
      readonly error: Issue;
      readonly added: readonly [];
      readonly removed: readonly [];
      readonly changed: readonly [];
    };

/** An incremental validation session; see `CompiledForm.session`. */
export interface ValidationSession<D extends FormDefinition = FormDefinition> {
  /** The session's current data (do not mutate it; use `set`). */
  readonly data: Readonly<Record<string, unknown>>;
  /** The current report: equal to a full validation of `data` (when valid, with `data` typed). */
  report(): ValidationReport<D>;
  /**
   * Sets the value at a JSON pointer (RFC 6901; `undefined` deletes it, in a list it removes
   * the item; the index after the last item, or `-`, appends) and returns the issues that
   * appeared, disappeared and changed. A pointer that cannot be applied (bad syntax, an index
   * out of range, a path through a value that is not a list or object) is refused with an error
   * and changes nothing. The value is copied.
   */
  set(path: string, value: unknown): SessionChange;
}

export interface SessionOptions {
  readonly referenceDate: string;
}

/** A place in the data that can be re-checked on its own. */
type Target =
  | { readonly kind: 'full' }
  /** One occurrence of `child` in the object at `containerPath`. */
  | {
      readonly kind: 'occurrence';
      readonly child: CompiledChild;
      readonly record: Record<string, unknown>;
      readonly containerPath: string;
      readonly indices: readonly number[];
    }
  /** One item of a repeated `child`. */
  | {
      readonly kind: 'item';
      readonly child: CompiledChild;
      readonly value: unknown;
      readonly path: string;
      readonly indices: readonly number[];
    }
  /** Some item rules of one item of `child` (undefined: the form's rules over the whole data). */
  | {
      readonly kind: 'rules';
      readonly child: CompiledChild | undefined;
      readonly rules: ElementRules;
      readonly only: ReadonlySet<ExecutableRule>;
      readonly value: unknown;
      readonly path: string;
      readonly indices: readonly number[];
    };

/** What a re-check replaces: issues under `prefix`, or with `only`, the issues of those rules there. */
interface Recheck {
  readonly prefix: string;
  readonly only?: ReadonlySet<ExecutableRule>;
  readonly fresh: Issue[] | undefined;
}

const FULL: Target = { kind: 'full' };

/** Whether a change at `changed` can affect a rule reading `dependency`. */
function keyPathsTouch(dependency: string, changed: string): boolean {
  if (dependency.endsWith('#items')) {
    // Items of a repeat: only a change of the list itself, or of something above it.
    const list = dependency.slice(0, -'#items'.length);
    return changed === list || list.startsWith(`${changed}.`);
  }
  return (
    dependency === changed || dependency.startsWith(`${changed}.`) || changed.startsWith(`${dependency}.`)
  );
}

function isUnder(path: string, prefix: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
}

/** The session's report in the shape of a validation result. */
function reportOf<D extends FormDefinition>(
  issues: readonly Issue[],
  data: Record<string, unknown>,
): ValidationReport<D> {
  const report = makeReport(issues);
  return (report.valid ? { ...report, data } : report) as ValidationReport<D>;
}

export function createSession<D extends FormDefinition>(
  tree: CompiledTree,
  limits: ValidationLimits,
  initial: unknown,
  options: SessionOptions,
): ValidationSession<D> {
  let data: Record<string, unknown> = isRecord(initial) ? copyData(initial) : {};
  const dependents = dependencyIndex(tree);
  /** What a change of each key path re-checks, worked out once per key path. */
  const plans = new Map<string, readonly Plan[]>();
  const plansFor = (changed: string): readonly Plan[] => {
    let found = plans.get(changed);
    if (found === undefined) {
      found = planChange(tree, dependents, changed);
      plans.set(changed, found);
    }
    return found;
  };
  let issues: Issue[] = [];

  const newState = (out: IssueSink, indices: readonly number[]): WalkState => ({
    tree,
    issues: out,
    limits,
    root: data,
    indices: [...indices],
    referenceDate: options.referenceDate,
    prune: false,
    fill: false,
  });

  /** Full validation with its cap, as `validate` has it: the kept issues sorted, then the summary. */
  const fullIssues = (): Issue[] => {
    const out = new IssueList(limits.maxIssues);
    const tooDeep = depthProblem(data, limits.maxJsonDepth);
    if (tooDeep !== undefined) out.push(makeIssue('LIMIT_DEPTH', tooDeep, { limit: limits.maxJsonDepth }));
    const state = newState(out, []);
    walkContainer(tree.root, data, '', state);
    walkFormRules(tree, state);
    const summary = out.summary();
    const sorted = sortIssues(tree.root, out.kept);
    return summary ? [...sorted, summary] : sorted;
  };

  /** Issues of a partial re-check; undefined when they alone are over the cap. */
  const capped = (out: IssueList): Issue[] | undefined => (out.omittedCount > 0 ? undefined : out.kept);

  /** Re-runs the walk for a target; returns what its issues replace and the new ones. */
  const recheck = (target: Target): Recheck => {
    if (target.kind === 'full') return { prefix: '', fresh: fullIssues() };
    const fresh = new IssueList(limits.maxIssues);
    const state = newState(fresh, target.indices);
    if (target.kind === 'occurrence') {
      walkChild(target.child, target.record, target.containerPath, state);
      return { prefix: pointerAppend(target.containerPath, target.child.key), fresh: capped(fresh) };
    }
    if (target.kind === 'rules') {
      walkItemRules(target.child, target.rules, target.value, target.path, state);
      return { prefix: target.path, only: target.only, fresh: capped(fresh) };
    }
    walkItem(target.child, target.value, target.path, state);
    return { prefix: target.path, fresh: capped(fresh) };
  };

  issues = fullIssues();

  const refuse = (refusal: EditRefusal): SessionChange => ({
    ok: false,
    error: makeIssue(refusal.code, 'pointer' in refusal.params ? refusal.params.pointer : '', refusal.params),
    added: [],
    removed: [],
    changed: [],
  });

  return {
    get data() {
      return data;
    },
    report: () => reportOf(issues, data),
    set(path: string, value: unknown): SessionChange {
      const before = issues;
      const result = applyEdit(tree.root, data, path, value);
      if (!result.ok) return refuse(result.refusal);
      if (result.replacement) data = result.replacement;
      const { tokens } = result.edit;
      // Depth beyond the limits is found and reported by the full walk only.
      const depthAtStake =
        before.some((issue) => issue.code === 'LIMIT_DEPTH') ||
        depthProblem(value, limits.maxJsonDepth - tokens.length) !== undefined;
      const target =
        tokens.length === 0 || depthAtStake
          ? FULL
          : editTarget(tree.root, data, result.edit, limits, newState);
      let next: Issue[];
      // Over the issue cap, parts cannot be replaced in a list that lacks the omitted issues.
      if (target.kind === 'full' || before.some((issue) => issue.code === 'LIMIT_ISSUES')) {
        next = fullIssues();
      } else {
        const targets: Target[] = [target];
        // What changed: the edited value, or the highest container the edit created (a new
        // list or item changes what counts and aggregates over it see).
        const changed = changedKeyPath(tree.root, tokens.slice(0, result.edit.createdAt));
        // A value changed where it was (nothing created, no item added or removed).
        const inPlace = result.edit.createdAt === tokens.length && !result.edit.listLengthChanged;
        // The item indices the edit goes through (worked out when a plan can use them).
        let at: ReadonlyMap<string, number> | undefined;
        for (const plan of plansFor(changed)) {
          // Inside one item of a repeat the rules read as their current item: that item's only.
          let fixed: ReadonlyMap<string, number> | undefined;
          if (plan.sameItem.length > 0 && inPlace) {
            at ??= editIndices(tree.root, tokens);
            fixed = sameItemIndices(plan, at);
          }
          if (plan.rules === undefined) {
            targets.push(
              ...occurrencesOf(tree.root, data, plan.node as CompiledChild, limits, newState, fixed),
            );
          } else if (plan.node === undefined) {
            const { rules, only } = plan;
            targets.push({
              kind: 'rules',
              child: undefined,
              rules,
              only,
              value: data,
              path: '',
              indices: [],
            });
          } else {
            targets.push(
              ...itemsOf(tree.root, data, plan.node, plan.rules, plan.only, limits, newState, fixed),
            );
          }
        }
        const rechecks = dedupe(targets.map(recheck));
        next = before.filter((issue) => {
          const owner = ownerPath(issue);
          for (const { prefix, only } of rechecks) {
            if (only === undefined) {
              if (owner !== '' && isUnder(owner, prefix)) return false;
            } else if (owner === prefix) {
              const rule = producedBy.get(issue);
              if (rule !== undefined && only.has(rule)) return false;
            }
          }
          return true;
        });
        let over = false;
        const parts = rechecks.map(({ fresh }) => fresh);
        for (const fresh of parts) {
          if (fresh) next.push(...fresh);
          else over = true;
        }
        next = !over && next.length <= limits.maxIssues ? sortIssues(tree.root, next) : fullIssues();
      }
      issues = next;
      return { ok: true, ...diff(before, issues) };
    },
  };
}

/** The dotted key path (no indices) of the known elements on an edited path. */
function changedKeyPath(root: CompiledContainer, tokens: readonly string[]): string {
  const keys: string[] = [];
  let container: CompiledContainer | undefined = root;
  for (let i = 0; i < tokens.length && container; i++) {
    const child: CompiledChild | undefined = container.byKey.get(tokens[i] as string);
    if (!child) break;
    keys.push(child.key);
    container = child.container;
    if (child.repeated) i++; // skip the index
  }
  return keys.join('.');
}

/**
 * The smallest target whose re-check covers an applied edit. Walks the definition along the
 * edited path over the changed data and stops at the first element that full validation would
 * not descend through (not relevant, created by the edit, a list that grew or shrank, a value of
 * another shape), else at the edited element.
 */
function editTarget(
  root: CompiledContainer,
  data: Record<string, unknown>,
  edit: {
    readonly tokens: readonly string[];
    readonly createdAt: number;
    readonly listLengthChanged: boolean;
  },
  limits: ValidationLimits,
  newState: (out: IssueSink, indices: readonly number[]) => WalkState,
): Target {
  const { tokens, createdAt } = edit;
  let container = root;
  let record = data;
  let containerPath = '';
  // The target of the container being looked into: what covers an unknown key in it.
  let enclosing: Target = FULL;
  const indices: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    const key = tokens[i] as string;
    const child = container.byKey.get(key);
    if (!child) return enclosing;
    const occurrence: Target = { kind: 'occurrence', child, record, containerPath, indices: [...indices] };
    const last = i === tokens.length - 1;
    // The element itself was edited, or created by the edit (tokens up to createdAt are new).
    if (last || createdAt <= i + 1) return occurrence;
    if (failedRelevance(child.rules, newState([], indices))) return occurrence;
    const value = Object.hasOwn(record, key) ? record[key] : undefined;
    const childPath = pointerAppend(containerPath, key);
    if (!child.container) return occurrence; // a path into a field's value (file, obj)
    if (!child.repeated) {
      if (!isRecord(value)) return occurrence;
      enclosing = occurrence;
      container = child.container;
      record = value;
      containerPath = childPath;
      i += 1;
      continue;
    }
    const indexToken = tokens[i + 1] as string;
    if (!Array.isArray(value) || !isIndexToken(indexToken) || value.length > limits.maxItems)
      return occurrence;
    // A created item changes the count.
    if (createdAt <= i + 2) return occurrence;
    const index = Number(indexToken);
    const itemPath = pointerAppend(childPath, index);
    const item = value[index];
    if (i + 1 === tokens.length - 1) {
      // The edit replaced a whole item; adding or removing one changes the count and shifts the rest.
      if (edit.listLengthChanged || index >= value.length) return occurrence;
      return { kind: 'item', child, value: item, path: itemPath, indices: [...indices, index] };
    }
    if (!isRecord(item)) return occurrence;
    enclosing = { kind: 'item', child, value: item, path: itemPath, indices: [...indices, index] };
    indices.push(index);
    container = child.container;
    record = item;
    containerPath = itemPath;
    i += 2;
  }
  return enclosing;
}

/**
 * The path of the walk that produced an issue: its own path, or for a rule of a group or the
 * form that reported at the element it read, the path of the group or form.
 */
function ownerPath(issue: Issue): string {
  return reportedAwayFrom.get(issue) ?? issue.path;
}

/**
 * Keeps the outermost of nested re-walks (a re-walk of a path covers everything below it), and
 * the rule re-runs no kept re-walk covers.
 */
function dedupe(rechecks: Recheck[]): Recheck[] {
  const walks = rechecks.filter((recheck) => recheck.only === undefined);
  const sorted = [...walks].sort((a, b) => a.prefix.length - b.prefix.length);
  const kept: Recheck[] = [];
  for (const recheck of sorted) {
    if (!kept.some((outer) => isUnder(recheck.prefix, outer.prefix))) kept.push(recheck);
  }
  const covered = (path: string) => kept.some((outer) => isUnder(path, outer.prefix));
  return [...kept, ...rechecks.filter((recheck) => recheck.only !== undefined && !covered(recheck.prefix))];
}

/** What identifies an issue across changes: where, what, and which rule. */
function identity(issue: Issue): string {
  return `${issue.path}\u0000${issue.code}\u0000${String(issue.params.ruleId ?? '')}`;
}

/** What an issue says: its messages and parameters. */
function content(issue: Issue): string {
  return `${issue.severity}\u0000${issue.message.de}\u0000${issue.message.en}\u0000${issue.bezug ?? ''}`;
}

function diff(
  before: readonly Issue[],
  after: readonly Issue[],
): { added: Issue[]; removed: Issue[]; changed: Issue[] } {
  // Issues outside the re-checked parts are the same objects before and after; only the rest
  // is matched, by identity, in order.
  const beforeSet = new Set(before);
  const afterSet = new Set(after);
  const gone = before.filter((issue) => !afterSet.has(issue));
  const fresh = after.filter((issue) => !beforeSet.has(issue));
  const unmatched = new Map<string, Issue[]>();
  for (const issue of gone) {
    const key = identity(issue);
    const list = unmatched.get(key);
    if (list) list.push(issue);
    else unmatched.set(key, [issue]);
  }
  const added: Issue[] = [];
  const changed: Issue[] = [];
  for (const issue of fresh) {
    const old = unmatched.get(identity(issue))?.shift();
    if (old === undefined) added.push(issue);
    else if (content(old) !== content(issue)) changed.push(issue);
  }
  const removed = gone.filter((issue) => unmatched.get(identity(issue))?.includes(issue));
  return { added, removed, changed };
}

interface DependencyEntry {
  /** The element whose rules read the paths; undefined for form rules. */
  readonly node: CompiledChild | undefined;
  readonly rules: ElementRules;
  /**
   * The rules that decide whether and how often the element occurs (relevance, conditional
   * requirement, counts), each with the key paths it reads: a change there re-walks each
   * occurrence (of the edited item only, where the rules read their own item).
   */
  readonly occurrence: ReadonlyArray<{
    readonly rule: ExecutableRule;
    readonly dependencies: readonly string[];
  }>;
  /** The item rules (constraints, computed values), each with the key paths it reads. */
  readonly itemRules: ReadonlyArray<{
    readonly rule: ExecutableRule;
    readonly dependencies: readonly string[];
  }>;
}

/** For every element with rules (and the form): the key paths its rules read. */
function dependencyIndex(tree: CompiledTree): DependencyEntry[] {
  const entries: DependencyEntry[] = [];
  for (const { node, rules } of tree.allRules) {
    // The form's rules are only constraints and computed values (`walkFormRules`).
    const structural =
      node === undefined ? [] : [...rules.relevant, ...rules.required, ...rules.minCount, ...rules.maxCount];
    const occurrence = structural
      .filter((rule) => rule.dependencies.length > 0)
      .map((rule) => ({ rule, dependencies: rule.dependencies }));
    const itemRules = [...rules.calculate, ...rules.constraint]
      .filter((rule) => rule.dependencies.length > 0)
      .map((rule) => ({ rule, dependencies: rule.dependencies }));
    if (occurrence.length > 0 || itemRules.length > 0) entries.push({ node, rules, occurrence, itemRules });
  }
  return entries;
}

/**
 * What a change at one key path re-checks: every occurrence of an element whose relevance,
 * requirement or counts read it (`rules` undefined), or just the item rules that read it.
 */
interface Plan {
  readonly node: CompiledChild | undefined;
  readonly rules?: ElementRules;
  readonly only: ReadonlySet<ExecutableRule>;
  /**
   * Repeats (key path and level among the repeats on the element's path) through which every
   * re-run rule reads only its own item: when the edit is inside one item of such a repeat,
   * only the rules of that item can change.
   */
  readonly sameItem: ReadonlyArray<{ readonly keyPath: string; readonly level: number }>;
}

/**
 * The repeats a rule of `node` reads its dependency through as "the current item": the repeats
 * on the common path of the element, the dependency and the change. A rule reads another item
 * of its own repeat only with `[*]`, so a rule that has it gets none.
 */
function sameItemRepeats(
  tree: CompiledTree,
  node: CompiledChild,
  rule: ExecutableRule,
  dependency: string,
  changed: string,
): Set<string> {
  const repeats = new Set<string>();
  if (dependency.endsWith('#items') || (rule.rule.expression ?? '').includes('[*]')) return repeats;
  const dependencyKeys = dependency.split('.');
  const changedKeys = changed.split('.');
  for (let i = 0; i < node.keys.length; i++) {
    if (node.keys[i] !== dependencyKeys[i] || node.keys[i] !== changedKeys[i]) break;
    const keyPath = node.keys.slice(0, i + 1).join('.');
    if (tree.byKeyPath.get(keyPath)?.repeated) repeats.add(keyPath);
  }
  return repeats;
}

function planChange(tree: CompiledTree, dependents: readonly DependencyEntry[], changed: string): Plan[] {
  const touches = (dependency: string) => keyPathsTouch(dependency, changed);
  const plans: Plan[] = [];
  for (const entry of dependents) {
    const node = entry.node;
    const occurrence =
      node === undefined ? [] : entry.occurrence.filter((item) => item.dependencies.some(touches));
    if (node !== undefined && occurrence.length > 0) {
      plans.push({ node, only: new Set(), sameItem: sameItemOf(tree, node, occurrence, touches, changed) });
      continue;
    }
    const touched = entry.itemRules.filter((item) => item.dependencies.some(touches));
    if (touched.length === 0) continue;
    const only = new Set(touched.map((item) => item.rule));
    const rules: ElementRules = {
      ...NO_RULES,
      calculate: entry.rules.calculate.filter((rule) => only.has(rule)),
      constraint: entry.rules.constraint.filter((rule) => only.has(rule)),
    };
    plans.push({
      node,
      rules,
      only,
      sameItem: node === undefined ? [] : sameItemOf(tree, node, touched, touches, changed),
    });
  }
  return plans;
}

/** The repeats every touching dependency of every re-run rule of `node` reads as its current item. */
function sameItemOf(
  tree: CompiledTree,
  node: CompiledChild,
  rules: ReadonlyArray<{ readonly rule: ExecutableRule; readonly dependencies: readonly string[] }>,
  touches: (dependency: string) => boolean,
  changed: string,
): Array<{ keyPath: string; level: number }> {
  let shared: Set<string> | undefined;
  for (const { rule, dependencies } of rules) {
    for (const dependency of dependencies.filter(touches)) {
      const repeats = sameItemRepeats(tree, node, rule, dependency, changed);
      shared = shared === undefined ? repeats : new Set([...shared].filter((r) => repeats.has(r)));
    }
  }
  const sameItem: Array<{ keyPath: string; level: number }> = [];
  if (shared === undefined) return sameItem;
  let level = 0;
  for (let i = 0; i < node.keys.length; i++) {
    const keyPath = node.keys.slice(0, i + 1).join('.');
    if (!tree.byKeyPath.get(keyPath)?.repeated) continue;
    if (shared.has(keyPath)) sameItem.push({ keyPath, level });
    level++;
  }
  return sameItem;
}

/** The item index of each repeat an edit goes through, by the repeat's key path. */
function editIndices(root: CompiledContainer, tokens: readonly string[]): Map<string, number> {
  const indices = new Map<string, number>();
  let container: CompiledContainer | undefined = root;
  for (let i = 0; i < tokens.length && container; i++) {
    const child: CompiledChild | undefined = container.byKey.get(tokens[i] as string);
    if (!child) break;
    container = child.container;
    if (child.repeated) {
      const token = tokens[i + 1];
      if (token === undefined || !isIndexToken(token)) break;
      indices.set(child.keyPath, Number(token));
      i++;
    }
  }
  return indices;
}

/** The edited item of each repeat of `plan.sameItem` the edit goes through, by key path. */
function sameItemIndices(plan: Plan, at: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  const fixed = new Map<string, number>();
  for (const { keyPath } of plan.sameItem) {
    const index = at.get(keyPath);
    if (index !== undefined) fixed.set(keyPath, index);
  }
  return fixed;
}

/**
 * Every item of `node` whose item rules full validation would run: the occurrences of
 * `occurrencesOf` where the element is relevant and holds a value of the right shape (each list
 * item, for a repeated element).
 */
function itemsOf(
  root: CompiledContainer,
  data: Record<string, unknown>,
  node: CompiledChild,
  rules: ElementRules,
  only: ReadonlySet<ExecutableRule>,
  limits: ValidationLimits,
  newState: (out: IssueSink, indices: readonly number[]) => WalkState,
  fixed?: ReadonlyMap<string, number>,
): Extract<Target, { kind: 'rules' }>[] {
  const targets: Extract<Target, { kind: 'rules' }>[] = [];
  for (const occurrence of occurrencesOf(root, data, node, limits, newState, fixed)) {
    if (occurrence.kind !== 'occurrence') continue;
    const { child, record, indices } = occurrence;
    if (child.isLabel || failedRelevance(child.rules, newState([], indices))) continue;
    const value = Object.hasOwn(record, child.key) ? record[child.key] : undefined;
    if (value === undefined) continue;
    const path = pointerAppend(occurrence.containerPath, child.key);
    if (!child.repeated) {
      if (!Array.isArray(value) && fits(child, value)) {
        targets.push({ kind: 'rules', child, rules, only, value, path, indices });
      }
      continue;
    }
    if (!Array.isArray(value) || value.length > limits.maxItems) continue;
    const one = fixed?.get(child.keyPath);
    value.forEach((item, index) => {
      if ((one === undefined || one === index) && fits(child, item)) {
        const itemPath = pointerAppend(path, index);
        targets.push({
          kind: 'rules',
          child,
          rules,
          only,
          value: item,
          path: itemPath,
          indices: [...indices, index],
        });
      }
    });
  }
  return targets;
}

/** Whether an item has the shape whose item rules full validation runs (groups: an object). */
function fits(child: CompiledChild, item: unknown): boolean {
  return child.container === undefined || isRecord(item);
}

/**
 * Every occurrence of `node` in the data that full validation would walk: the containers on the
 * way must be objects, lists must be lists within the item limit, and ancestors must be
 * relevant. (Where they are not, full validation reports at the ancestor, which a re-check of
 * this element does not touch.)
 */
function occurrencesOf(
  root: CompiledContainer,
  data: Record<string, unknown>,
  node: CompiledChild,
  limits: ValidationLimits,
  newState: (out: IssueSink, indices: readonly number[]) => WalkState,
  fixed?: ReadonlyMap<string, number>,
): Target[] {
  const targets: Target[] = [];
  const visit = (
    container: CompiledContainer,
    record: Record<string, unknown>,
    path: string,
    depth: number,
    indices: number[],
  ): void => {
    const key = node.keys[depth] as string;
    const child = container.byKey.get(key);
    if (!child) return;
    if (depth === node.keys.length - 1) {
      targets.push({ kind: 'occurrence', child, record, containerPath: path, indices: [...indices] });
      return;
    }
    if (!child.container) return;
    if (failedRelevance(child.rules, newState([], indices))) return;
    const value = Object.hasOwn(record, key) ? record[key] : undefined;
    const childPath = pointerAppend(path, key);
    if (!child.repeated) {
      if (isRecord(value)) visit(child.container, value, childPath, depth + 1, indices);
      return;
    }
    if (!Array.isArray(value) || value.length > limits.maxItems) return;
    const one = fixed?.get(child.keyPath);
    value.forEach((item, index) => {
      if ((one === undefined || one === index) && isRecord(item))
        visit(child.container as CompiledContainer, item, pointerAppend(childPath, index), depth + 1, [
          ...indices,
          index,
        ]);
    });
  };
  visit(root, data, '', 0, []);
  return targets;
}
