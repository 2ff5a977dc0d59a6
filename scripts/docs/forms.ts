/**
 * Renders a form definition as Markdown: what its rules check and on which day, what it only
 * records and what it leaves to the authority (from notes kept beside the forms), its code lists
 * with their sources, its structure (every group and field with key, FIM id, cardinality, type
 * and legal basis) and its rules. `docs/forms.md` is generated from the shipped definitions with
 * this, so the documentation cannot drift from the forms.
 */

import type { FieldDefinition, FormDefinition, RuleDefinition } from '../../src/model/types.js';
import { elementsOf } from '../../src/model/walk.js';

function cell(text: string | undefined): string {
  return (text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function fieldType(field: FieldDefinition): string {
  const parts: string[] = [field.feldart === 'input' ? field.datentyp : `${field.feldart} ${field.datentyp}`];
  const p = field.praezisierung;
  if (p?.minLength !== undefined || p?.maxLength !== undefined) {
    parts.push(`length ${p.minLength ?? 0}–${p.maxLength ?? '∞'}`);
  }
  if (p?.minValue !== undefined || p?.maxValue !== undefined) {
    parts.push(`range ${p.minValue ?? '…'}–${p.maxValue ?? '…'}`);
  }
  if (p?.pattern !== undefined) parts.push(`pattern \`${p.pattern}\``);
  if (field.values) parts.push(`codes ${field.values.map((v) => v.code).join(', ')}`);
  if (field.codeList) parts.push(`code list \`${field.codeList.uri}\` v${field.codeList.version}`);
  return parts.join('; ');
}

/** One requirement and the provision that carries it. */
export interface LegalNote {
  readonly text: string;
  readonly bezug: string;
}

/** What "valid" means for a form: the days its rules measure against and the requirements by treatment. */
export interface FormNotes {
  /** Which day (application date, day of an age, end of a period) the rules check, and why. */
  readonly dates: readonly string[];
  /** Requirements the form's rules check. */
  readonly checks: readonly LegalNote[];
  /** Requirements the form asks for but does not decide. */
  readonly records: readonly LegalNote[];
  /** Requirements left to the authority. */
  readonly authority: readonly LegalNote[];
}

/** What `formsMarkdown` adds to the definitions. */
export interface FormsMarkdownOptions {
  /** Notes per form key. */
  readonly notes?: ReadonlyMap<string, FormNotes>;
  /** Where each carried code list comes from, by `uri_version`. */
  readonly codeListSources?: ReadonlyMap<string, string>;
}

function notesMarkdown(notes: FormNotes): string[] {
  const list = (items: readonly LegalNote[]) => items.map((item) => `- ${item.text} (${item.bezug}).`);
  return [
    '### Which day the rules check',
    '',
    ...notes.dates.flatMap((text) => [text, '']),
    '### What the form checks',
    '',
    ...list(notes.checks),
    '',
    '### What the form records without deciding',
    '',
    ...list(notes.records),
    '',
    '### What is left to the authority',
    '',
    ...list(notes.authority),
    '',
  ];
}

function codeListsMarkdown(
  definition: FormDefinition,
  sources: ReadonlyMap<string, string> | undefined,
): string[] {
  const lists = definition.codeLists ?? [];
  if (lists.length === 0) return [];
  const lines = [
    '### Code lists carried with the form',
    '',
    '| list | version | name | codes | source |',
    '|---|---|---|---|---|',
  ];
  for (const list of lists) {
    const source = sources?.get(`${list.uri}_${list.version}`);
    lines.push(
      `| \`${list.uri}\` | ${cell(list.version)} | ${cell(list.name ?? list.shortName)} | ${list.values.length} | ${cell(source)} |`,
    );
  }
  lines.push('');
  return lines;
}

interface RuleRow {
  readonly host: string;
  readonly rule: RuleDefinition;
}

function ruleRows(definition: FormDefinition): RuleRow[] {
  const out: RuleRow[] = (definition.rules ?? []).map((rule) => ({ host: '(form)', rule }));
  for (const { keyPath, element } of elementsOf(definition)) {
    for (const rule of element.rules ?? []) out.push({ host: keyPath, rule });
  }
  return out;
}

/** Markdown for one form: heading, facts, notes, code lists, structure table, rules table. */
export function formMarkdown(definition: FormDefinition, options: FormsMarkdownOptions = {}): string {
  const notes = options.notes?.get(definition.key);
  const lines: string[] = [
    `## \`${definition.key}\`: ${definition.label?.de ?? definition.name}`,
    '',
    `${definition.label?.en ?? ''}${definition.label?.en ? '. ' : ''}FIM id \`${definition.id}\`, version ${definition.version}` +
      (definition.bezug ? `, legal basis: ${definition.bezug}` : '') +
      '.',
    '',
    ...(definition.versionNote ? [`Version note: ${cell(definition.versionNote)}`, ''] : []),
    ...(notes ? notesMarkdown(notes) : []),
    ...codeListsMarkdown(definition, options.codeListSources),
    '### Elements',
    '',
    '| key path | FIM id | cardinality | type | label | legal basis |',
    '|---|---|---|---|---|---|',
  ];
  for (const { keyPath: path, element: child } of elementsOf(definition)) {
    const type = child.kind === 'group' ? 'group' : fieldType(child);
    const bezug = child.occurrenceBezug ?? child.bezug;
    lines.push(
      `| \`${path}\` | ${child.id} | ${child.cardinality ?? '1:1'} | ${cell(type)} | ${cell(child.label?.de ?? child.name)} | ${cell(bezug)} |`,
    );
  }
  const rules = ruleRows(definition);
  lines.push('', `### Rules (${rules.length})`, '');
  if (rules.length === 0) {
    lines.push('None yet.');
  } else {
    lines.push(
      '| rule | on | kind (XDF typ) | code | expression | legal basis |',
      '|---|---|---|---|---|---|',
    );
    for (const { host, rule } of rules) {
      const expression = rule.expression === undefined ? '(prose only)' : `\`${cell(rule.expression)}\``;
      const code = rule.ruleKind === 'constraint' ? `\`${rule.code ?? 'RULE_CONSTRAINT'}\`` : '';
      lines.push(
        `| ${rule.id} v${rule.version} ${cell(rule.name)} | \`${host}\` | ${rule.ruleKind} (${rule.typ}) | ${code} | ${expression} | ${cell(rule.bezug)} |`,
      );
    }
  }
  return lines.join('\n');
}

/** The whole `docs/forms.md` for a list of forms. */
export function formsMarkdown(
  definitions: readonly FormDefinition[],
  options: FormsMarkdownOptions = {},
): string {
  return [
    '# The shipped forms',
    '',
    '<!-- Generated by `npm run docs:write` from the definitions in `schemas/`; do not edit. -->',
    '',
    'Each form is importable from `antrag/forms` and its own subpath (`antrag/forms/<key>`), and usable by',
    'name in the CLI (`antrag validate <key> data.json`). Key paths use the readable keys of the XÖV-style',
    'messages; repeated elements are lists in JSON.',
    '',
    'For each form: which day its rules check, what it checks, what it only records and what it',
    'leaves to the authority (each with its provision), the code lists it carries, its elements and',
    'its rules. A constraint that fails is reported with its code at the element it is attached to;',
    'dates follow §§ 187, 188 BGB (docs/decisions/0007-legal-dates.md). Every rule is tested at its',
    'boundary in `schemas/<form>/rules.test.ts`.',
    '',
    ...definitions.map((definition) => `${formMarkdown(definition, options)}\n`),
  ].join('\n');
}
