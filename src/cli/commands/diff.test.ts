/** `antrag diff`: the change table, --json, exit codes, and the sides as built-in forms or files. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectingIo } from '../../../test/support/cli.js';
import { diffDefinitions } from '../../evolution/diff/index.js';
import { builtInForms } from '../../forms/registry.js';
import { loadDefinition } from '../../model/load.js';
import type { FormDefinition } from '../../model/types.js';
import { run } from '../main.js';

const OLD = 'schemas/fuehrerschein/versions/1.0.0.json';

const cli = collectingIo;

const fuehrerschein = builtInForms.get('fuehrerschein') as FormDefinition;
const oldVersion = (() => {
  const loaded = loadDefinition(readFileSync(OLD, 'utf8'));
  if (!loaded.ok) throw new Error('1.0.0 does not load');
  return loaded.definition;
})();

describe('antrag diff', () => {
  it('--json prints what diffDefinitions returns, and exits 1 when old submissions break', () => {
    const { io, out } = cli();
    expect(run(['diff', OLD, 'fuehrerschein', '--json'], io)).toBe(1);
    expect(JSON.parse(out.stdout)).toEqual(
      JSON.parse(JSON.stringify(diffDefinitions(oldVersion, fuehrerschein))),
    );
    expect(out.stderr).toBe('');
  });

  it('prints the changes grouped by breaking, needs data and compatible, with paths and reasons', () => {
    const { io, out } = cli();
    expect(run(['diff', OLD, 'fuehrerschein', '--lang', 'en'], io)).toBe(1);
    const text = out.stdout;
    const diff = diffDefinitions(oldVersion, fuehrerschein);
    expect(text).toContain(`fuehrerschein 1.0.0 → fuehrerschein 2.0.0: ${diff.changes.length} changes`);
    const headings = ['Breaking (old → new)', 'Needs data (old → new)', 'Compatible (old → new)'];
    const at = headings.map((heading) => text.indexOf(heading));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Each group holds exactly its changes: one line per change, in its section.
    for (const [i, group] of (['breaking', 'needs-data', 'compatible'] as const).entries()) {
      const section = text.slice(at[i], i + 1 < at.length ? at[i + 1] : text.indexOf('\nVersion step'));
      const count = diff.changes.filter((change) => change.oldToNew.class === group).length;
      expect(section).toContain(`: ${count}\n`);
      expect(section.split('\n').filter((line) => line.startsWith('  ')).length).toBe(count);
    }
    // A new required group is a change that needs data, shown with its path and reason.
    expect(text).toMatch(/element-added +antragsteller\.ausweisdokument +new required element/);
    expect(text).toContain('Version step: 1.0.0 → 2.0.0 (major), required: major');
  });

  it('exits 0 for the same definition, with no changes (and German by default)', () => {
    const { io, out } = cli();
    expect(run(['diff', 'fuehrerschein', 'fuehrerschein'], io)).toBe(0);
    expect(out.stdout).toContain('fuehrerschein 2.0.0 → fuehrerschein 2.0.0: keine Änderungen');
  });

  it('exits 0 for a compatible change under a fitting version step, 1 for a version that did not move', () => {
    const edited: FormDefinition = {
      ...fuehrerschein,
      version: '2.1.0',
      children: [
        ...fuehrerschein.children,
        {
          kind: 'field',
          key: 'notiz',
          id: 'F99000009998',
          version: '1.0.0',
          name: 'Notiz',
          cardinality: '0:1',
          feldart: 'input',
          datentyp: 'text',
        },
      ],
    };
    const minor = cli({ 'edited.json': JSON.stringify(edited) });
    expect(run(['diff', 'fuehrerschein', 'edited.json', '--json'], minor.io)).toBe(0);
    const result = JSON.parse(minor.out.stdout);
    expect(result.changes).toHaveLength(1);
    expect(result.versioning).toMatchObject({ step: 'minor', required: 'minor', findings: [] });
    const same = cli({ 'edited.json': JSON.stringify({ ...edited, version: fuehrerschein.version }) });
    expect(run(['diff', 'fuehrerschein', 'edited.json'], same.io)).toBe(1);
    expect(same.out.stdout).toContain('VERSION_UNCHANGED');
  });

  it('lists codes added and removed with --code-list', () => {
    const xml = (version: string, codes: string[]) =>
      `<CodeList xmlns="http://docs.oasis-open.org/codelist/ns/genericode/1.0/"><Identification><ShortName>g</ShortName><Version>${version}</Version><CanonicalUri>urn:test:g</CanonicalUri><CanonicalVersionUri>urn:test:g_${version}</CanonicalVersionUri></Identification><ColumnSet><Column Id="code" Use="required"><ShortName>code</ShortName><Data Type="string"/></Column><Key Id="k"><ShortName>k</ShortName><ColumnRef Ref="code"/></Key></ColumnSet><SimpleCodeList>${codes.map((c) => `<Row><Value ColumnRef="code"><SimpleValue>${c}</SimpleValue></Value></Row>`).join('')}</SimpleCodeList></CodeList>`;
    const form = (version: string): FormDefinition => ({
      kind: 'schema',
      format: 'antrag/definition@1',
      id: 'S99000009999',
      version: `${version}.0`,
      name: 'Test',
      key: 'test',
      children: [
        {
          kind: 'field',
          key: 'g',
          id: 'F99000009999',
          version: '1.0.0',
          name: 'G',
          feldart: 'select',
          datentyp: 'text',
          codeList: { uri: 'urn:test:g', version },
        },
      ],
    });
    const { io, out } = cli({
      'a.json': JSON.stringify(form('1')),
      'b.json': JSON.stringify(form('2')),
      'g1.xml': xml('1', ['a', 'b']),
      'g2.xml': xml('2', ['b', 'c']),
    });
    const code = run(
      ['diff', 'a.json', 'b.json', '--json', '--code-list', 'g1.xml', '--code-list', 'g2.xml'],
      io,
    );
    expect(out.stderr).toBe('');
    expect(code).toBe(1);
    const [change] = JSON.parse(out.stdout).changes;
    expect(change).toMatchObject({ kind: 'code-list', codesAdded: ['c'], codesRemoved: ['a'] });
    expect(change.oldToNew.class).toBe('breaking');
  });

  it('usage errors and unreadable sides exit 2', () => {
    expect(run(['diff', 'fuehrerschein'], cli().io)).toBe(2);
    const missing = cli();
    expect(run(['diff', 'fuehrerschein', 'no-such-file.json'], missing.io)).toBe(2);
    expect(missing.out.stderr).toContain('unknown form "no-such-file.json"');
    const broken = cli({ 'broken.json': '{"kind":"schema"}' });
    expect(run(['diff', 'broken.json', 'fuehrerschein'], broken.io)).toBe(2);
    expect(broken.out.stderr).toContain('has errors');
  });
});
