/**
 * Definition-time checks of every rule in a form: syntax, references, types, result types and
 * where each kind of rule may stand. The findings join the definition lint (`lint`), so a broken
 * rule is reported before any data is seen.
 */

import type { LintFinding } from '../model/lint.js';
import type { ChildDefinition, FormDefinition, RuleDefinition } from '../model/types.js';
import { occurrence, walkDefinition } from '../model/walk.js';
import {
  type CompiledExpression,
  compileExpression,
  type RuleHost,
  type Scope,
  scopeOf,
} from './compile-expression.js';
import { parseExpression } from './grammar.js';
import type { Expr } from './nodes.js';
import { RULE_CODES, type RuleCode } from './rule-codes.js';
import { type BaseType, type RuleType, typeName } from './values.js';

/** Rules evaluated per item of their element; the others per occurrence. */
export function isPerItem(rule: RuleDefinition): boolean {
  return rule.ruleKind === 'constraint' || rule.ruleKind === 'calculate';
}

/** A rule with the element it is attached to. */
export interface PlacedRule {
  readonly rule: RuleDefinition;
  /** Keys from the root to the element (empty for the form). */
  readonly hostKeys: readonly string[];
  readonly host: ChildDefinition | FormDefinition;
  /** JSON pointer of the rule in the definition. */
  readonly path: string;
}

/** Every rule of a definition, in document order. */
export function placedRules(definition: FormDefinition): PlacedRule[] {
  const out: PlacedRule[] = [];
  (definition.rules ?? []).forEach((rule, index) => {
    out.push({ rule, hostKeys: [], host: definition, path: `/rules/${index}` });
  });
  walkDefinition(definition, ({ element, keys, path }) => {
    (element.rules ?? []).forEach((rule, r) => {
      out.push({ rule, hostKeys: keys, host: element, path: `${path}/rules/${r}` });
    });
  });
  return out;
}

function fill(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A rule finding with its location and filled de/en message. */
export function ruleFinding(
  code: RuleCode,
  placed: PlacedRule,
  params: Record<string, unknown>,
): LintFinding {
  const info = RULE_CODES[code];
  const all = { rule: placed.rule.id, ...params };
  return {
    code,
    severity: info.severity,
    path: placed.path,
    keyPath: placed.hostKeys.join('.'),
    element: { id: placed.rule.id, version: placed.rule.version },
    message: { de: fill(info.de, all), en: fill(info.en, all) },
    params: all,
  };
}

function isRepeated(host: ChildDefinition | FormDefinition): boolean {
  return host.kind !== 'schema' && occurrence(host).repeated;
}

/** The type a rule's expression must have, or a reason the rule cannot stand on its element. */
function expectedResult(placed: PlacedRule): { type?: BaseType; notApplicable?: string } {
  const { rule, host } = placed;
  switch (rule.ruleKind) {
    case 'relevant':
    case 'required':
      if (host.kind === 'schema') return { notApplicable: 'the form itself is always relevant and required' };
      return { type: 'boolean' };
    case 'constraint':
      return { type: 'boolean' };
    case 'minCount':
    case 'maxCount':
      if (host.kind === 'schema') return { notApplicable: 'the form occurs once' };
      return { type: 'number' };
    case 'calculate':
      if (host.kind !== 'field') return { notApplicable: 'only fields have computed values' };
      if (isRepeated(host)) return { notApplicable: 'computed values need a single field, not a repeat' };
      if (host.datentyp === 'file' || host.datentyp === 'obj')
        return { notApplicable: 'files cannot be computed' };
      return {
        type:
          host.datentyp === 'num' || host.datentyp === 'num_int' || host.datentyp === 'num_currency'
            ? 'number'
            : host.datentyp === 'bool'
              ? 'boolean'
              : host.datentyp === 'text' || host.datentyp === 'text_latin'
                ? 'string'
                : host.datentyp,
      };
    case 'documentation':
      return {};
  }
}

/** What checking a rule found, and what it compiled when the expression type-checks. */
export interface RuleAnalysis {
  readonly findings: readonly LintFinding[];
  readonly ast?: Expr;
  readonly compiled?: CompiledExpression;
}

/** Checks one placed rule; returns its findings. */
export function checkRule(placed: PlacedRule, scope: Scope): LintFinding[] {
  return [...analyseRule(placed, scope).findings];
}

/** Checks and compiles one placed rule in one pass (what is checked is what runs). */
export function analyseRule(placed: PlacedRule, scope: Scope): RuleAnalysis {
  const { rule } = placed;
  const out: LintFinding[] = [];
  if (!/^R\d{8}(\d{3})?$/.test(rule.id))
    out.push(ruleFinding('DEF_RULE_INVALID_ID', placed, { id: rule.id }));
  if (rule.ruleKind === 'documentation') return { findings: out };
  if (rule.expression === undefined || rule.expression.trim() === '') {
    out.push(ruleFinding('DEF_RULE_NO_EXPRESSION', placed, { ruleKind: rule.ruleKind }));
    return { findings: out };
  }
  const expected = expectedResult(placed);
  if (expected.notApplicable) {
    out.push(
      ruleFinding('DEF_RULE_NOT_APPLICABLE', placed, {
        ruleKind: rule.ruleKind,
        detail: expected.notApplicable,
      }),
    );
    return { findings: out };
  }
  const parsed = parseExpression(rule.expression);
  if (!parsed.ok) {
    const detail = parsed.error.message.en;
    const code = parsed.error.code;
    out.push(ruleFinding(code, placed, { position: parsed.error.position, detail, literal: detail }));
    return { findings: out };
  }
  const host: RuleHost = { keys: placed.hostKeys, perItem: isPerItem(rule) };
  const compiled = compileExpression(parsed.ast, scope, host);
  for (const f of compiled.findings) out.push(ruleFinding(f.code, placed, { position: f.at, ...f.params }));
  if (
    compiled.findings.length === 0 &&
    expected.type !== undefined &&
    !resultFits(compiled.type, expected.type)
  ) {
    out.push(
      ruleFinding('DEF_RULE_RESULT_TYPE', placed, {
        ruleKind: rule.ruleKind,
        expected: expected.type,
        actual: typeName(compiled.type),
      }),
    );
  }
  return { findings: out, ast: parsed.ast, compiled };
}

function resultFits(actual: RuleType, expected: BaseType): boolean {
  return !actual.list && (actual.base === expected || actual.base === 'null');
}

/** Checks every rule of a definition. */
export function checkRules(definition: FormDefinition): LintFinding[] {
  const scope = scopeOf(definition);
  const out: LintFinding[] = [];
  const seen = new Map<string, string>();
  for (const placed of placedRules(definition)) {
    out.push(...checkRule(placed, scope));
    const key = `${placed.rule.id}@${placed.rule.version}`;
    const content = JSON.stringify(placed.rule);
    const previous = seen.get(key);
    if (previous === undefined) seen.set(key, content);
    else if (previous !== content) {
      out.push(
        ruleFinding('DEF_RULE_DUPLICATE_ID', placed, { id: placed.rule.id, version: placed.rule.version }),
      );
    }
  }
  return out;
}
