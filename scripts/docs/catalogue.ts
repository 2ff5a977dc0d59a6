/**
 * Renders the code catalogues as Markdown tables for `docs/report.md`. A test compares the
 * committed docs with this output, so the documentation cannot drift from the code.
 */

import { DERIVE_CODES } from '../../src/evolution/derive/codes.js';
import { CHANGE_KINDS } from '../../src/evolution/diff/kinds.js';
import { VERSIONING_CODES } from '../../src/evolution/diff/versioning.js';
import { MIGRATION_CODES } from '../../src/evolution/migrate/codes.js';
import { VERSION_CODES } from '../../src/evolution/versions/codes.js';
import { XDF_CODES } from '../../src/fim/codes.js';
import { type CodeInfo, PLACEHOLDER } from '../../src/issues/catalogue.js';
import { LINT_CODES } from '../../src/model/lint-codes.js';
import { FUNCTIONS, type FunctionSpec } from '../../src/rules/library.js';
import { RULE_CODES } from '../../src/rules/rule-codes.js';
import { SERVE_CODES } from '../../src/serve/codes.js';
import { ISSUE_CODES } from '../../src/validate/codes.js';
import { XML_CODES, XML_JSON_COUNTERPARTS } from '../../src/xml/codes.js';

type Entry = CodeInfo;

/** The parameters of a code: the placeholders of both templates, then its extra params. */
export function templateParams(info: Entry): string[] {
  const names = new Set<string>();
  for (const template of [info.de, info.en]) {
    for (const match of template.matchAll(PLACEHOLDER)) names.add(match[1] as string);
  }
  for (const name of info.extraParams ?? []) names.add(name);
  return [...names];
}

function table(codes: Readonly<Record<string, Entry>>): string {
  const rows = Object.entries(codes).map(([code, info]) => {
    const params = templateParams(info)
      .map((name) => `\`${name}\``)
      .join(', ');
    return `| \`${code}\` | ${info.severity} | ${params || '—'} | ${escapeCell(info.en)} | ${escapeCell(info.de)} |`;
  });
  return [
    '| code | severity | parameters | message (en) | message (de) |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/**
 * Every catalogue of codes the library emits, by the layer that emits it: the one list of codes
 * (docs/report.md). Each layer keeps its own catalogue at run time, so a bundle that only
 * validates carries no XML or XDF messages.
 */
export const CATALOGUES = {
  validation: ISSUE_CODES,
  xml: XML_CODES,
  fim: XDF_CODES,
  definitions: LINT_CODES,
  rules: RULE_CODES,
  versions: VERSION_CODES,
  serve: SERVE_CODES,
  versioning: VERSIONING_CODES,
  derivations: DERIVE_CODES,
  migration: MIGRATION_CODES,
} as const;

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The generated sections of docs/report.md, keyed by their marker name. */
export function catalogueSections(): Record<string, string> {
  return {
    'issue-codes': table(ISSUE_CODES),
    'xml-codes': table(XML_CODES),
    'lint-codes': table({ ...LINT_CODES, ...RULE_CODES }),
    'xdf-codes': table(XDF_CODES),
    'version-codes': table(VERSION_CODES),
    'serve-codes': table(SERVE_CODES),
    'versioning-codes': table(VERSIONING_CODES),
    'derive-codes': table(DERIVE_CODES),
    'migration-codes': table(MIGRATION_CODES),
  };
}

/** The generated section of docs/diff.md: every change kind the diff reports. */
export function diffSections(): Record<string, string> {
  const rows = Object.entries(CHANGE_KINDS).map(
    ([kind, info]) => `| \`${kind}\` | ${info.area} | ${escapeCell(info.en)} | ${escapeCell(info.de)} |`,
  );
  return {
    'change-kinds': ['| kind | area | meaning | Bedeutung |', '|---|---|---|---|', ...rows].join('\n'),
    'versioning-codes': table(VERSIONING_CODES),
  };
}

/** The generated section of docs/fim.md: every code of the FIM import and genericode reader. */
export function fimSections(): Record<string, string> {
  return { 'xdf-codes': table(XDF_CODES) };
}

/** The generated section of docs/xml.md: the reader's findings and their JSON counterparts. */
export function xmlSections(): Record<string, string> {
  const rows = Object.entries(XML_JSON_COUNTERPARTS).map(
    ([code, json]) => `| \`${code}\` | ${json === null ? '— (XML only)' : `\`${json}\``} |`,
  );
  return {
    'xml-counterparts': ['| XML finding | JSON counterpart at the same path |', '|---|---|', ...rows].join(
      '\n',
    ),
  };
}

/** The generated sections of docs/rules.md: the function list and the rule findings. */
export function rulesSections(): Record<string, string> {
  const functions: Readonly<Record<string, FunctionSpec>> = FUNCTIONS;
  const rows = Object.entries(functions).map(([name, spec]) => {
    const params = spec.params
      .map((param, index) => {
        const types = param.types === 'any' ? 'any' : param.types.join('|');
        const shaped = param.shape === 'list' ? `list of ${types}` : types;
        return index < spec.required ? shaped : `${shaped}?`;
      })
      .join(', ');
    return `| \`${name}(${params})\` | ${escapeCell(spec.doc.en)} | ${escapeCell(spec.doc.de)} | \`${escapeCell(spec.doc.example)}\` |`;
  });
  return {
    functions: ['| function | meaning | Bedeutung | example |', '|---|---|---|---|', ...rows].join('\n'),
    'rule-codes': table(RULE_CODES),
  };
}

/** Replaces each `<!-- name:start -->…<!-- name:end -->` section of a Markdown text. */
export function fillSections(markdown: string, sections: Record<string, string>): string {
  let result = markdown;
  for (const [name, content] of Object.entries(sections)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = result.indexOf(start);
    const to = result.indexOf(end);
    if (from === -1 || to === -1) throw new Error(`section ${name} not found`);
    result = `${result.slice(0, from + start.length)}\n${content}\n${result.slice(to)}`;
  }
  return result;
}
