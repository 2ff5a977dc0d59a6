import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectingIo } from '../../../test/support/cli.js';
import { sharedPath } from '../../../test/support/shared.js';
import { importXdf } from '../../fim/import.js';
import { loadDefinition } from '../../model/load.js';
import { exportCommand, importCommand, jsonSchemaCommand, typesCommand } from './fim.js';

const io = collectingIo;

const BLAUE_KARTE = sharedPath('corpus', 'xdf2', 'S00000121_BlaueKarte.xml');

describe('antrag import', () => {
  it('writes the definition of a real file; the JSON loads as a definition', () => {
    const { io: cliIo, out } = io();
    expect(importCommand([BLAUE_KARTE, '-o', 'out.json'], cliIo)).toBe(0);
    const loaded = loadDefinition(out.written['out.json'] ?? '');
    expect(loaded.ok).toBe(true);
    expect(out.stderr).toContain('XDF_RULE_NOT_EXECUTABLE');
  });

  it('--json prints definition and report; unusable files exit 1 or 2', () => {
    const edge = io();
    expect(importCommand([sharedPath('corpus', 'xdf2', 'edge-minimal.xml'), '--json'], edge.io)).toBe(1);
    const parsed = JSON.parse(edge.out.stdout);
    expect(parsed.report.issues[0].code).toBe('XDF_DEFINITION_INVALID');
    expect(parsed.definition.id).toBe('T1234');
    const unknown = io();
    expect(importCommand([sharedPath('corpus', 'xdf3', 'unknown-namespace.xml')], unknown.io)).toBe(2);
    expect(unknown.out.stderr).toContain('XDF_UNKNOWN_NAMESPACE');
    expect(unknown.out.stdout).toBe('');
  });

  it('usage errors exit 2', () => {
    const { io: cliIo, out } = io();
    expect(importCommand([], cliIo)).toBe(2);
    expect(out.stderr).toContain('import needs <file.xml>');
    expect(importCommand(['a.xml', '--bogus'], cliIo)).toBe(2);
    expect(importCommand(['--help'], cliIo)).toBe(0);
    expect(out.stdout).toContain('Usage: antrag import');
  });
});

describe('antrag export', () => {
  it('writes XDF 3 of a built-in form that imports back to it', () => {
    const { io: cliIo, out } = io();
    const code = exportCommand(
      ['fuehrerschein', '--xdf', '3', '--message-id', 'a1b2', '--created-at', '2026-01-01T00:00:00Z'],
      cliIo,
    );
    expect(code).toBe(0);
    expect(out.stdout).toContain('<xdf:nachrichtID>a1b2</xdf:nachrichtID>');
    expect(importXdf(out.stdout).report.issues).toEqual([]);
  });

  it('accepts an XDF file as <form> and refuses other versions', () => {
    const { io: cliIo, out } = io();
    expect(exportCommand([BLAUE_KARTE, '-o', 'x.xml'], cliIo)).toBe(0);
    expect(out.written['x.xml']).toContain('xdatenfelder_3.0.0');
    expect(exportCommand(['fuehrerschein', '--xdf', '2'], cliIo)).toBe(2);
    expect(out.stderr).toContain('--xdf must be 3');
  });
});

describe('antrag json-schema', () => {
  it('prints the schema, with code lists and FIM-id naming', () => {
    const { io: cliIo, out } = io();
    const list = sharedPath('corpus', 'codelists', 'xinneres-geschlecht_1.xml');
    expect(jsonSchemaCommand(['fuehrerschein', '--naming', 'fim-id', '--code-list', list], cliIo)).toBe(0);
    const schema = JSON.parse(out.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.stringify(schema)).toContain('"enum":["m","w","x","d"]');
    expect(Object.keys(schema.properties)[0]).toMatch(/^F\d{11}$/);
  });

  it('rejects a bad naming and an unreadable code list', () => {
    const { io: cliIo, out } = io({ 'bad.xml': '<x/>' });
    expect(jsonSchemaCommand(['alg2', '--naming', 'id'], cliIo)).toBe(2);
    expect(jsonSchemaCommand(['alg2', '--code-list', 'bad.xml'], cliIo)).toBe(2);
    expect(out.stderr).toContain('XDF_GC_NOT_CODE_LIST');
  });
});

describe('antrag types', () => {
  it('prints TypeScript for an XDF file and for a definition JSON', () => {
    const first = io();
    expect(typesCommand([BLAUE_KARTE, '--type-name', 'BlaueKarte'], first.io)).toBe(0);
    expect(first.out.stdout).toContain('export interface BlaueKarte {');
    const definition = JSON.stringify(importXdf(readFileSync(BLAUE_KARTE)).definition);
    const second = io({ 'def.json': definition });
    expect(typesCommand(['def.json', '-o', 't.ts'], second.io)).toBe(0);
    expect(second.out.written['t.ts']).toContain('export interface AntragBlaueKarteEuSubmission {');
  });

  it('reports a broken definition file and a bad type name', () => {
    const { io: cliIo, out } = io({ 'def.json': '{"kind":"schema"}' });
    expect(typesCommand(['def.json'], cliIo)).toBe(2);
    expect(out.stderr).toContain('DEF_SCHEMA');
    expect(typesCommand(['alg2', '--type-name', 'a-b'], cliIo)).toBe(2);
  });
});
