/**
 * The diff on the two real XDF 2 schemas of the shared corpus against edited copies of
 * themselves: in the XML text one field is removed, one code list reference gets a higher
 * version and one optional field becomes required; both texts are imported with the FIM
 * importer and diffed. The diff must report exactly those three changes. For S00000094 the
 * genericode lists are loaded, the raised list as an edited copy with one code more, so the
 * change lists the added code; BlaueKarte comes without its lists, so its change cannot be
 * proved and is breaking.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/support/shared.js';
import { importCodeList } from '../../fim/genericode.js';
import { importXdf } from '../../fim/import.js';
import type { CodeList, FormDefinition } from '../../model/types.js';
import { elementsOf } from '../../model/walk.js';
import { diffDefinitions } from './diff.js';

/** A field's `<xdf:struktur>` block in the XML text, with the field's id. */
interface FieldBlock {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly id: string;
}

/** Every struktur block that contains a field (not a group), in document order. */
function fieldBlocks(xml: string): FieldBlock[] {
  const out: FieldBlock[] = [];
  const open = '<xdf:struktur>';
  const close = '</xdf:struktur>';
  const starts: number[] = [];
  const tags = /<xdf:struktur>|<\/xdf:struktur>/g;
  for (let match = tags.exec(xml); match; match = tags.exec(xml)) {
    if (match[0] === open) starts.push(match.index);
    else {
      const start = starts.pop() as number;
      const end = match.index + close.length;
      const text = xml.slice(start, end);
      // The block's own content (its first `enthaelt`) is a field, not a group holding fields.
      const own = text.slice(text.indexOf('<xdf:enthaelt>'));
      if (/^<xdf:enthaelt>\s*<xdf:datenfeld>/.test(own)) {
        const id = /<xdf:id>([^<]+)<\/xdf:id>/.exec(text)?.[1] as string;
        out.push({ start, end, text, id });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const occurrences = (xml: string, id: string) => xml.split(`<xdf:id>${id}</xdf:id>`).length - 1;

interface Edited {
  readonly xml: string;
  readonly removed: string;
  readonly raised: { readonly id: string; readonly uri: string; readonly from: string; readonly to: string };
  readonly narrowed: string;
}

/** Applies the three edits to fields that occur once in the file (so each edit is one element). */
function edit(xml: string): Edited {
  const once = fieldBlocks(xml).filter((block) => occurrences(xml, block.id) === 1);
  const coded = once.find((block) => block.text.includes('<xdf:codelisteReferenz>')) as FieldBlock;
  const optional = once.find(
    (block) => block !== coded && /^<xdf:struktur>\s*<xdf:anzahl>0:1<\/xdf:anzahl>/.test(block.text),
  ) as FieldBlock;
  const removed = once.find(
    (block) => block !== coded && block !== optional && !block.text.includes('<xdf:codelisteReferenz>'),
  ) as FieldBlock;
  const uri = /<xdf:canonicalIdentification>([^<]+)</.exec(coded.text)?.[1] as string;
  const from = /<xdf:genericodeIdentification>[\s\S]*?<xdf:version>([^<]+)</.exec(coded.text)?.[1] as string;
  const to = `${from}-neu`;
  const replacements = [
    { block: removed, text: '' },
    {
      block: coded,
      text: coded.text
        .replace(`<xdf:version>${from}</xdf:version>`, `<xdf:version>${to}</xdf:version>`)
        .replace(`${uri}_${from}<`, `${uri}_${to}<`),
    },
    {
      block: optional,
      text: optional.text.replace('<xdf:anzahl>0:1</xdf:anzahl>', '<xdf:anzahl>1:1</xdf:anzahl>'),
    },
  ].sort((a, b) => b.block.start - a.block.start);
  let out = xml;
  for (const { block, text } of replacements) out = out.slice(0, block.start) + text + out.slice(block.end);
  return { xml: out, removed: removed.id, raised: { id: coded.id, uri, from, to }, narrowed: optional.id };
}

function imported(xml: string): FormDefinition {
  const result = importXdf(xml);
  expect(result.report.valid).toBe(true);
  return result.definition as FormDefinition;
}

/** The key path of the element with this FIM id, with `[]` after repeated ancestors. */
function pathOf(definition: FormDefinition, id: string): string {
  const repeated = new Map<string, boolean>();
  for (const visit of elementsOf(definition)) repeated.set(visit.keyPath, visit.occurrence.repeated);
  const visit = elementsOf(definition).find((v) => v.element.id === id);
  if (!visit) throw new Error(`no element ${id}`);
  return visit.keys
    .map((key, i) =>
      i < visit.keys.length - 1 && repeated.get(visit.keys.slice(0, i + 1).join('.')) ? `${key}[]` : key,
    )
    .join('.');
}

function summary(changes: ReturnType<typeof diffDefinitions>['changes']) {
  return changes
    .map((change) => ({
      kind: change.kind,
      path: change.to?.path ?? change.from?.path,
      before: change.before,
      after: change.after,
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind));
}

describe('diff of the corpus XDF 2 schemas against edited copies', () => {
  it('S00000094 (with its genericode lists): exactly the three edits', () => {
    const dir = sharedPath('corpus', 'xdf2', 'S00000094');
    const xml = readFileSync(`${dir}/S00000094V1.0_xdf2.xml`, 'utf8');
    const lists: CodeList[] = readdirSync(dir)
      .filter((name) => name.endsWith('_genericode.xml'))
      .map((name) => importCodeList(readFileSync(`${dir}/${name}`, 'utf8')).codeList as CodeList);
    const edited = edit(xml);
    const before = imported(xml);
    const after = imported(edited.xml);
    const original = lists.find(
      (list) => list.uri === edited.raised.uri && list.version === edited.raised.from,
    );
    expect(original).toBeDefined();
    // The raised list: the same genericode file under the new version, with one code more.
    const raisedText = readFileSync(
      `${dir}/${readdirSync(dir).find((name) => readFileSync(`${dir}/${name}`, 'utf8').includes(`<gc:CanonicalVersionUri>${edited.raised.uri}_${edited.raised.from}<`))}`,
      'utf8',
    )
      .replaceAll(
        `<gc:Version>${edited.raised.from}</gc:Version>`,
        `<gc:Version>${edited.raised.to}</gc:Version>`,
      )
      .replaceAll(`${edited.raised.uri}_${edited.raised.from}<`, `${edited.raised.uri}_${edited.raised.to}<`);
    const newCode = 'NEU-999';
    const firstRow = /<gc:Row>[\s\S]*?<\/gc:Row>/.exec(raisedText)?.[0] as string;
    const firstCode = /<gc:SimpleValue>([^<]*)</.exec(firstRow)?.[1] as string;
    const raisedList = importCodeList(
      raisedText.replace(
        '</gc:SimpleCodeList>',
        `${firstRow.replace(`>${firstCode}<`, `>${newCode}<`)}</gc:SimpleCodeList>`,
      ),
    ).codeList as CodeList;
    expect(raisedList.version).toBe(edited.raised.to);

    const diff = diffDefinitions(before, after, { codeLists: [...lists, raisedList] });
    expect(summary(diff.changes)).toEqual([
      {
        kind: 'cardinality',
        path: pathOf(after, edited.narrowed),
        before: '0:1',
        after: '1:1',
      },
      {
        kind: 'code-list',
        path: pathOf(after, edited.raised.id),
        before: { uri: edited.raised.uri, version: edited.raised.from },
        after: { uri: edited.raised.uri, version: edited.raised.to },
      },
      { kind: 'element-removed', path: pathOf(before, edited.removed), before: undefined, after: undefined },
    ]);
    const byKind = new Map(diff.changes.map((change) => [change.kind, change]));
    expect(byKind.get('code-list')?.codesAdded).toEqual([newCode]);
    expect(byKind.get('code-list')?.codesRemoved).toEqual([]);
    expect(byKind.get('code-list')?.oldToNew.class).toBe('compatible');
    expect(byKind.get('code-list')?.newToOld.class).toBe('breaking');
    expect(byKind.get('cardinality')?.oldToNew.class).toBe('needs-data');
    expect(byKind.get('element-removed')?.oldToNew.class).toBe('breaking');
    // Same schema version with changes: the versioning check says so.
    expect(diff.versioning.findings.map((finding) => finding.code)).toContain('VERSION_UNCHANGED');
    expect(diff.versioning.required).toBe('major');
  });

  it('S00000121 BlaueKarte (lists not loaded): exactly the three edits', () => {
    const xml = readFileSync(sharedPath('corpus', 'xdf2', 'S00000121_BlaueKarte.xml'), 'utf8');
    const edited = edit(xml);
    const before = imported(xml);
    const after = imported(edited.xml);
    const diff = diffDefinitions(before, after);
    expect(summary(diff.changes)).toEqual([
      { kind: 'cardinality', path: pathOf(after, edited.narrowed), before: '0:1', after: '1:1' },
      {
        kind: 'code-list',
        path: pathOf(after, edited.raised.id),
        before: { uri: edited.raised.uri, version: edited.raised.from },
        after: { uri: edited.raised.uri, version: edited.raised.to },
      },
      { kind: 'element-removed', path: pathOf(before, edited.removed), before: undefined, after: undefined },
    ]);
    const codeList = diff.changes.find((change) => change.kind === 'code-list');
    expect(codeList?.codesAdded).toBeUndefined();
    expect(codeList?.oldToNew).toEqual({ class: 'breaking', reason: expect.stringMatching(/cannot prove/) });
  });

  it('a schema against itself has no changes', () => {
    const xml = readFileSync(sharedPath('corpus', 'xdf2', 'S00000121_BlaueKarte.xml'), 'utf8');
    const diff = diffDefinitions(imported(xml), imported(xml));
    expect(diff.changes).toEqual([]);
    expect(diff.versioning.findings).toEqual([]);
  });
});
