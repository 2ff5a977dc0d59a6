/**
 * A bounded list of issues: it keeps the first `max` issues it is given and only counts the
 * rest, by severity, so that collecting stays within memory whatever the input (a million unknown
 * keys must not become a million issue objects, nor a report of hundreds of megabytes). The
 * count becomes one summary issue, `LIMIT_ISSUES`, at the end of the report.
 *
 * Issues are kept in the order they are found (document order of the walk); which ones are kept
 * is therefore the same for every caller that walks the same data.
 */

import { buildIssue, type Issue } from '../issues/issue.js';
import type { Severity } from '../issues/severity.js';
import { ISSUE_CODES } from './codes.js';

/** Where issues go: an array (unbounded) or an `IssueList`. */
export interface IssueSink {
  push(issue: Issue): unknown;
}

export class IssueList implements IssueSink {
  readonly kept: Issue[] = [];
  /** Issues counted but not kept, by severity. */
  readonly omitted: Record<Severity, number> = { error: 0, warning: 0, info: 0 };

  constructor(
    /** Most issues kept. */
    readonly max: number,
    /** Issues for which this is false are neither kept nor counted. */
    private readonly accept?: (issue: Issue) => boolean,
  ) {}

  /** Whether the next issue would only be counted. */
  get full(): boolean {
    return this.kept.length >= this.max;
  }

  /** How many issues were counted but not kept. */
  get omittedCount(): number {
    return this.omitted.error + this.omitted.warning + this.omitted.info;
  }

  push(issue: Issue): void {
    if (this.accept !== undefined && !this.accept(issue)) return;
    if (this.kept.length < this.max) this.kept.push(issue);
    else this.omitted[issue.severity]++;
  }

  /** Counts an issue that was never built because it would not be kept. */
  omit(severity: Severity): void {
    this.omitted[severity]++;
  }

  /** Adds the counts of another list's omitted issues. */
  omitAll(counts: Readonly<Record<Severity, number>>): void {
    this.omitted.error += counts.error;
    this.omitted.warning += counts.warning;
    this.omitted.info += counts.info;
  }

  /**
   * The summary issue when issues were omitted: `LIMIT_ISSUES` with the counts, and the severity
   * of the worst omitted issue, so that the report is valid exactly when all its issues would
   * leave it valid (a thousand warnings do not make valid data invalid).
   */
  summary(): Issue | undefined {
    const omitted = this.omittedCount;
    if (omitted === 0) return undefined;
    const severity: Severity =
      this.omitted.error > 0 ? 'error' : this.omitted.warning > 0 ? 'warning' : 'info';
    const params = {
      limit: this.max,
      omitted,
      errors: this.omitted.error,
      warnings: this.omitted.warning,
      infos: this.omitted.info,
    };
    return buildIssue('LIMIT_ISSUES', severity, ISSUE_CODES.LIMIT_ISSUES, '', params);
  }
}

/**
 * Adds an issue to a sink, building it only when it will be kept: the issue of a hot loop (one
 * per unknown key or element) costs a microsecond to build, a million of them a second.
 */
export function addIssue(sink: IssueSink, severity: Severity, build: () => Issue): void {
  if (sink instanceof IssueList && sink.full) sink.omit(severity);
  else sink.push(build());
}
