/**
 * `antrag diff <a> <b>`: every change between two versions of a definition, grouped by what it
 * means for a receiver on the new version reading old submissions (breaking, needs data,
 * compatible), with the other axis, the reason and the check of the version step.
 */

import {
  type Change,
  type DefinitionDiff,
  diffDefinitions,
  type VerdictClass,
} from '../../evolution/diff/index.js';
import { type FlagSpec, parseArgs, UsageError } from '../args.js';
import type { Lang } from '../format.js';
import type { CliIo } from '../io.js';
import { ChunkedWriter, writeJson } from '../output.js';
import { helpRequested, loadForm, readCodeLists, readLang } from './shared.js';

export const DIFF_HELP = `Usage: antrag diff <a> <b> [--json] [--code-list <file.xml>]... [--lang de|en]

Lists every change from version <a> (old) to version <b> (new) of a form definition, each
classified twice: old → new (a receiver on the new version reading submissions made for the
old one) and new → old (a receiver still on the old version reading new submissions), as
compatible, needs data (a value must be supplied, e.g. by a migration) or breaking, with the
reason. Then checks the version step (a breaking change needs a major step). <a> and <b> are
built-in forms, definition JSON files or XDatenfelder 2/3 files.

Options:
  --json                  print the diff as JSON ({ from, to, changes, versioning })
  --code-list <file.xml>  a genericode list (repeatable): with both lists of a changed code
                          list reference loaded, the codes added and removed are listed
  --lang de|en            language of headings and findings (default: de)

Exit codes: 0 no change breaks or needs data old → new and the version step fits, 1 otherwise,
2 usage or definition error, 70 internal error.

Example:
  antrag diff fuehrerschein-1.0.0.json fuehrerschein --lang en
`;

export const DIFF_FLAGS: FlagSpec = {
  withValue: ['--lang'],
  repeatable: ['--code-list'],
  boolean: ['--json', '--help', '-h'],
};

const WORDS = {
  de: {
    groups: { breaking: 'Inkompatibel', 'needs-data': 'Braucht Daten', compatible: 'Kompatibel' } as Record<
      VerdictClass,
      string
    >,
    axis: 'alt → neu',
    other: 'neu → alt',
    none: 'keine Änderungen',
    changes: ['Änderung', 'Änderungen'] as const,
    versioning: 'Versionsschritt',
    required: 'nötig',
    form: '(Formular)',
  },
  en: {
    groups: { breaking: 'Breaking', 'needs-data': 'Needs data', compatible: 'Compatible' } as Record<
      VerdictClass,
      string
    >,
    axis: 'old → new',
    other: 'new → old',
    none: 'no changes',
    changes: ['change', 'changes'] as const,
    versioning: 'Version step',
    required: 'required',
    form: '(form)',
  },
} as const;

function label(change: Change): string {
  const rule = change.rule?.to ?? change.rule?.from;
  const facet = change.facet && change.facet !== change.kind ? ` ${change.facet}` : '';
  return `${change.kind}${facet}${rule ? ` ${rule.id}` : ''}`;
}

function where(change: Change, form: string): string {
  const from = change.from?.path;
  const to = change.to?.path;
  const show = (path: string | undefined) => (path === '' ? form : (path ?? '–'));
  return from !== undefined && to !== undefined && from !== to
    ? `${show(from)} → ${show(to)}`
    : show(to ?? from);
}

/** The human change table: one group per old → new class, worst first. */
export function writeDiff(sink: (text: string) => void, diff: DefinitionDiff, lang: Lang): void {
  const words = WORDS[lang];
  const out = new ChunkedWriter(sink);
  out.write(
    `${diff.from.key} ${diff.from.version} → ${diff.to.key} ${diff.to.version}: ` +
      `${diff.changes.length === 0 ? words.none : `${diff.changes.length} ${diff.changes.length === 1 ? words.changes[0] : words.changes[1]}`}\n`,
  );
  for (const group of ['breaking', 'needs-data', 'compatible'] as const) {
    const changes = diff.changes.filter((change) => change.oldToNew.class === group);
    if (changes.length === 0) continue;
    out.write(`\n${words.groups[group]} (${words.axis}): ${changes.length}\n`);
    const rows = changes.map((change) => [label(change), where(change, words.form), change] as const);
    const width = Math.min(40, Math.max(...rows.map(([kind]) => kind.length)));
    const pathWidth = Math.min(60, Math.max(...rows.map(([, path]) => path.length)));
    for (const [kind, path, change] of rows) {
      out.write(
        `  ${kind.padEnd(width)}  ${path.padEnd(pathWidth)}  ${change.oldToNew.reason}` +
          ` [${words.other}: ${change.newToOld.class}${change.newToOld.class === 'compatible' ? '' : `: ${change.newToOld.reason}`}]\n`,
      );
    }
  }
  const check = diff.versioning;
  out.write(
    `\n${words.versioning}: ${check.from} → ${check.to} (${check.step ?? '?'}), ${words.required}: ${check.required}\n`,
  );
  for (const finding of check.findings)
    out.write(`  ${finding.severity} ${finding.code}: ${finding.message[lang]}\n`);
  out.flush();
}

export function diffCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, DIFF_FLAGS);
  if (helpRequested(io, args.flags, DIFF_HELP)) return 0;
  const lang = readLang(args.flags.get('--lang'));
  const [first, second, ...extra] = args.positionals;
  if (first === undefined || second === undefined || extra.length > 0)
    throw new UsageError('diff needs <a> and <b>');
  const before = loadForm(io, first, lang);
  if (!before) return 2;
  const after = loadForm(io, second, lang);
  if (!after) return 2;
  const codeLists = readCodeLists(io, args.lists.get('--code-list') ?? [], lang);
  if (!codeLists) return 2;
  const diff = diffDefinitions(before, after, { codeLists });
  if (args.flags.has('--json')) writeJson(io.stdout, diff);
  else writeDiff(io.stdout, diff, lang);
  const breaks = diff.changes.some((change) => change.oldToNew.class !== 'compatible');
  const misversioned = diff.versioning.findings.some((finding) => finding.severity === 'error');
  return breaks || misversioned ? 1 : 0;
}
