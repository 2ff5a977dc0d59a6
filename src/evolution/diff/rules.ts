/**
 * Comparing the rules of one element (or the form) between two versions. Rules pair by FIM id,
 * then by name. What a rule can do to a submission follows the validation walk
 * (src/validate/walk.ts): a constraint, relevance, computed value or maximum count may reject
 * data; a conditional requirement or minimum count may ask for data; documentation rules and
 * rules without an expression are not executed. An expression that changed is breaking unless
 * the printed (normalised) expressions are equal: the diff cannot prove two expressions accept
 * the same submissions.
 */

import type { RuleDefinition } from '../../model/types.js';
import { parseExpression } from '../../rules/grammar.js';
import { printExpression } from '../../rules/printer.js';
import { jsonValue, type RuleSide } from './change.js';
import type { Found } from './found.js';
import type { ChangeKind } from './kinds.js';
import { type Axes, breaking, breakingBoth, compatible, needsData, textOnly, worse } from './verdict.js';

function side(rule: RuleDefinition): RuleSide {
  return { id: rule.id, version: rule.version, name: rule.name };
}

/** True when validation runs the rule. */
function executable(rule: RuleDefinition): boolean {
  return rule.ruleKind !== 'documentation' && rule.expression !== undefined;
}

/** The expression in canonical print, or the text itself when it does not parse. */
export function normalisedExpression(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const parsed = parseExpression(text);
  return parsed.ok ? printExpression(parsed.ast) : text;
}

/** A rule that only the new version runs; `hostMin` is the new minimum of its element. */
function addedAxes(rule: RuleDefinition): Axes {
  const name = `${rule.ruleKind} rule "${rule.name}"`;
  if (!executable(rule)) return textOnly(`${name} is not executed`);
  switch (rule.ruleKind) {
    case 'required':
    case 'minCount':
      return {
        oldToNew: needsData(`${name} added: old submissions may lack the data it asks for`),
        newToOld: compatible(`the old version does not run ${name}`),
      };
    default:
      return {
        oldToNew: breaking(`${name} added: cannot prove old submissions satisfy it`),
        newToOld: compatible(`the old version does not run ${name}`),
      };
  }
}

/** A rule that only the old version runs; `hostMin` is the new minimum of its element. */
function removedAxes(rule: RuleDefinition, hostMin: number): Axes {
  const name = `${rule.ruleKind} rule "${rule.name}"`;
  if (!executable(rule)) return textOnly(`${name} was not executed`);
  const newToOld =
    rule.ruleKind === 'required' || rule.ruleKind === 'minCount'
      ? needsData(`${name} removed: new submissions may lack the data the old version asks for`)
      : breaking(`${name} removed: cannot prove new submissions satisfy it`);
  const oldToNew =
    rule.ruleKind === 'relevant' && hostMin > 0
      ? needsData(`${name} removed: the required element now applies where old submissions left it out`)
      : compatible(`the new version no longer runs ${name}`);
  return { oldToNew, newToOld };
}

function combine(a: Axes, b: Axes): Axes {
  return { oldToNew: worse(a.oldToNew, b.oldToNew), newToOld: worse(a.newToOld, b.newToOld) };
}

/** Pairs rules by id, then by name; the rest are added or removed. */
function pairRules(
  before: readonly RuleDefinition[],
  after: readonly RuleDefinition[],
): { pairs: [RuleDefinition, RuleDefinition][]; removed: RuleDefinition[]; added: RuleDefinition[] } {
  const pairs: [RuleDefinition, RuleDefinition][] = [];
  const taken = new Set<RuleDefinition>();
  const paired = new Set<RuleDefinition>();
  for (const same of [
    (x: RuleDefinition, y: RuleDefinition) => x.id === y.id,
    (x: RuleDefinition, y: RuleDefinition) => x.name === y.name,
  ]) {
    for (const rule of before) {
      if (paired.has(rule)) continue;
      const partner = after.find((other) => !taken.has(other) && same(rule, other));
      if (!partner) continue;
      pairs.push([rule, partner]);
      paired.add(rule);
      taken.add(partner);
    }
  }
  return {
    pairs,
    removed: before.filter((rule) => !paired.has(rule)),
    added: after.filter((rule) => !taken.has(rule)),
  };
}

const RULE_TEXTS = ['name', 'description', 'freitext'] as const;
const RULE_METADATA = [
  'id',
  'version',
  'status',
  'validFrom',
  'validUntil',
  'author',
  'foreignScript',
] as const;
const RULE_KNOWN: ReadonlySet<string> = new Set([
  'kind',
  'id',
  'ruleKind',
  'typ',
  'expression',
  'bezug',
  'code',
  'message',
  ...RULE_TEXTS,
  ...RULE_METADATA,
]);

/** Every rule change of one element; `hostMin` is the element's minimum in the new version. */
export function ruleChanges(
  before: readonly RuleDefinition[] | undefined,
  after: readonly RuleDefinition[] | undefined,
  hostMin: number,
): Found[] {
  const out: Found[] = [];
  const { pairs, removed, added } = pairRules(before ?? [], after ?? []);
  for (const rule of removed)
    out.push({
      kind: 'rule-removed',
      rule: { from: side(rule) },
      before: jsonValue(rule),
      axes: removedAxes(rule, hostMin),
    });
  for (const rule of added)
    out.push({ kind: 'rule-added', rule: { to: side(rule) }, after: jsonValue(rule), axes: addedAxes(rule) });
  for (const [a, b] of pairs) {
    const rule = { from: side(a), to: side(b) };
    const push = (kind: ChangeKind, facet: string | undefined, axes: Axes) => {
      const record = a as unknown as Record<string, unknown>;
      const other = b as unknown as Record<string, unknown>;
      const key = facet ?? kind.replace('rule-', '');
      out.push({
        kind,
        ...(facet === undefined ? {} : { facet }),
        rule,
        before: jsonValue(record[key]),
        after: jsonValue(other[key]),
        axes,
      });
    };
    const sameKind = a.ruleKind === b.ruleKind;
    const sameExpression = normalisedExpression(a.expression) === normalisedExpression(b.expression);
    if (!sameKind || !sameExpression) {
      const runs = executable(a) || executable(b);
      let axes: Axes;
      if (!runs) axes = textOnly('neither version executes the rule');
      else if (executable(a) && executable(b) && sameKind)
        axes = breakingBoth('cannot prove: the expression changed (printed expressions differ)');
      else axes = combine(removedAxes(a, hostMin), addedAxes(b));
      if (!sameKind) push('rule-kind', 'ruleKind', axes);
      if (!sameExpression) push('rule-expression', 'expression', axes);
    } else if (a.expression !== b.expression) {
      push('rule-expression', 'expression', textOnly('the printed (normalised) expressions are equal'));
    }
    if (a.typ !== b.typ) push('rule-typ', 'typ', textOnly('validation does not read the XDF rule type'));
    if (a.bezug !== b.bezug) push('rule-bezug', 'bezug', textOnly('the legal basis is shown in issues only'));
    if (a.code !== b.code)
      push('rule-code', 'code', textOnly('the same data fails; only the code it is reported with changes'));
    if (JSON.stringify(a.message) !== JSON.stringify(b.message))
      push('rule-message', 'message', textOnly('the same data fails; only the message changes'));
    for (const facet of RULE_TEXTS)
      if (JSON.stringify(a[facet]) !== JSON.stringify(b[facet]))
        push('rule-text', facet, textOnly('texts are not checked'));
    for (const facet of RULE_METADATA)
      if (JSON.stringify(a[facet]) !== JSON.stringify(b[facet]))
        push('rule-metadata', facet, textOnly('validation does not read this rule metadata'));
    const record = a as unknown as Record<string, unknown>;
    const other = b as unknown as Record<string, unknown>;
    for (const facet of new Set([...Object.keys(record), ...Object.keys(other)])) {
      if (RULE_KNOWN.has(facet) || JSON.stringify(record[facet]) === JSON.stringify(other[facet])) continue;
      push(
        'property',
        facet,
        breakingBoth(`rule property ${facet} is not known to the diff: cannot prove its effect`),
      );
    }
  }
  return out;
}
