/**
 * An issue (one finding about a submission, a message or a file) and a report (the issues plus
 * whether any is an error). Every layer reports in this shape, so a portal or back office reads
 * validation, XML and import results the same way.
 */

import type { LocalText } from '../text/local-text.js';
import { formatMessage } from './catalogue.js';
import type { Severity } from './severity.js';

/** One finding about a submission. */
export interface Issue {
  /** Stable code from the catalogue (see `docs/report.md`), or a rule's own code. */
  readonly code: string;
  readonly severity: Severity;
  /** JSON pointer (RFC 6901) to the value concerned, `''` for the whole submission. */
  readonly path: string;
  /** The FIM element concerned. */
  readonly element?: { readonly id: string; readonly version: string };
  /** Legal basis of the element or rule concerned. */
  readonly bezug?: string;
  readonly message: LocalText & { readonly en: string };
  /** The values the message was built from, for programs and for other languages. */
  readonly params: Readonly<Record<string, unknown>>;
  /**
   * For issues of rules: the JSON pointers of the other data the rule read (a list where the
   * rule read all its items), so a portal can show the message next to each input concerned.
   */
  readonly related?: readonly string[];
  /** For issues found in XML: where in the message. */
  readonly xml?: { readonly xpath: string; readonly line: number; readonly column: number };
}

/** The result of validating a submission. `valid` is true when no issue has severity `error`. */
export interface Report {
  readonly valid: boolean;
  readonly issues: readonly Issue[];
}

/** What an issue needs to know about the element it concerns. */
export interface ElementRef {
  readonly id: string;
  readonly version: string;
  readonly bezug?: string | undefined;
  readonly label: LocalText;
}

/**
 * Builds an issue from a code and its message templates. `{label}` is the element's label in
 * the message's language.
 */
export function buildIssue(
  code: string,
  severity: Severity,
  templates: LocalText,
  path: string,
  params: Readonly<Record<string, unknown>>,
  element?: ElementRef,
): Issue {
  const issue: {
    code: string;
    severity: Severity;
    path: string;
    message: { de: string; en: string };
    params: Readonly<Record<string, unknown>>;
    element?: { id: string; version: string };
    bezug?: string;
  } = {
    code,
    severity,
    path,
    message: {
      de: formatMessage(templates.de, element ? { ...params, label: element.label.de } : params),
      en: formatMessage(
        templates.en ?? templates.de,
        element ? { ...params, label: element.label.en ?? element.label.de } : params,
      ),
    },
    params: element ? { label: element.label.de, ...params } : params,
  };
  if (element) {
    issue.element = { id: element.id, version: element.version };
    if (element.bezug !== undefined) issue.bezug = element.bezug;
  }
  return issue;
}

/** A report of these issues: valid when none is an error. */
export function makeReport(issues: readonly Issue[]): Report {
  return { valid: !issues.some((issue) => issue.severity === 'error'), issues };
}
