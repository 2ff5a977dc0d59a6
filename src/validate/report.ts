import type { LocalText } from '../model/types.js';
import { type CodeInfo, formatMessage, ISSUE_CODES } from './codes.js';

/** Severity of an issue; only errors make a Report invalid. */
export type Severity = 'error' | 'warning' | 'info';

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
 * Builds an issue from a catalogue code, filling its message templates. `{label}` is the
 * element's label in the message's language.
 */
export function makeIssue(
  code: keyof typeof ISSUE_CODES,
  path: string,
  params: Record<string, unknown>,
  element?: ElementRef,
): Issue {
  const info: CodeInfo = ISSUE_CODES[code];
  return buildIssue(code, info.severity, info, path, params, element);
}

/** Builds an issue with an arbitrary code and message templates (rules bring their own). */
export function buildIssue(
  code: string,
  severity: Severity,
  templates: LocalText,
  path: string,
  params: Record<string, unknown>,
  element?: ElementRef,
): Issue {
  const issue: {
    code: string;
    severity: Severity;
    path: string;
    message: { de: string; en: string };
    params: Record<string, unknown>;
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

export function makeReport(issues: readonly Issue[]): Report {
  return { valid: !issues.some((issue) => issue.severity === 'error'), issues };
}
