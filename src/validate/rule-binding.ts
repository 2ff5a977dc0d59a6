/**
 * What validation needs from a rule: a closure to evaluate and the key paths it reads. The rule
 * language (`src/rules/`) produces these; validation and the incremental session only call them.
 */

import type { RuleDefinition } from '../model/types.js';
import type { EvalContext } from '../rules/context.js';
import type { Plan } from '../rules/plan.js';
import type { RelatedPlan } from './related.js';

/** A rule compiled for execution. */
export interface ExecutableRule {
  readonly rule: RuleDefinition;
  /** Keys from the root to the element the rule is attached to; empty for form rules. */
  readonly hostKeys: readonly string[];
  /** Evaluates the rule's expression; `null` when the result is unknown (missing data). */
  readonly evaluate: (context: EvalContext) => unknown;
  /** Dotted key paths (without indices) the expression reads. */
  readonly dependencies: readonly string[];
  /** The resolved expression, for the ahead-of-time generator (absent in generated modules). */
  readonly plan?: Plan;
  /** Where `dependencies` point, worked out ahead of time (generated modules carry it). */
  readonly related?: RelatedPlan;
}

/** Turns a rule into an executable one, or undefined when it is documentation only. */
export type RuleCompiler = (hostKeys: readonly string[], rule: RuleDefinition) => ExecutableRule | undefined;

/** The rules of one element, sorted by what they do. */
export interface ElementRules {
  readonly relevant: readonly ExecutableRule[];
  readonly required: readonly ExecutableRule[];
  readonly constraint: readonly ExecutableRule[];
  readonly calculate: readonly ExecutableRule[];
  readonly minCount: readonly ExecutableRule[];
  readonly maxCount: readonly ExecutableRule[];
}

export const NO_RULES: ElementRules = {
  relevant: [],
  required: [],
  constraint: [],
  calculate: [],
  minCount: [],
  maxCount: [],
};

/** Compiles and sorts an element's rules; documentation rules are kept out. */
export function bindRules(
  hostKeys: readonly string[],
  rules: readonly RuleDefinition[] | undefined,
  compileRule: RuleCompiler,
): ElementRules {
  if (!rules || rules.length === 0) return NO_RULES;
  const sorted = {
    relevant: [] as ExecutableRule[],
    required: [] as ExecutableRule[],
    constraint: [] as ExecutableRule[],
    calculate: [] as ExecutableRule[],
    minCount: [] as ExecutableRule[],
    maxCount: [] as ExecutableRule[],
  };
  for (const rule of rules) {
    if (rule.ruleKind === 'documentation') continue;
    const executable = compileRule(hostKeys, rule);
    if (executable) sorted[rule.ruleKind].push(executable);
  }
  return sorted;
}

/** True when the element has any executable rule. */
export function hasRules(rules: ElementRules): boolean {
  return rules !== NO_RULES && Object.values(rules).some((list) => list.length > 0);
}
