/**
 * Adapts compiled rules to what validation consumes (`ExecutableRule`). The rule language owns
 * parsing, checking and compiling (compile-rule.ts); this file only reshapes the result.
 */

import type { FormDefinition, RuleDefinition } from '../model/types.js';
import { ruleCompiler } from '../rules/compile-rule.js';
import type { ExecutableRule, RuleCompiler } from './rule-binding.js';

/**
 * A rule compiler for one definition. Rules that do not compile yield undefined; `compile`
 * lints first, so those never reach validation.
 */
export function ruleCompilerFor(definition: FormDefinition): RuleCompiler {
  const compile = ruleCompiler(definition);
  return (hostKeys: readonly string[], rule: RuleDefinition): ExecutableRule | undefined => {
    const compiled = compile(hostKeys, rule);
    if (!compiled.ok) return undefined;
    return {
      rule,
      hostKeys,
      dependencies: compiled.references,
      evaluate: compiled.evaluate,
      plan: compiled.plan,
    };
  };
}
