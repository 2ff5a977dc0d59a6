import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.js';
import { deriveForm } from '../../evolution/derive/derive.js';
import { importXdf } from '../../fim/import.js';
import { fuehrerschein } from '../../forms/index.js';
import { loadDefinition } from '../../model/load.js';

const EXAMPLE = 'examples/derivations/fuehrerschein-bayern.json';

const cli = runCli;

const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
const expected = deriveForm(fuehrerschein, example);

describe('antrag derive', () => {
  it('prints the derived definition as JSON, which loads as a definition equal to deriveForm', () => {
    const result = cli(['derive', 'fuehrerschein', EXAMPLE]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const loaded = loadDefinition(result.stdout);
    expect(loaded.ok && loaded.definition).toEqual(expected);
  });

  it('writes XDatenfelder 3 with --xdf to -o, reproducibly; it imports as the derived definition', () => {
    const argv = ['derive', 'fuehrerschein', EXAMPLE, '--xdf', '-o', 'bayern.xml'];
    const fixed = ['--message-id', 'm-1', '--created-at', '2026-03-02T10:00:00Z'];
    const first = cli([...argv, ...fixed]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    const xml = first.written['bayern.xml'] ?? '';
    expect(cli([...argv, ...fixed]).written['bayern.xml']).toBe(xml);
    expect(importXdf(xml).definition).toEqual(expected);
  });

  it('accepts the parent as a definition JSON file', () => {
    const files = { 'parent.json': JSON.stringify(fuehrerschein) };
    const result = cli(['derive', 'parent.json', EXAMPLE], files);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it('reports findings with exit code 1 and writes nothing (human and --json)', () => {
    const widened = structuredClone(example);
    widened.modifications.push({ kind: 'cardinality', path: '/vorhandeneFahrerlaubnis', cardinality: '0:*' });
    const files = { 'widened.json': JSON.stringify(widened) };
    const human = cli(['derive', 'fuehrerschein', 'widened.json', '-o', 'out.json', '--lang', 'en'], files);
    expect(human.code).toBe(1);
    expect(human.stderr).toContain('DERIVE_CARDINALITY_WIDENED');
    expect(human.stderr).toContain('widens the parent cardinality 0:16');
    expect(human.written).toEqual({});
    const json = cli(['derive', 'fuehrerschein', 'widened.json', '--json'], files);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.errors).toBe(1);
    expect(
      parsed.findings.map((finding: { code: string; path: string }) => `${finding.code} ${finding.path}`),
    ).toEqual(['DERIVE_CARDINALITY_WIDENED /modifications/6']);
  });

  it('a derivation that does not match the format is a finding (exit 1); one that is not JSON is exit 2', () => {
    const files = { 'bad.json': JSON.stringify({ format: 'antrag/derivation@1' }), 'nojson.json': '{' };
    const bad = cli(['derive', 'fuehrerschein', 'bad.json'], files);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('DERIVE_SCHEMA');
    const notJson = cli(['derive', 'fuehrerschein', 'nojson.json'], files);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('is not JSON');
  });

  it('usage errors and unknown parents are exit 2', () => {
    expect(cli(['derive', 'fuehrerschein']).code).toBe(2);
    expect(cli(['derive', 'fuehrerschein', EXAMPLE, '--message-id', 'x']).code).toBe(2);
    const unknown = cli(['derive', 'fuehrerscheinn', EXAMPLE]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Did you mean "fuehrerschein"?');
    expect(cli(['derive', 'fuehrerschein', 'missing.json']).code).toBe(2);
  });

  it('has its help with an example, also through antrag help derive', () => {
    const help = cli(['derive', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: antrag derive');
    expect(help.stdout).toMatch(/Example/);
    expect(cli(['help', 'derive']).stdout).toBe(help.stdout);
  });
});
