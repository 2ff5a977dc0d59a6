/**
 * The package as published: `npm pack` (building in `prepack`), install the tarball into a fresh
 * project, then import it from ESM and CommonJS, type-check TypeScript consumers against it under
 * every module resolution (node10 included), run the CLI through `npx`, and check the tarball
 * with publint and Are the Types Wrong. Catches what unit tests cannot: missing files, wrong
 * exports, broken bins, types that do not resolve.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NPM, packedPackage, ROOT } from './support/packed.js';

let project = '';
let tarball = '';
let files: readonly string[] = [];

function run(command: string, args: string[], cwd = project) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

beforeAll(() => {
  ({ project, tarball, files } = packedPackage());
  copyFileSync(join(ROOT, 'examples/fuehrerschein/valid.json'), join(project, 'valid.json'));
  copyFileSync(
    join(ROOT, 'examples/fuehrerschein/invalid/mindestalter-b.json'),
    join(project, 'invalid.json'),
  );
}, 300_000);

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

  const resolutions = [
    { module: 'node16', moduleResolution: 'node16' },
    { module: 'nodenext', moduleResolution: 'nodenext' },
    { module: 'esnext', moduleResolution: 'bundler' },
    { module: 'commonjs', moduleResolution: 'node10' },
  ] as const;
  for (const options of resolutions) {
    it(`type-checks a TypeScript consumer (${options.moduleResolution} resolution, strict)`, () => {
      const name = `consumer-${options.moduleResolution}`;
      writeFileSync(
        join(project, `${name}.ts`),
        `import { compile, type Report } from 'antrag';
import { type FuehrerscheinAntrag, fuehrerschein } from 'antrag/forms/fuehrerschein';
import { alg2 } from 'antrag/forms/alg2';
import { personenbefoerderungsschein } from 'antrag/forms/personenbefoerderungsschein';
import { FAHRERLAUBNISKLASSEN } from 'antrag/forms';
const antrag: Partial<FuehrerscheinAntrag> = { antragsart: 'bf17', beantragteKlassen: ['B'] };
const report: Report = compile(fuehrerschein).validate(antrag);
export const ok: boolean = report.valid;
export const keys: string[] = [alg2.key, personenbefoerderungsschein.key, ...FAHRERLAUBNISKLASSEN.map((k) => k.code)];
// @ts-expect-error: not a code of the Antragsart list
export const wrong: FuehrerscheinAntrag['antragsart'] = 'erstantrag';
`,
      );
      writeFileSync(
        join(project, `tsconfig.${name}.json`),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            target: 'es2022',
            ...options,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: [`${name}.ts`],
        }),
      );
      const result = run(process.execPath, [
        join(ROOT, 'node_modules/typescript/bin/tsc'),
        '-p',
        join(project, `tsconfig.${name}.json`),
      ]);
      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  }

  it('Are the Types Wrong (default profile, node10 included) finds no problem in the tarball', () => {
    const result = run(process.execPath, [
      join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
      tarball,
      '--format',
      'json',
    ]);
    const analysis = JSON.parse(result.stdout) as { analysis: { problems: unknown[] } };
    expect(analysis.analysis.problems).toEqual([]);
    expect(result.status).toBe(0);
  }, 120_000);

  it('publint --strict finds nothing in the tarball', () => {
    const result = run(process.execPath, [
      join(ROOT, 'node_modules/publint/src/cli.js'),
      'run',
      tarball,
      '--strict',
    ]);
    expect(result.stdout).toContain('All good!');
    expect(result.status).toBe(0);
  }, 120_000);

  it('has only zod, the Standard Schema types and the HTTP service (fastify, ajv) as dependencies, and no install scripts', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/antrag/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      scripts?: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies).sort()).toEqual([
      '@standard-schema/spec',
      'ajv',
      'fastify',
      'zod',
    ]);
    // Only `antrag serve` loads the service's dependencies; the library entries never import them.
    for (const entry of ['index.js', 'index.cjs', 'forms/index.js']) {
      const code = readFileSync(join(project, 'node_modules/antrag/dist', entry), 'utf8');
      expect(code, entry).not.toMatch(/["'](?:fastify|ajv)["']/);
    }
    for (const script of ['install', 'preinstall', 'postinstall', 'prepare']) {
      expect(manifest.scripts?.[script], script).toBeUndefined();
    }
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
