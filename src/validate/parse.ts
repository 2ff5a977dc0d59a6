/**
 * Reading a submission from JSON text within limits: size and nesting depth are checked before
 * `JSON.parse` runs, so hostile input costs one linear pass and never a stack overflow.
 */

import { makeReport, type Report } from '../issues/issue.js';
import { DEFAULT_VALIDATION_LIMITS, resolveLimits, type ValidationLimits } from './limits.js';
import { makeIssue } from './report.js';

/** The result of `parseSubmission`: the parsed data, or a Report saying why it could not be read. */
export type ParseResult =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly report: Report };

/**
 * Parses JSON text (or UTF-8 bytes) into submission data. Objects keep keys such as `__proto__`
 * as own data properties (as `JSON.parse` does), so nothing can reach a prototype.
 */
export function parseSubmission(input: string | Uint8Array, limits?: Partial<ValidationLimits>): ParseResult {
  const { maxJsonBytes, maxJsonDepth } = resolveLimits(limits);
  // For strings, UTF-16 code units are a lower bound of the UTF-8 size.
  if (input.length > maxJsonBytes) return fail(makeIssue('LIMIT_BYTES', '', { limit: maxJsonBytes }));
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
    } catch {
      return fail(makeIssue('JSON_SYNTAX', '', { detail: 'invalid UTF-8' }));
    }
  }
  const depth = maxNestingDepth(text, maxJsonDepth);
  if (depth > maxJsonDepth) return fail(makeIssue('LIMIT_DEPTH', '', { limit: maxJsonDepth }));
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unreadable';
    return fail(makeIssue('JSON_SYNTAX', '', { detail }));
  }
}

function fail(issue: ReturnType<typeof makeIssue>): ParseResult {
  return { ok: false, report: makeReport([issue]) };
}

/**
 * The deepest nesting of `[` and `{` outside strings, counting only until it exceeds `stopAt`.
 * Malformed text is left for `JSON.parse` to reject.
 */
export function maxNestingDepth(
  text: string,
  stopAt: number = DEFAULT_VALIDATION_LIMITS.maxJsonDepth,
): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return deepest;
}
