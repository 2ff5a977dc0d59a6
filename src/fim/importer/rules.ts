/**
 * Stage: rules (`regel`) → `RuleDefinition`. A script in the antrag rule language becomes an
 * executable rule (a constraint, or a calculation for type B); a stub or prose is kept as
 * documentation, a script in another language as `foreignScript` (`XDF_RULE_NOT_EXECUTABLE`).
 * The antrag extension says how an exported rule acts. Rules are deduplicated by id and version.
 */

import { fingerprint } from '../../model/fingerprint.js';
import type { LocalText, RuleDefinition, RuleKind, RuleTyp } from '../../model/types.js';
import { RULE_TYPEN } from '../../model/types.js';
import { isOneOf } from '../../model/vocabulary.js';
import { parseExpression } from '../../rules/grammar.js';
import type { XmlElement } from '../../xml/parse.js';
import { EXTENSION_URI, parseRuleExtension, type RuleExtension } from '../extension.js';
import { codeOf } from '../tree.js';
import { type ImportContext, nameOf } from './context.js';
import { readOnce } from './dedup.js';
import { type Draft, finished, put } from './draft.js';
import { date, extensionText, identification, status } from './metadata.js';
import type { Names } from './names.js';

/** A script that says nothing: absent, empty, or the empty function real XDF 2 files carry. */
const SCRIPT_STUB = /^(function\s+script\s*\(\s*\)\s*\{\s*\}\s*;?)?$/;

/** The rules among the children `names` of an element, at `${path}/rules/…`; undefined when none. */
export function readRules(
  context: ImportContext,
  element: XmlElement,
  names: Names,
  path: string,
): RuleDefinition[] | undefined {
  const out: RuleDefinition[] = [];
  for (const regel of context.kids(element, names)) {
    const rulePath = `${path}/rules/${out.length}`;
    const rule = readOnce(
      context,
      context.rules,
      () => readRule(context, regel, rulePath),
      (read) => ({ key: `${read.id}@${read.version}`, fingerprint: fingerprint(read) }),
      (read) =>
        context.report(
          'XDF_CONFLICTING_DUPLICATE',
          { id: read.id, version: read.version },
          { xml: regel, path: rulePath, element: read },
        ),
    );
    if (rule) out.push(rule);
  }
  return out.length === 0 ? undefined : out;
}

/** One `regel`. */
function readRule(context: ImportContext, regel: XmlElement, path: string): RuleDefinition | undefined {
  const names = context.names.rule;
  const ident = identification(context, regel, names.identification, path);
  if (!ident) return undefined;
  const at = { xml: regel, path, element: ident };
  const rule: Draft<RuleDefinition> = { kind: 'rule', id: ident.id, version: ident.version };
  const name = context.text(regel, names.name) ?? ident.id;
  rule.name = name;
  let ext: RuleExtension | undefined;
  const extText = extensionText(context, regel, names.keyword);
  if (extText !== undefined) {
    const parsed = parseRuleExtension(extText);
    if (parsed.ok) ext = parsed.value;
    else
      context.report(
        'XDF_EXTENSION_INVALID',
        { id: ident.id, uri: EXTENSION_URI, detail: parsed.detail },
        at,
      );
  }
  let typ: RuleTyp = 'K';
  const typElement = context.kid(regel, names.typ);
  const typCode = codeOf(typElement);
  if (typCode !== undefined) {
    if (isOneOf(RULE_TYPEN, typCode)) typ = typCode;
    else
      context.report(
        'XDF_INVALID_CODE',
        { id: ident.id, element: nameOf(names.typ), code: typCode, fallback: 'K' },
        { ...at, xml: typElement },
      );
  }
  rule.typ = typ;
  put(rule, 'description', context.text(regel, names.description));
  put(rule, 'freitext', context.text(regel, names.freitext));
  put(rule, 'bezug', context.bezug(regel, names.bezug));
  put(rule, 'author', context.text(regel, names.author));
  put(rule, 'status', status(context, regel, names.status, at));
  put(rule, 'validFrom', date(context, regel, names.validFrom, at));
  put(rule, 'validUntil', date(context, regel, names.validUntil, at));
  const script = context.text(regel, names.script);
  const acting: RuleKind = typ === 'B' ? 'calculate' : 'constraint';
  if (ext) {
    rule.ruleKind = ext.ruleKind ?? acting;
    if (ext.scriptIsForeign) put(rule, 'foreignScript', script);
    else put(rule, 'expression', script);
    put(rule, 'foreignScript', ext.foreignScript);
    put(rule, 'code', ext.code);
    // Parsed from JSON: optional properties are absent, never `undefined` (zod types say `| undefined`).
    put(rule, 'message', ext.message as LocalText | undefined);
    put(rule, 'status', ext.status);
    put(rule, 'validFrom', ext.validFrom);
    put(rule, 'validUntil', ext.validUntil);
  } else if (script === undefined || SCRIPT_STUB.test(script.replace(/\s+/g, ' ').trim())) {
    rule.ruleKind = 'documentation';
    context.report('XDF_RULE_NOT_EXECUTABLE', { id: ident.id, name, reason: '' }, at, {
      de: { reason: ' (nur Prosa)' },
      en: { reason: ' (prose only)' },
    });
  } else if (parseExpression(script).ok) {
    rule.ruleKind = acting;
    rule.expression = script;
  } else {
    rule.ruleKind = 'documentation';
    rule.foreignScript = script;
    context.report('XDF_RULE_NOT_EXECUTABLE', { id: ident.id, name, reason: '' }, at, {
      de: { reason: ' (das Skript ist nicht in der antrag-Regelsprache geschrieben)' },
      en: { reason: ' (the script is not in the antrag rule syntax)' },
    });
  }
  return finished(rule, ['kind', 'id', 'version', 'name', 'typ', 'ruleKind']);
}
