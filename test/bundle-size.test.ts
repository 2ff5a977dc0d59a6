/**
 * What a portal ships: bundles built from the packed package (npm pack → install → bundle), with
 * esbuild (`--bundle --minify`) and with rollup (node-resolve for the browser, terser), measured
 * gzip-compressed (zlib level 9). Four bundles: the engine alone, validation alone (compile + one
 * shipped form + validate), validation + XML (also a session, toXml and fromXml), and
 * ahead-of-time validation (the Führerschein module written by `antrag compile` + the runtime). Each stays within its
 * budget, pulls in no zod (it serves only definition files and XDF import) and no Node built-in,
 * and the README states the numbers measured here.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInProject } from './support/aot.js';
import { packedPackage, ROOT } from './support/packed.js';

const KIB = 1024;
/**
 * Budgets (gzip, decision 0012): the engine alone (compile + validate of a definition given at
 * run time); validation alone with the shipped Führerschein form (2.0.0 carries the legal
 * requirements and its code lists: about 15 KiB of the bundle); validation + XML with that form.
 */
const BUDGETS = {
  engine: 45 * KIB,
  validation: 58 * KIB,
  'validation-xml': 76 * KIB,
  'aot-validation': 45 * KIB,
} as const;
const README_NAMES: Record<Entry, string> = {
  engine: 'engine alone',
  validation: 'validation alone',
  'validation-xml': 'validation \\+ XML',
  'aot-validation': 'ahead-of-time validation',
};
type Entry = keyof typeof BUDGETS;

interface Measured {
  readonly gzip: number;
  readonly packages: readonly string[];
  readonly code: string;
}

let project = '';
beforeAll(() => {
  project = packedPackage().project;
  for (const entry of Object.keys(BUDGETS)) {
    copyFileSync(join(ROOT, 'test/bundle', `${entry}.ts`), join(project, `${entry}.ts`));
  }
  compileInProject(project, 'fuehrerschein');
}, 300_000);

const packageOf = (path: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path.replace(/\\/g, '/'))?.[1];

async function withEsbuild(entry: Entry): Promise<Measured> {
  const result = await build({
    entryPoints: [join(project, `${entry}.ts`)],
    absWorkingDir: project,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const packages = Object.entries(inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => packageOf(path))
    .filter((name): name is string => name !== undefined);
  return { gzip: gzipSync(code, { level: 9 }).length, packages: [...new Set(packages)].sort(), code };
}

async function withRollup(entry: Entry): Promise<Measured> {
  // esbuild strips the entry's types first; rollup bundles the JavaScript from node_modules.
  const stripped = await build({
    entryPoints: [join(project, `${entry}.ts`)],
    absWorkingDir: project,
    bundle: false,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const source = stripped.outputFiles[0]?.text ?? '';
  const id = join(project, `${entry}.mjs`);
  const bundle = await rollup({
    input: id,
    plugins: [
      {
        name: 'entry',
        resolveId: (specifier) => (specifier === id ? id : null),
        load: (path) => (path === id ? source : null),
      },
      nodeResolve({ browser: true, rootDir: project }),
      terser(),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunk = output[0];
  const packages = Object.entries(chunk.modules)
    .filter(([, module]) => module.renderedLength > 0)
    .map(([path]) => packageOf(path))
    .filter((name): name is string => name !== undefined);
  return {
    gzip: gzipSync(chunk.code, { level: 9 }).length,
    packages: [...new Set(packages)].sort(),
    code: chunk.code,
  };
}

const measured = new Map<string, number>();
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('bundles from the packed package', () => {
  for (const [bundler, bundle] of [
    ['esbuild', withEsbuild],
    ['rollup', withRollup],
  ] as const) {
    for (const entry of Object.keys(BUDGETS) as Entry[]) {
      it(`${entry} with ${bundler}: within ${BUDGETS[entry] / KIB} KiB gzip, no zod, no Node built-ins`, async () => {
        const result = await bundle(entry);
        measured.set(`${entry}/${bundler}`, result.gzip);
        expect(result.packages).toEqual(['antrag']);
        expect(result.code).not.toMatch(/\bzod\b|require\(["']node:|from\s*["']node:/);
        expect(result.gzip).toBeLessThanOrEqual(BUDGETS[entry]);
        // The README states this number (KiB, one decimal), within 1.5 KiB.
        const stated = new RegExp(`${README_NAMES[entry]}[^|]*?${bundler} (\\d+(?:\\.\\d)?) KiB`);
        const match = stated.exec(README);
        expect(
          match,
          `README: state "${bundler} ${(result.gzip / KIB).toFixed(1)} KiB" for ${entry}`,
        ).not.toBeNull();
        expect(Math.abs(Number(match?.[1]) * KIB - result.gzip)).toBeLessThanOrEqual(1.5 * KIB);
      }, 120_000);
    }
  }
});
