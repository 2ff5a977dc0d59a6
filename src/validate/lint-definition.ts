/**
 * The whole definition lint: the model's checks (ids, keys, cardinality, praezisierung, code
 * lists, …) and the rules' checks (syntax, references, types). This is the public `lint`.
 */

import { type LintFinding, type LintOptions, lint as lintModel } from '../model/lint.js';
import type { FormDefinition } from '../model/types.js';
import { checkRules } from '../rules/check.js';

/**
 * Lints a definition: the model's checks and its rules' checks, each finding with a stable code.
 *
 * @example
 * ```ts
 * import { lint } from 'antrag';
 * const errors = lint(definition).filter((finding) => finding.severity === 'error');
 * ```
 */
export function lintDefinition(definition: FormDefinition, options: LintOptions = {}): LintFinding[] {
  const model = lintModel(definition, options);
  // Rules are checked only on a structurally sound definition (their references need it).
  if (model.some((finding) => finding.severity === 'error' && finding.code === 'DEF_TOO_DEEP')) return model;
  return [...model, ...checkRules(definition)];
}
