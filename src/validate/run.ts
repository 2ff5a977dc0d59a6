/**
 * One full validation run around a walk: the envelope both ways to run a form share (the
 * interpreter's tree walk and an ahead-of-time module's generated walk). It checks the input is
 * an object, copies it when pruning or filling, bounds its depth, runs the walk, sorts the issues
 * into report order and adds the `LIMIT_ISSUES` summary.
 */

import { makeReport } from '../issues/issue.js';
import type { FormDefinition } from '../model/types.js';
import { copyData, depthProblem } from './data.js';
import { IssueList } from './issue-list.js';
import type { ValidationLimits } from './limits.js';
import { type OrderContainer, sortIssues } from './order.js';
import { makeIssue } from './report.js';
import type { SubmissionOf, ValidationReport } from './result.js';
import type { CompiledTree } from './tree.js';
import { isRecord, type WalkState } from './walk.js';

/** Options of one validation run. */
export interface ValidateOptions {
  /**
   * The day rules treat as "today" (ISO date `YYYY-MM-DD`). Defaults to the current date in UTC;
   * pass it explicitly for reproducible results.
   */
  readonly referenceDate?: string;
  /** Remove values of non-relevant elements (reported as `PRUNED` infos) instead of `NOT_RELEVANT` errors. */
  readonly prune?: boolean;
  /** Fill absent computed values (reported as `CALCULATED_FILLED` infos). */
  readonly fill?: boolean;
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** What a run walks: the data's root object, with the state the walk reports into. */
export type Walk = (root: Record<string, unknown>, state: WalkState) => void;

/**
 * @internal Runs `walk` over the data. The issues go to `issues` (by default a list that keeps
 * `limits.maxIssues`); the report holds the kept ones in report order (by `order`, the form's
 * element positions), then the list's `LIMIT_ISSUES` summary when it omitted some.
 */
export function runValidation(
  order: OrderContainer,
  limits: ValidationLimits,
  data: unknown,
  options: ValidateOptions,
  walk: Walk,
  tree?: CompiledTree,
  issues: IssueList = new IssueList(limits.maxIssues),
): ValidationReport {
  if (!isRecord(data)) {
    issues.push(makeIssue('DATA_NOT_OBJECT', '', { actual: data === null ? 'null' : typeof data }));
    return { valid: false, issues: issues.kept };
  }
  const changes = options.prune === true || options.fill === true;
  // Pruning and filling work on a copy: validation never changes the caller's data.
  const root = changes ? copyData(data) : data;
  const tooDeep = depthProblem(root, limits.maxJsonDepth);
  if (tooDeep !== undefined) issues.push(makeIssue('LIMIT_DEPTH', tooDeep, { limit: limits.maxJsonDepth }));
  const state: WalkState = {
    ...(tree ? { tree } : {}),
    issues,
    limits,
    root,
    indices: [],
    referenceDate: options.referenceDate ?? todayUtc(),
    prune: options.prune === true,
    fill: options.fill === true,
  };
  walk(root, state);
  const sorted = sortIssues(order, issues.kept);
  const summary = issues.summary();
  const report = makeReport(summary ? [...sorted, summary] : sorted);
  if (report.valid) return { valid: true, issues: report.issues, data: root as SubmissionOf<FormDefinition> };
  return changes
    ? { valid: false, issues: report.issues, data: root }
    : { valid: false, issues: report.issues };
}
