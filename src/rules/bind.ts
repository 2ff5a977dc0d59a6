/**
 * Turns the rules of a definition into executable rules for validation: parsed and compiled
 * once, with the key paths each one reads (for the incremental session's dependency index).
 */

import type { FormDefinition, RuleDefinition } from '../model/types.js';
import type { ExecutableRule, RuleCompiler } from '../validate/rule-binding.js';
import { isPerItem } from './check.js';
import { compileExpression, scopeOf } from './compile-expression.js';
import { isDecimal, toNumber } from './decimal.js';
import { parseExpression } from './grammar.js';
import { collectReferences } from './nodes.js';

/** Converts a rule value to plain data (numbers back to JS numbers) for validation. */
function toData(value: unknown): unknown {
  if (isDecimal(value)) return toNumber(value);
  if (Array.isArray(value)) return value.map(toData);
  return value;
}

/**
 * A rule compiler for one definition. Rules that do not compile yield undefined; `compile`
 * lints first, so those never reach validation.
 */
export function ruleCompilerFor(definition: FormDefinition): RuleCompiler {
  const scope = scopeOf(definition);
  return (hostKeys: readonly string[], rule: RuleDefinition): ExecutableRule | undefined => {
    if (rule.ruleKind === 'documentation' || rule.expression === undefined) return undefined;
    const parsed = parseExpression(rule.expression);
    if (!parsed.ok) return undefined;
    const compiled = compileExpression(parsed.ast, scope, { keys: hostKeys, perItem: isPerItem(rule) });
    if (compiled.findings.length > 0) return undefined;
    const references = collectReferences(parsed.ast, hostKeys.join('.'));
    const evaluate = compiled.evaluate;
    return {
      rule,
      hostKeys,
      dependencies: [...references],
      evaluate: (context) => toData(evaluate(context)),
    };
  };
}
