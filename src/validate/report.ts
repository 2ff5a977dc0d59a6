/**
 * Issues of the validation catalogue: `makeIssue` fills a code's templates with params whose
 * names the compiler checks against the templates (see `IssueParams`).
 */

import type { CodeParams } from '../issues/catalogue.js';
import { buildIssue, type ElementRef, type Issue } from '../issues/issue.js';
import { ISSUE_CODES, type IssueCode } from './codes.js';

/** The params of an issue with this validation code, derived from its message templates. */
export type IssueParams<Code extends IssueCode> = CodeParams<typeof ISSUE_CODES, Code>;

/** Builds an issue from a validation code, filling its message templates. */
export function makeIssue<Code extends IssueCode>(
  code: Code,
  path: string,
  params: IssueParams<Code>,
  element?: ElementRef,
): Issue {
  const info = ISSUE_CODES[code];
  return buildIssue(code, info.severity, info, path, params, element);
}
