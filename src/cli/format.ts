/**
 * Human-readable output of reports and lint findings, written in chunks (see output.ts), with
 * counted nouns in singular or plural and, for issues found in XML, line:column and XPath.
 */

import type { Report } from '../issues/issue.js';
import type { LintFinding } from '../model/lint.js';
import { ChunkedWriter } from './output.js';

export type Lang = 'de' | 'en';

const WORDS = {
  de: {
    valid: 'gültig',
    invalid: 'ungültig',
    issue: ['Befund', 'Befunde'],
    none: 'keine Befunde',
    basis: 'Rechtsgrundlage',
    at: (line: number, column: number) => `Zeile ${line}, Spalte ${column}`,
  },
  en: {
    valid: 'valid',
    invalid: 'invalid',
    issue: ['issue', 'issues'],
    none: 'no issues',
    basis: 'legal basis',
    at: (line: number, column: number) => `line ${line}, column ${column}`,
  },
} as const;

/** `1 Befund`, `2 Befunde`: the count with the singular form only for exactly one. */
export function counted(count: number, forms: readonly [string, string]): string {
  return `${count} ${count === 1 ? forms[0] : forms[1]}`;
}

function paint(color: boolean, code: string, text: string): string {
  return color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/** Writes a report for people to `sink`, chunk by chunk. */
export function writeReport(sink: (text: string) => void, report: Report, lang: Lang, color = false): void {
  const words = WORDS[lang];
  const out = new ChunkedWriter(sink);
  const head = report.valid
    ? paint(color, '32', `✓ ${words.valid}`)
    : paint(color, '31', `✗ ${words.invalid}`);
  const count = report.issues.length === 0 ? words.none : counted(report.issues.length, words.issue);
  out.write(`${head} (${count})\n`);
  for (const issue of report.issues) {
    const severity =
      issue.severity === 'error' ? paint(color, '31', 'error') : paint(color, '33', issue.severity);
    const where = issue.xml ? ` (${words.at(issue.xml.line, issue.xml.column)}; ${issue.xml.xpath})` : '';
    out.write(`  ${severity} ${issue.code} ${issue.path || '/'}${where}\n`);
    out.write(`    ${issue.message[lang]}\n`);
    if (issue.bezug) out.write(`    ${words.basis}: ${issue.bezug.replace(/\s+/g, ' ')}\n`);
  }
  out.flush();
}

/** A report for people as one string (for small reports only; the CLI writes with writeReport). */
export function formatReport(report: Report, lang: Lang, color = false): string {
  let text = '';
  writeReport(
    (chunk) => {
      text += chunk;
    },
    report,
    lang,
    color,
  );
  return text;
}

export function formatFindings(findings: readonly LintFinding[], lang: Lang): string {
  return findings
    .map((f) => `  ${f.severity} ${f.code} ${f.keyPath || f.path || '(form)'}\n    ${f.message[lang]}\n`)
    .join('');
}
