/**
 * One call from a rule of a definition to something that runs: parse, type-check against the
 * definition, compile to closures, and list the key paths the rule reads. This is what
 * validation, the incremental session and a UI use; `checkRules` reports the same findings for a
 * whole definition.
 */

import type { LintFinding } from '../model/lint.js';
import type { ChildDefinition, FormDefinition, RuleDefinition } from '../model/types.js';
import { analyseRule, type PlacedRule, ruleFinding } from './check.js';
import { scopeOf } from './compile-expression.js';
import type { EvalContext } from './context.js';
import { collectReferences, type Expr } from './nodes.js';
import { type Plan, toPlainData } from './plan.js';

export { toPlainData };

import type { RuleType, Value } from './values.js';

/** A rule ready to run (see `compileRule`). */
export interface CompiledRule {
  readonly ok: true;
  readonly rule: RuleDefinition;
  /** Keys from the root to the element the rule is attached to (empty for form rules). */
  readonly hostKeys: readonly string[];
  readonly ast: Expr;
  /** The static type of the result. */
  readonly type: RuleType;
  /** @internal The resolved expression (what the ahead-of-time generator writes out). */
  readonly plan: Plan;
  /** Dotted key paths the rule reads, without indices (`self` is the host's path). */
  readonly references: readonly string[];
  /**
   * The result as plain data: numbers as JS numbers, dates and times as ISO text, lists as
   * arrays, `null` when unknown (missing data). Never throws.
   */
  readonly evaluate: (context: EvalContext) => unknown;
  /** The result as a rule value: numbers as exact decimals (see decimal.ts). Never throws. */
  readonly evaluateExact: (context: EvalContext) => Value;
}

/** A rule that does not run: prose only, or broken (with its lint findings). */
export interface RuleNotCompiled {
  readonly ok: false;
  readonly rule: RuleDefinition;
  readonly hostKeys: readonly string[];
  /** `documentation`: prose only, nothing to run; `invalid`: see the findings. */
  readonly reason: 'documentation' | 'invalid';
  /** Lint findings with the rule's location (the same `checkRules` reports). */
  readonly findings: readonly LintFinding[];
}

/** The element at a key path and its JSON pointer in the definition. */
function findHost(
  definition: FormDefinition,
  keys: readonly string[],
): { host: ChildDefinition | FormDefinition; path: string } | undefined {
  let host: ChildDefinition | FormDefinition = definition;
  let path = '';
  for (const key of keys) {
    if (host.kind === 'field') return undefined;
    const children: readonly ChildDefinition[] = host.children;
    const index = children.findIndex((child) => child.key === key);
    const child = children[index];
    if (!child) return undefined;
    host = child;
    path = `${path}/children/${index}`;
  }
  return { host, path };
}

function keysOf(host: string | readonly string[]): readonly string[] {
  if (typeof host !== 'string') return host;
  return host === '' ? [] : host.split('.');
}

/**
 * A compiler for the rules of one definition (its scope is built once). `host` is the key path
 * of the element the rule is attached to, dotted (`antragsteller.geburtsdatum`, `''` for the
 * form) or as keys.
 */
export function ruleCompiler(
  definition: FormDefinition,
): (host: string | readonly string[], rule: RuleDefinition) => CompiledRule | RuleNotCompiled {
  const scope = scopeOf(definition);
  return (host, rule) => {
    const hostKeys = keysOf(host);
    const found = findHost(definition, hostKeys);
    if (!found) {
      const placed: PlacedRule = { rule, hostKeys, host: definition, path: '' };
      const finding = ruleFinding('DEF_RULE_UNKNOWN_REFERENCE', placed, {
        reference: hostKeys.join('.'),
        position: 0,
      });
      return { ok: false, rule, hostKeys, reason: 'invalid', findings: [finding] };
    }
    const index = found.host.rules?.indexOf(rule) ?? -1;
    const placed: PlacedRule = {
      rule,
      hostKeys,
      host: found.host,
      path: `${found.path}/rules/${index === -1 ? '-' : index}`,
    };
    const analysis = analyseRule(placed, scope);
    if (rule.ruleKind === 'documentation') {
      return { ok: false, rule, hostKeys, reason: 'documentation', findings: analysis.findings };
    }
    const { compiled, ast } = analysis;
    if (!compiled || !ast || analysis.findings.some((finding) => finding.severity === 'error')) {
      return { ok: false, rule, hostKeys, reason: 'invalid', findings: analysis.findings };
    }
    const evaluateExact = compiled.evaluate;
    return {
      ok: true,
      rule,
      hostKeys,
      ast,
      type: compiled.type,
      plan: compiled.plan,
      references: [...collectReferences(ast, hostKeys.join('.'))],
      evaluate: (context) => toPlainData(evaluateExact(context)),
      evaluateExact,
    };
  };
}

/** Parses, type-checks and compiles one rule of a definition (see `ruleCompiler`). */
export function compileRule(
  definition: FormDefinition,
  host: string | readonly string[],
  rule: RuleDefinition,
): CompiledRule | RuleNotCompiled {
  return ruleCompiler(definition)(host, rule);
}
