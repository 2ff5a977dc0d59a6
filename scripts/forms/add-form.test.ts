/**
 * Adding a fourth form as the standards-editor guide shows it: in a copy of the repository, a
 * folder `schemas/probe/` with its definition module and a manifest, then one command
 * (`npm run forms:write`, run as `node --import tsx scripts/write-forms.ts`). The form is then
 * in the CLI, the exports map, the build entries, `antrag/forms`, the API surface and has its
 * first version frozen. The copy holds what the command reads (src, schemas, scripts, docs and
 * the config files) with node_modules linked; nothing is built or packed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED } from './generate.js';

const ROOT = process.cwd();
let copy = '';
let written: ReturnType<typeof spawnSync>;

const PROBE_FORM = `/** A throwaway form for the test that adds a fourth form. */
import { defineForm, field, type Submission } from '../../src/model/builders.js';

export const PROBE_MAX_LENGTH = 20;

export const probe = defineForm({
  id: 'S99000009900',
  version: '1.0.0',
  name: 'Probeantrag',
  key: 'probe',
  children: [
    field.text({
      key: 'name',
      id: 'F99000009901',
      version: '1.0.0',
      name: 'Name',
      label: { de: 'Name' },
      praezisierung: { maxLength: PROBE_MAX_LENGTH },
    }),
  ],
});

export type ProbeAntrag = Submission<typeof probe>;
`;

const PROBE_NOTES = `import type { FormNotes } from '../../scripts/docs/forms.js';

export const notes: FormNotes = {
  dates: ['The probe has no dates.'],
  checks: [{ text: 'A name of at most 20 characters', bezug: '§ 1 ProbeV' }],
  records: [],
  authority: [{ text: 'Whether the name is true', bezug: '§ 2 ProbeV' }],
};
`;

const PROBE_MANIFEST = {
  name: 'probe',
  order: 4,
  module: 'form.ts',
  notes: 'notes.ts',
  export: 'probe',
  type: 'ProbeAntrag',
  extraExports: ['PROBE_MAX_LENGTH'],
  versions: [],
};

/** Runs node with tsx in the copy. */
function tsx(args: readonly string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: copy, encoding: 'utf8' });
}

const readJson = (path: string) => JSON.parse(readFileSync(join(copy, path), 'utf8'));

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'antrag-add-form-'));
  for (const dir of ['src', 'schemas', 'scripts', 'docs']) {
    cpSync(join(ROOT, dir), join(copy, dir), {
      recursive: true,
      filter: (path) => !path.includes(`${join(ROOT, 'docs', 'api')}`),
    });
  }
  for (const file of ['package.json', 'tsconfig.json', 'tsup.config.ts', 'biome.json']) {
    cpSync(join(ROOT, file), join(copy, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'junction');
  mkdirSync(join(copy, 'schemas/probe'));
  writeFileSync(join(copy, 'schemas/probe/form.ts'), PROBE_FORM);
  writeFileSync(join(copy, 'schemas/probe/notes.ts'), PROBE_NOTES);
  writeFileSync(join(copy, 'schemas/probe/manifest.json'), `${JSON.stringify(PROBE_MANIFEST, null, 2)}\n`);
  written = tsx(['scripts/write-forms.ts']);
}, 180_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/**
 * What the copy offers after the command, gathered in one process (one tsx start instead of one
 * per question): the CLI's answers, the tsup entries and the exports of `antrag/forms`.
 */
const PROBE_CHECKS = `import { readFileSync } from 'node:fs';
import { run } from './src/cli/main.ts';
import * as forms from './src/forms/index.ts';
import config from './tsup.config.ts';

function cli(...argv) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readFile: (p) => readFileSync(p), color: false };
  const code = run(argv, io);
  return { code, stdout, stderr };
}
console.log(JSON.stringify({
  help: cli('--help').stdout,
  ok: cli('validate', 'probe', 'ok.json', '--json'),
  long: cli('validate', 'probe', 'long.json', '--json'),
  misspelt: cli('validate', 'prob', 'ok.json'),
  entries: config.entry,
  forms: { key: forms.probe?.key, max: forms.PROBE_MAX_LENGTH, alg2: forms.alg2?.key },
}));
`;

interface Cli {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}
let checks: {
  help: string;
  ok: Cli;
  long: Cli;
  misspelt: Cli;
  entries: Record<string, string>;
  forms: unknown;
};

describe('adding a fourth form: a folder with its manifest, then npm run forms:write', () => {
  beforeAll(() => {
    writeFileSync(join(copy, 'ok.json'), JSON.stringify({ name: 'Erika' }));
    writeFileSync(join(copy, 'long.json'), JSON.stringify({ name: 'x'.repeat(21) }));
    writeFileSync(join(copy, 'probe-checks.mts'), PROBE_CHECKS);
    const result = tsx(['probe-checks.mts']);
    if (result.status !== 0) throw new Error(`probe-checks.mts failed:\n${result.stderr}`);
    checks = JSON.parse(result.stdout);
  }, 120_000);

  it('the command succeeds and says what it wrote', () => {
    expect(written.stderr).toBe('');
    expect(written.status).toBe(0);
    for (const file of ['src/forms/registry.ts', 'src/forms/index.ts', 'package.json', 'tsconfig.json']) {
      expect(written.stdout).toContain(`wrote ${file}`);
    }
    expect(readFileSync(join(copy, 'src/forms/registry.ts'), 'utf8')).toContain(GENERATED);
  });

  it('the CLI lists the form, runs it by name and suggests it for a misspelt name', () => {
    expect(checks.help).toContain('(fuehrerschein, personenbefoerderungsschein, alg2, probe)');
    expect(checks.ok.code, checks.ok.stderr).toBe(0);
    expect(checks.long.code, checks.long.stderr).toBe(1);
    const codes = JSON.parse(checks.long.stdout).issues.map((issue: { code: string }) => issue.code);
    expect(codes).toEqual(['MAX_LENGTH']);
    expect(checks.misspelt.code).toBe(2);
    expect(checks.misspelt.stderr).toContain('Did you mean "probe"?');
  });

  it('package.json exports antrag/forms/probe (ESM, CommonJS, types) and typesVersions maps it', () => {
    const pkg = readJson('package.json');
    expect(pkg.exports['./forms/probe']).toEqual({
      import: { types: './dist/forms/probe.d.ts', default: './dist/forms/probe.js' },
      require: { types: './dist/forms/probe.d.cts', default: './dist/forms/probe.cjs' },
    });
    expect(Object.keys(pkg.exports)).toEqual([
      '.',
      './forms',
      './forms/fuehrerschein',
      './forms/personenbefoerderungsschein',
      './forms/alg2',
      './forms/probe',
      './package.json',
    ]);
    expect(pkg.typesVersions['*']['forms/probe']).toEqual(['./dist/forms/probe.d.ts']);
    expect(readJson('tsconfig.json').compilerOptions.paths['antrag/forms/probe']).toEqual([
      './schemas/probe/form.ts',
    ]);
  });

  it('tsup builds it as the entry forms/probe', () => {
    expect(checks.entries['forms/probe']).toBe('schemas/probe/form.ts');
  });

  it('antrag/forms exports the form, its extras and its type; the API surface lists them', () => {
    expect(checks.forms).toEqual({ key: 'probe', max: 20, alg2: 'alg2' });
    const surface = readFileSync(join(copy, 'docs/api-surface.md'), 'utf8');
    const index = surface.slice(surface.indexOf('## `antrag/forms`'), surface.indexOf('## `antrag/forms/'));
    expect(index).toContain('- ProbeAntrag (type)');
    expect(index).toContain('- PROBE_MAX_LENGTH (const)');
    expect(surface).toContain(
      '## `antrag/forms/probe`\n\n- PROBE_MAX_LENGTH (const)\n- ProbeAntrag (type)\n- probe (const)\n',
    );
  });

  it('docs/forms.md describes the form with its notes', () => {
    const forms = readFileSync(join(copy, 'docs/forms.md'), 'utf8');
    const section = forms.slice(forms.indexOf('Probeantrag'));
    expect(section).toContain('A name of at most 20 characters');
    expect(section).toContain('Whether the name is true');
    expect(section).toContain('F99000009901');
  });

  it('freezes the first version and lists it in the manifest', () => {
    const frozen = readJson('schemas/probe/versions/1.0.0.json');
    expect(frozen).toMatchObject({ id: 'S99000009900', version: '1.0.0', key: 'probe' });
    expect(readJson('schemas/probe/manifest.json')).toEqual({ ...PROBE_MANIFEST, versions: ['1.0.0'] });
  });
});
