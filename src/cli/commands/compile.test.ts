/** `antrag compile`: writes a module that validates as the interpreter does; errors are exit 2. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fuehrerschein } from '../../../schemas/fuehrerschein/form.js';
import { collectingIo } from '../../../test/support/cli.js';
import { compile } from '../../validate/compile.js';
import { run } from '../main.js';

const RUNTIME = fileURLToPath(new URL('../../runtime/index.ts', import.meta.url));

const cli = collectingIo;

describe('antrag compile', () => {
  it('writes a validator module that reports what compile(form).validate reports', async () => {
    const { io, out } = cli();
    expect(run(['compile', 'fuehrerschein', '-o', 'v.js', '--runtime', RUNTIME], io)).toBe(0);
    const source = out.written['v.js'] ?? '';
    expect(source).toContain(`from ${JSON.stringify(RUNTIME)}`);
    const file = join(mkdtempSync(join(tmpdir(), 'antrag-cli-compile-')), 'v.mjs');
    writeFileSync(file, source);
    const module = await import(/* @vite-ignore */ pathToFileURL(file).href);
    expect(module.form).toEqual({
      id: fuehrerschein.id,
      version: fuehrerschein.version,
      key: fuehrerschein.key,
    });
    const valid = JSON.parse(readFileSync('examples/fuehrerschein/valid.json', 'utf8'));
    const options = { referenceDate: '2026-03-02' };
    expect(module.validate(valid, options)).toStrictEqual(compile(fuehrerschein).validate(valid, options));
    expect(module.validate(valid, options).valid).toBe(true);
    const invalid = { ...valid, antragsteller: { ...valid.antragsteller, geburtsdatum: '2020-02-30' } };
    const report = module.validate(invalid, options);
    expect(report.valid).toBe(false);
    expect(report).toStrictEqual(compile(fuehrerschein).validate(invalid, options));
  });

  it('prints the module to standard output without -o, importing antrag/runtime', () => {
    const { io, out } = cli();
    expect(run(['compile', 'fuehrerschein'], io)).toBe(0);
    expect(out.stdout).toMatch(/^import \{[^}]+\} from "antrag\/runtime";$/m);
    expect(out.stdout).toContain('export function validate(data, options = {})');
  });

  it('exits 2 for an unknown form, a broken definition and a missing argument', () => {
    const unknown = cli();
    expect(run(['compile', 'fuehrerscheinn'], unknown.io)).toBe(2);
    expect(unknown.out.stderr).toContain('fuehrerschein');
    const broken = { ...fuehrerschein, id: 'not-an-id' };
    const bad = cli({ 'bad.json': JSON.stringify(broken) });
    expect(run(['compile', 'bad.json'], bad.io)).toBe(2);
    expect(bad.out.stderr).toMatch(/DEF_/);
    expect(run(['compile'], cli().io)).toBe(2);
  });

  it('has a help text with an example', () => {
    const { io, out } = cli();
    expect(run(['compile', '--help'], io)).toBe(0);
    expect(out.stdout).toContain('Usage: antrag compile');
    expect(out.stdout).toContain('Example');
  });
});
