/**
 * Incremental validation for a portal that re-checks per keystroke.
 *
 * A session keeps its own copy of the data and the current issues. `set(path, value)` changes
 * one value and re-runs the validation walk only where the result can change:
 * - the changed occurrence itself (or the highest element the change created or removed), and
 * - every element whose rules read a key path the change touched (found through the dependency
 *   index built once per form), and the form rules when they read it.
 * Issues below a re-checked path are replaced by the fresh ones. Both full validation and the
 * session use the same walk functions and the same issue order, so `session.report()` always
 * equals `validate(session.data)`; a property test checks this.
 */

import { IssueList } from './issue-list.js';
import type { ValidationLimits } from './limits.js';
import { pointerTokens, sortIssues } from './order.js';
import type { Report } from './report.js';
import { type Issue, makeReport, pointerAppend } from './report.js';
import type { ExecutableRule } from './rule-binding.js';
import type { CompiledChild, CompiledContainer, CompiledTree } from './tree.js';
import {
  failedRelevance,
  isRecord,
  type WalkState,
  walkChild,
  walkContainer,
  walkFormRules,
  walkItem,
} from './walk.js';

/** What one change did to the issues. */
export interface SessionChange {
  readonly added: readonly Issue[];
  readonly removed: readonly Issue[];
}

/** An incremental validation session; see `CompiledForm.session`. */
export interface ValidationSession {
  /** The session's current data (do not mutate it; use `set`). */
  readonly data: Readonly<Record<string, unknown>>;
  /** The current report: equal to a full validation of `data`. */
  report(): Report;
  /**
   * Sets the value at a JSON pointer (`undefined` deletes it; in a list it removes the item)
   * and returns the issues that appeared and disappeared.
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
    };

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

function issueKey(issue: Issue): string {
  return `${issue.path}\u0000${issue.code}\u0000${String(issue.params.ruleId ?? '')}\u0000${issue.message.en}`;
}

export function createSession(
  tree: CompiledTree,
  limits: ValidationLimits,
  initial: unknown,
  options: SessionOptions,
): ValidationSession {
  const data: Record<string, unknown> = isRecord(initial) ? structuredClone(initial) : {};
  const dependents = dependencyIndex(tree);
  let issues: Issue[] = [];

  const newState = (out: IssueList, indices: readonly number[]): WalkState => ({
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
    const state = newState(out, []);
    walkContainer(tree.root, data, '', state);
    walkFormRules(tree, state);
    const summary = out.summary();
    const sorted = sortIssues(tree.root, out.kept);
    return summary ? [...sorted, summary] : sorted;
  };

  /** Issues of a partial re-check; undefined when they alone are over the cap. */
  const capped = (out: IssueList): Issue[] | undefined => (out.omittedCount > 0 ? undefined : out.kept);

  const formRuleIssues = (): Issue[] | undefined => {
    const out = new IssueList(limits.maxIssues);
    walkFormRules(tree, newState(out, []));
    return capped(out);
  };

  /** Re-runs the walk for a target; returns the path whose issues it replaces and the new ones. */
  const recheck = (target: Target): { prefix: string; fresh: Issue[] | undefined } => {
    const fresh = new IssueList(limits.maxIssues);
    if (target.kind === 'full') return { prefix: '', fresh: fullIssues() };
    const state = newState(fresh, target.indices);
    if (target.kind === 'occurrence') {
      walkChild(target.child, target.record, target.containerPath, state);
      return { prefix: pointerAppend(target.containerPath, target.child.key), fresh: capped(fresh) };
    }
    walkItem(target.child, target.value, target.path, state);
    return { prefix: target.path, fresh: capped(fresh) };
  };

  issues = fullIssues();

  return {
    data,
    report: () => makeReport(issues),
    set(path: string, value: unknown): SessionChange {
      const before = issues;
      const tokens = pointerTokens(path);
      const applied = applyChange(tree.root, data, tokens, value, limits);
      let next: Issue[];
      // Over the issue cap, parts cannot be replaced in a list that lacks the omitted issues.
      if (applied.kind === 'full' || before.some((issue) => issue.code === 'LIMIT_ISSUES')) {
        next = fullIssues();
      } else {
        const targets: Target[] = [applied.target];
        let formRulesAffected = false;
        for (const keyPath of applied.keyPaths) {
          for (const entry of dependents) {
            if (!entry.dependencies.some((dependency) => keyPathsTouch(dependency, keyPath))) continue;
            if (entry.node === undefined) formRulesAffected = true;
            else targets.push(...occurrencesOf(tree.root, data, entry.node, limits));
          }
        }
        const rechecks = dedupe(targets.map(recheck));
        next = before.filter(
          (issue) =>
            !rechecks.some(({ prefix }) => isUnder(issue.path, prefix)) &&
            !(formRulesAffected && isFormRuleIssue(issue, tree)),
        );
        let over = false;
        const parts = rechecks.map(({ fresh }) => fresh);
        if (formRulesAffected) parts.push(formRuleIssues());
        for (const fresh of parts) {
          if (fresh) next.push(...fresh);
          else over = true;
        }
        next = !over && next.length <= limits.maxIssues ? sortIssues(tree.root, next) : fullIssues();
      }
      issues = next;
      return diff(before, issues);
    },
  };
}

/** Form rules report at path '' with a rule id of the form's rules. */
function isFormRuleIssue(issue: Issue, tree: CompiledTree): boolean {
  if (issue.path !== '') return false;
  const ruleId = issue.params.ruleId;
  return [...tree.formRules.constraint, ...tree.formRules.calculate].some((rule) => rule.rule.id === ruleId);
}

/** Keeps the outermost of nested re-checks (a re-check of a path covers everything below it). */
function dedupe<T extends { prefix: string }>(rechecks: T[]): T[] {
  const sorted = [...rechecks].sort((a, b) => a.prefix.length - b.prefix.length);
  const kept: T[] = [];
  for (const recheck of sorted) {
    if (!kept.some((outer) => isUnder(recheck.prefix, outer.prefix))) kept.push(recheck);
  }
  return kept;
}

function diff(before: readonly Issue[], after: readonly Issue[]): SessionChange {
  // Issues outside the re-checked parts are the same objects before and after; only the rest
  // is compared by content (a re-check may produce an issue equal to one it replaced).
  const beforeSet = new Set(before);
  const afterSet = new Set(after);
  const removedCandidates = before.filter((issue) => !afterSet.has(issue));
  const addedCandidates = after.filter((issue) => !beforeSet.has(issue));
  const count = new Map<string, number>();
  for (const issue of removedCandidates) count.set(issueKey(issue), (count.get(issueKey(issue)) ?? 0) + 1);
  const added: Issue[] = [];
  const kept = new Map<string, number>();
  for (const issue of addedCandidates) {
    const key = issueKey(issue);
    const left = count.get(key) ?? 0;
    if (left > 0) {
      count.set(key, left - 1);
      kept.set(key, (kept.get(key) ?? 0) + 1);
    } else {
      added.push(issue);
    }
  }
  const removed: Issue[] = [];
  for (const issue of removedCandidates) {
    const key = issueKey(issue);
    const matched = kept.get(key) ?? 0;
    if (matched > 0) kept.set(key, matched - 1);
    else removed.push(issue);
  }
  return { added, removed };
}

interface DependencyEntry {
  /** The element whose rules read the paths; undefined for form rules. */
  readonly node: CompiledChild | undefined;
  readonly dependencies: readonly string[];
}

/** For every element with rules: the key paths its rules read. */
function dependencyIndex(tree: CompiledTree): DependencyEntry[] {
  const entries: DependencyEntry[] = [];
  for (const { node, rules } of tree.allRules) {
    const all: ExecutableRule[] = Object.values(rules).flat();
    const dependencies = [...new Set(all.flatMap((rule) => rule.dependencies))];
    if (dependencies.length > 0) entries.push({ node, dependencies });
  }
  return entries;
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
    const state = probeState(data, limits, indices);
    if (failedRelevance(child.rules, state)) return;
    const value = Object.hasOwn(record, key) ? record[key] : undefined;
    const childPath = pointerAppend(path, key);
    if (!child.repeated) {
      if (isRecord(value) && !Array.isArray(value))
        visit(child.container, value, childPath, depth + 1, indices);
      return;
    }
    if (!Array.isArray(value) || value.length > limits.maxItems) return;
    value.forEach((item, index) => {
      if (isRecord(item))
        visit(child.container as CompiledContainer, item, pointerAppend(childPath, index), depth + 1, [
          ...indices,
          index,
        ]);
    });
  };
  visit(root, data, '', 0, []);
  return targets;
}

function probeState(data: unknown, limits: ValidationLimits, indices: readonly number[]): WalkState {
  return {
    issues: [],
    limits,
    root: data,
    indices: [...indices],
    referenceDate: '',
    prune: false,
    fill: false,
  };
}

type Applied =
  | { readonly kind: 'full' }
  | { readonly kind: 'target'; readonly target: Target; readonly keyPaths: readonly string[] };

/**
 * Applies a change to the data and finds the smallest target whose re-check covers it. Anything
 * unusual (unknown keys, wrong shapes on the way, non-relevant ancestors) falls back to a full
 * re-check, which is always correct.
 */
function applyChange(
  root: CompiledContainer,
  data: Record<string, unknown>,
  tokens: readonly string[],
  value: unknown,
  limits: ValidationLimits,
): Applied {
  if (tokens.length === 0) return { kind: 'full' };
  let container: CompiledContainer = root;
  let record: Record<string, unknown> = data;
  let containerPath = '';
  const indices: number[] = [];
  const keys: string[] = [];
  let i = 0;
  for (;;) {
    const key = tokens[i] as string;
    const child = container.byKey.get(key);
    if (!child) return setUnknown(record, tokens.slice(i), value);
    keys.push(key);
    const keyPath = keys.join('.');
    const last = i === tokens.length - 1;
    const current = Object.hasOwn(record, key) ? record[key] : undefined;
    const occurrence: Target = { kind: 'occurrence', child, record, containerPath, indices: [...indices] };
    if (last) {
      if (value === undefined) delete record[key];
      else record[key] = value;
      return { kind: 'target', target: occurrence, keyPaths: [keyPath] };
    }
    if (!child.container && !child.repeated) return { kind: 'full' };
    // Below a non-relevant group full validation reports only the group: re-check from the top.
    if (failedRelevance(child.rules, probeState(data, limits, indices))) return { kind: 'full' };
    const childPath = pointerAppend(containerPath, key);
    if (child.repeated) {
      if (!Array.isArray(current)) return { kind: 'full' };
      const indexToken = tokens[i + 1] as string;
      if (!/^(0|[1-9]\d*)$/.test(indexToken)) return { kind: 'full' };
      const index = Number(indexToken);
      if (index > current.length) return { kind: 'full' };
      const itemPath = pointerAppend(childPath, index);
      if (i + 1 === tokens.length - 1) {
        // The change replaces, appends or removes a whole item.
        if (value === undefined) {
          if (index >= current.length) return { kind: 'full' };
          current.splice(index, 1);
          return { kind: 'target', target: occurrence, keyPaths: [keyPath] };
        }
        if (index === current.length) {
          current.push(value);
          return { kind: 'target', target: occurrence, keyPaths: [keyPath] };
        }
        current[index] = value;
        return {
          kind: 'target',
          target: { kind: 'item', child, value, path: itemPath, indices: [...indices, index] },
          keyPaths: [keyPath],
        };
      }
      const item = current[index];
      if (!isRecord(item) || !child.container) return { kind: 'full' };
      indices.push(index);
      container = child.container;
      record = item;
      containerPath = itemPath;
      i += 2;
      continue;
    }
    // A single group on the way: create it when absent, so `set` can fill a new group.
    if (current === undefined) {
      if (value === undefined) return { kind: 'target', target: occurrence, keyPaths: [keyPath] };
      record[key] = buildPath(tokens.slice(i + 1), value);
      return { kind: 'target', target: occurrence, keyPaths: [keyPath] };
    }
    if (!isRecord(current) || !child.container) return { kind: 'full' };
    container = child.container;
    record = current;
    containerPath = childPath;
    i += 1;
  }
}

/** A nested object holding `value` at `tokens` (for `set` into an absent group). */
function buildPath(tokens: readonly string[], value: unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  let record = result;
  tokens.forEach((token, index) => {
    const next = index === tokens.length - 1 ? value : {};
    // defineProperty: a `__proto__` token must become data, never a prototype.
    Object.defineProperty(record, token, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    if (index < tokens.length - 1) record = next as Record<string, unknown>;
  });
  return result;
}

/** Sets a value under a key the form does not know; the container's re-check reports it. */
function setUnknown(record: Record<string, unknown>, tokens: readonly string[], value: unknown): Applied {
  if (tokens.length === 1) {
    const key = tokens[0] as string;
    if (value === undefined) delete record[key];
    else Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return { kind: 'full' };
}
