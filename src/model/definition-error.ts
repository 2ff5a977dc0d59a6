import type { LintFinding } from './lint.js';

/**
 * Thrown by `compile` when a definition has lint errors: a programmer error, not bad data.
 * `findings` lists every error, each with its code and location.
 */
export class DefinitionError extends Error {
  override readonly name = 'DefinitionError';
  readonly findings: readonly LintFinding[];

  constructor(findings: readonly LintFinding[]) {
    const lines = findings
      .slice(0, 10)
      .map((f) => `  ${f.code} at ${f.keyPath || f.path || '(form)'}: ${f.message.en}`);
    const more = findings.length > 10 ? `\n  … and ${findings.length - 10} more` : '';
    super(`The form definition has ${findings.length} error(s):\n${lines.join('\n')}${more}`);
    this.findings = findings;
  }
}
