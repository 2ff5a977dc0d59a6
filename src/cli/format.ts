/** Human-readable output of reports and lint findings. */

import type { LintFinding } from '../model/lint.js';
import type { Report } from '../validate/report.js';

export type Lang = 'de' | 'en';

const WORDS = {
  de: {
    valid: 'gültig',
    invalid: 'ungültig',
    issues: 'Befunde',
    none: 'keine Befunde',
    basis: 'Rechtsgrundlage',
  },
  en: { valid: 'valid', invalid: 'invalid', issues: 'issues', none: 'no issues', basis: 'legal basis' },
} as const;

function paint(color: boolean, code: string, text: string): string {
  return color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export function formatReport(report: Report, lang: Lang, color = false): string {
  const words = WORDS[lang];
  const head = report.valid
    ? paint(color, '32', `✓ ${words.valid}`)
    : paint(color, '31', `✗ ${words.invalid}`);
  const count = report.issues.length === 0 ? words.none : `${report.issues.length} ${words.issues}`;
  const lines = [`${head} (${count})`];
  for (const issue of report.issues) {
    const severity =
      issue.severity === 'error' ? paint(color, '31', 'error') : paint(color, '33', issue.severity);
    lines.push(`  ${severity} ${issue.code} ${issue.path || '/'}`);
    lines.push(`    ${issue.message[lang]}`);
    if (issue.bezug) lines.push(`    ${words.basis}: ${issue.bezug.replace(/\s+/g, ' ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatFindings(findings: readonly LintFinding[], lang: Lang): string {
  return findings
    .map((f) => `  ${f.severity} ${f.code} ${f.keyPath || f.path || '(form)'}\n    ${f.message[lang]}\n`)
    .join('');
}
