/**
 * The package as published: build, `npm pack`, install the tarball into a fresh project, then
 * import it from ESM and CommonJS, type-check a TypeScript consumer against it, and run the CLI
 * through `npx`. Catches what unit tests cannot: missing files, wrong exports, broken bins.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let project = '';
let files: string[] = [];

function run(command: string, args: string[], cwd = project) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'antrag-package-'));
  execFileSync(NPM, ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const packed = JSON.parse(
    execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', project], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const tarball = packed[0];
  if (!tarball) throw new Error('npm pack produced nothing');
  files = tarball.files.map((file) => file.path);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const install = run(NPM, [
    'install',
    join(project, tarball.filename),
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
  ]);
  if (install.status !== 0) throw new Error(`npm install failed: ${install.stderr}`);
  copyFileSync(join(ROOT, 'examples/fuehrerschein/valid.json'), join(project, 'valid.json'));
  copyFileSync(
    join(ROOT, 'examples/fuehrerschein/invalid/mindestalter-b.json'),
    join(project, 'invalid.json'),
  );
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the published package', () => {
  it('contains only the build, the README, the licence and package.json', () => {
    expect(files.filter((path) => !path.startsWith('dist/')).sort()).toEqual([
      'LICENSE',
      'README.md',
      'package.json',
    ]);
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.cjs');
    expect(files).toContain('dist/index.d.ts');
    expect(files.some((path) => path.endsWith('.test.js') || path.includes('examples/'))).toBe(false);
  });

  it('works from ESM', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { readFileSync } from 'node:fs';
import { compile } from 'antrag';
import { fuehrerschein } from 'antrag/forms/fuehrerschein';
import { alg2 } from 'antrag/forms';
const data = JSON.parse(readFileSync('valid.json', 'utf8'));
const report = compile(fuehrerschein).validate(data);
console.log(JSON.stringify({ valid: report.valid, alg2: alg2.key }));
`,
    );
    const result = run(process.execPath, ['esm.mjs']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ valid: true, alg2: 'alg2' });
  });

  it('works from CommonJS', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { compile, lint } = require('antrag');
const { personenbefoerderungsschein } = require('antrag/forms/personenbefoerderungsschein');
const report = compile(personenbefoerderungsschein).validate({});
console.log(JSON.stringify({ valid: report.valid, lint: lint(personenbefoerderungsschein).length }));
`,
    );
    const result = run(process.execPath, ['cjs.cjs']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ valid: false, lint: 0 });
  });

  it('type-checks a TypeScript consumer (node16 resolution, strict)', () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { compile, type Report } from 'antrag';
import { type FuehrerscheinAntrag, fuehrerschein } from 'antrag/forms/fuehrerschein';
const antrag: Partial<FuehrerscheinAntrag> = { antragsart: 'bf17', beantragteKlassen: ['B'] };
const report: Report = compile(fuehrerschein).validate(antrag);
export const ok: boolean = report.valid;
// @ts-expect-error: not a code of the Antragsart list
export const wrong: FuehrerscheinAntrag['antragsart'] = 'erstantrag';
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'node16',
          moduleResolution: 'node16',
          noEmit: true,
          skipLibCheck: false,
        },
        files: ['consumer.ts'],
      }),
    );
    const result = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project]);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('runs the CLI with npx', () => {
    const help = run(NPM, ['exec', '--offline', '--', 'antrag', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('antrag validate <form>');
    expect(
      run(NPM, ['exec', '--offline', '--', 'antrag', 'validate', 'fuehrerschein', 'valid.json']).status,
    ).toBe(0);
    const invalid = run(NPM, [
      'exec',
      '--offline',
      '--',
      'antrag',
      'validate',
      'fuehrerschein',
      'invalid.json',
      '--json',
    ]);
    expect(invalid.status).toBe(1);
    expect(JSON.parse(invalid.stdout).issues.map((issue: { code: string }) => issue.code)).toContain(
      'FE_MINDESTALTER',
    );
  });
});
