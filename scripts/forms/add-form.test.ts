/**
 * Adding a fourth form as the standards-editor guide shows it (section 4): in a copy of the
 * repository, the guide's three files — `schemas/bewohnerparken/manifest.json`, `form.ts`,
 * `notes.ts`, taken from its code blocks fenced with `file=<path>` — then its one command
 * (`npm run forms:write`, run as `node --import tsx scripts/write-forms.ts`). The form is then
 * in the CLI, the exports map, the build entries, `antrag/forms`, the API surface and
 * docs/forms.md, and has its first version frozen. The copy holds what the command reads (src,
 * schemas, scripts, docs and the config files) with node_modules linked; nothing is built or
 * packed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED } from './generate.js';

const ROOT = process.cwd();
const GUIDE = 'docs/guides/standards-editor.md';
let copy = '';
let written: ReturnType<typeof spawnSync>;

/** The code blocks of the guide fenced as ```<lang> [no-run] file=<path>, by path. */
function guideFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const pattern = /^```\w+(?: no-run)? file=(\S+)\n([\s\S]*?)^```$/gm;
  for (const match of readFileSync(GUIDE, 'utf8').matchAll(pattern)) {
    files.set(match[1] as string, match[2] as string);
  }
  return files;
}

const FILES = guideFiles();
const MANIFEST = JSON.parse(FILES.get('schemas/bewohnerparken/manifest.json') ?? '{}');

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
  for (const [path, text] of FILES) {
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    writeFileSync(join(copy, path), text);
  }
  written = tsx(['scripts/write-forms.ts']);
}, 180_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/**
 * What the copy offers after the command, gathered in one process (one tsx start instead of one
 * per question): the CLI's answers, the tsup entries and the exports of `antrag/forms`.
 */
const CHECKS = `import { readFileSync } from 'node:fs';
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
  ok: cli('validate', 'bewohnerparken', 'ok.json', '--json'),
  wrong: cli('validate', 'bewohnerparken', 'wrong.json', '--json'),
  misspelt: cli('validate', 'bewohnerparke', 'ok.json'),
  lint: cli('lint', 'bewohnerparken').code,
  entries: config.entry,
  forms: { key: forms.bewohnerparken?.key, muster: forms.KENNZEICHEN_MUSTER, alg2: forms.alg2?.key },
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
  wrong: Cli;
  misspelt: Cli;
  lint: number;
  entries: Record<string, string>;
  forms: unknown;
};

describe('adding a fourth form as the standards-editor guide shows: a folder, then npm run forms:write', () => {
  beforeAll(() => {
    writeFileSync(
      join(copy, 'ok.json'),
      JSON.stringify({ familienname: 'Mustermann', kennzeichen: 'B-AB 123' }),
    );
    writeFileSync(
      join(copy, 'wrong.json'),
      JSON.stringify({ familienname: 'Mustermann', kennzeichen: 'B AB 123' }),
    );
    writeFileSync(join(copy, 'checks.mts'), CHECKS);
    const result = tsx(['checks.mts']);
    if (result.status !== 0) throw new Error(`checks.mts failed:\n${result.stderr}`);
    checks = JSON.parse(result.stdout);
  }, 120_000);

  it('the guide has the three files, the manifest naming the form', () => {
    expect([...FILES.keys()].sort()).toEqual([
      'schemas/bewohnerparken/form.ts',
      'schemas/bewohnerparken/manifest.json',
      'schemas/bewohnerparken/notes.ts',
    ]);
    expect(MANIFEST).toMatchObject({ name: 'bewohnerparken', versions: [] });
  });

  it('the command succeeds and says what it wrote', () => {
    expect(written.stderr).toBe('');
    expect(written.status).toBe(0);
    for (const file of ['src/forms/registry.ts', 'src/forms/index.ts', 'package.json', 'tsconfig.json']) {
      expect(written.stdout).toContain(`wrote ${file}`);
    }
    expect(readFileSync(join(copy, 'src/forms/registry.ts'), 'utf8')).toContain(GENERATED);
  });

  it('the CLI lists the form, lints and validates with it by name, and suggests it for a misspelt name', () => {
    expect(checks.help).toContain('(fuehrerschein, personenbefoerderungsschein, alg2, bewohnerparken)');
    expect(checks.lint).toBe(0);
    expect(checks.ok.code, checks.ok.stderr).toBe(0);
    expect(checks.wrong.code, checks.wrong.stderr).toBe(1);
    const issues = JSON.parse(checks.wrong.stdout).issues as { code: string; path: string }[];
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'PATTERN', path: '/kennzeichen' },
    ]);
    expect(checks.misspelt.code).toBe(2);
    expect(checks.misspelt.stderr).toContain('Did you mean "bewohnerparken"?');
  });

  it('package.json exports antrag/forms/bewohnerparken (ESM, CommonJS, types) and typesVersions maps it', () => {
    const pkg = readJson('package.json');
    expect(pkg.exports['./forms/bewohnerparken']).toEqual({
      import: { types: './dist/forms/bewohnerparken.d.ts', default: './dist/forms/bewohnerparken.js' },
      require: { types: './dist/forms/bewohnerparken.d.cts', default: './dist/forms/bewohnerparken.cjs' },
    });
    // The repository's own exports, with the new form after the last form and nothing else moved.
    const before: string[] = Object.keys(
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).exports,
    );
    const lastForm = before.reduce((last, key, index) => (key.startsWith('./forms/') ? index : last), -1);
    expect(Object.keys(pkg.exports)).toEqual([
      ...before.slice(0, lastForm + 1),
      './forms/bewohnerparken',
      ...before.slice(lastForm + 1),
    ]);
    expect(pkg.typesVersions['*']['forms/bewohnerparken']).toEqual(['./dist/forms/bewohnerparken.d.ts']);
    expect(readJson('tsconfig.json').compilerOptions.paths['antrag/forms/bewohnerparken']).toEqual([
      './schemas/bewohnerparken/form.ts',
    ]);
  });

  it('tsup builds it as the entry forms/bewohnerparken', () => {
    expect(checks.entries['forms/bewohnerparken']).toBe('schemas/bewohnerparken/form.ts');
  });

  it('antrag/forms exports the form, its extras and its type; the API surface lists them', () => {
    expect(checks.forms).toEqual({
      key: 'bewohnerparken',
      muster: '[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9][0-9]{0,3}[EH]?',
      alg2: 'alg2',
    });
    const surface = readFileSync(join(copy, 'docs/api-surface.md'), 'utf8');
    const index = surface.slice(surface.indexOf('## `antrag/forms`'), surface.indexOf('## `antrag/forms/'));
    expect(index).toContain('- BewohnerparkenAntrag (type)');
    expect(index).toContain('- KENNZEICHEN_MUSTER (const)');
    expect(surface).toContain(
      '## `antrag/forms/bewohnerparken`\n\n- BewohnerparkenAntrag (type)\n- KENNZEICHEN_MUSTER (const)\n- bewohnerparken (const)\n',
    );
  });

  it('docs/forms.md describes the form with its notes and elements', () => {
    const forms = readFileSync(join(copy, 'docs/forms.md'), 'utf8');
    const section = forms.slice(forms.indexOf('Antrag auf einen Bewohnerparkausweis'));
    expect(section).toContain('The registration number has the form of a German Kennzeichen');
    expect(section).toContain('§ 45 Abs. 1b Satz 1 Nr. 2a StVO');
    expect(section).toContain('F99000000502');
  });

  it('freezes the first version and lists it in the manifest', () => {
    const frozen = readJson('schemas/bewohnerparken/versions/1.0.0.json');
    expect(frozen).toMatchObject({ id: 'S99000000500', version: '1.0.0', key: 'bewohnerparken' });
    expect(readJson('schemas/bewohnerparken/manifest.json')).toEqual({ ...MANIFEST, versions: ['1.0.0'] });
  });
});
