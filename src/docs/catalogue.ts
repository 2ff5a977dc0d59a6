/**
 * Renders the code catalogues as Markdown tables for `docs/report.md`. A test compares the
 * committed docs with this output, so the documentation cannot drift from the code.
 */

import { LINT_CODES } from '../model/lint-codes.js';
import { ISSUE_CODES } from '../validate/codes.js';

interface Entry {
  readonly severity: string;
  readonly de: string;
  readonly en: string;
}

function table(codes: Readonly<Record<string, Entry>>): string {
  const rows = Object.entries(codes).map(
    ([code, info]) => `| \`${code}\` | ${info.severity} | ${escapeCell(info.en)} | ${escapeCell(info.de)} |`,
  );
  return ['| code | severity | message (en) | message (de) |', '|---|---|---|---|', ...rows].join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The generated sections, keyed by their marker name. */
export function catalogueSections(): Record<string, string> {
  return { 'issue-codes': table(ISSUE_CODES), 'lint-codes': table(LINT_CODES) };
}

/** Replaces each `<!-- name:start -->…<!-- name:end -->` section of a Markdown text. */
export function fillSections(markdown: string, sections: Record<string, string>): string {
  let result = markdown;
  for (const [name, content] of Object.entries(sections)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = result.indexOf(start);
    const to = result.indexOf(end);
    if (from === -1 || to === -1) throw new Error(`section ${name} not found`);
    result = `${result.slice(0, from + start.length)}\n${content}\n${result.slice(to)}`;
  }
  return result;
}
