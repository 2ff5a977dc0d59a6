/**
 * Reading manifests: a usable one comes back as written, in `order`; a broken one stops the
 * command with every problem named by file (never a half-generated registry); the pure
 * generators leave the entries of package.json and tsconfig.json that are not forms alone.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withFormExports, withFormPaths } from './generate.js';
import {
  compareVersions,
  type FormManifest,
  ManifestError,
  manifestProblems,
  readManifests,
} from './manifest.js';

const GOOD: FormManifest = {
  name: 'probe',
  order: 1,
  module: 'form.ts',
  notes: 'notes.ts',
  export: 'probe',
  type: 'ProbeAntrag',
  extraExports: [],
  versions: ['1.0.0', '1.1.0'],
};

let root = '';
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = '';
});

/** A temporary root with `schemas/<folder>/manifest.json` (and form.ts) for each entry. */
function schemas(entries: Record<string, unknown>): string {
  root = mkdtempSync(join(tmpdir(), 'antrag-manifests-'));
  mkdirSync(join(root, 'schemas/shared'), { recursive: true });
  for (const [folder, manifest] of Object.entries(entries)) {
    mkdirSync(join(root, 'schemas', folder));
    writeFileSync(join(root, 'schemas', folder, 'form.ts'), 'export {};\n');
    writeFileSync(join(root, 'schemas', folder, 'notes.ts'), 'export {};\n');
    const text = typeof manifest === 'string' ? manifest : JSON.stringify(manifest);
    writeFileSync(join(root, 'schemas', folder, 'manifest.json'), text);
  }
  return root;
}

function problemsOf(entries: Record<string, unknown>): string {
  try {
    readManifests(schemas(entries));
  } catch (error) {
    expect(error).toBeInstanceOf(ManifestError);
    return (error as Error).message;
  }
  throw new Error('no ManifestError');
}

describe('readManifests', () => {
  it('returns the manifests in their order; folders without one are not forms', () => {
    const manifests = readManifests(
      schemas({
        zweite: { ...GOOD, name: 'zweite', export: 'zweite', type: 'Z', order: 1 },
        erste: { ...GOOD, name: 'erste', order: 0 },
      }),
    );
    expect(manifests.map((manifest) => manifest.name)).toEqual(['erste', 'zweite']);
    expect(manifests[1]).toEqual({ ...GOOD, name: 'zweite', export: 'zweite', type: 'Z', order: 1 });
  });

  it('names every problem of every broken manifest with its file', () => {
    const message = problemsOf({
      kaputt: '{ "name": ',
      anders: { ...GOOD },
      leer: { ...GOOD, name: 'leer', module: 'fehlt.ts' },
    });
    expect(message).toContain('schemas/kaputt/manifest.json: not JSON');
    expect(message).toContain('schemas/anders/manifest.json: "name" is "probe" but the folder is "anders"');
    expect(message).toContain('schemas/leer/manifest.json: the module fehlt.ts does not exist');
  });

  it('rejects two forms at the same position and one name exported by two forms', () => {
    const message = problemsOf({
      eins: { ...GOOD, name: 'eins', order: 3 },
      zwei: { ...GOOD, name: 'zwei', order: 3 },
    });
    expect(message).toContain('schemas/eins and schemas/zwei have the same "order" 3');
    expect(message).toContain('"probe" is exported by both eins and zwei');
  });
});

describe('manifestProblems', () => {
  it('accepts a complete manifest, also one without versions yet', () => {
    expect(manifestProblems(GOOD, 'probe')).toEqual([]);
    expect(manifestProblems({ ...GOOD, versions: [] }, 'probe')).toEqual([]);
  });

  it.each([
    [[], 'not a JSON object'],
    [{ ...GOOD, extra: 1 }, 'unknown property "extra"'],
    [{ ...GOOD, name: 'Probe' }, '"name" must match'],
    [{ ...GOOD, order: -1 }, '"order" must be a non-negative integer'],
    [{ ...GOOD, order: 1.5 }, '"order" must be a non-negative integer'],
    [{ ...GOOD, module: '../form.ts' }, '"module" must be a .ts file name'],
    [{ ...GOOD, notes: 'notes.md' }, '"notes" must be a .ts file name'],
    [{ ...GOOD, export: 'pro-be' }, '"export" must be an identifier'],
    [{ ...GOOD, type: undefined }, '"type" must be an identifier'],
    [{ ...GOOD, extraExports: ['A', 1] }, '"extraExports" must be a list of identifiers'],
    [{ ...GOOD, versions: ['1.0.0', 'v2'] }, '"versions" must be a list of versions like 1.0.0'],
    [{ ...GOOD, versions: ['1.10.0', '1.9.0'] }, '"versions" must be ascending without repeats'],
    [{ ...GOOD, versions: ['1.0.0', '1.0.0'] }, '"versions" must be ascending without repeats'],
  ])('finds the problem in %j', (manifest, problem) => {
    expect(manifestProblems(manifest, 'probe').join('\n')).toContain(problem);
  });

  it('orders versions by number, part by part', () => {
    expect(compareVersions('1.9.0', '1.10.0')).toBeLessThan(0);
    expect(compareVersions('2.0', '2.0.0')).toBe(0);
    expect(compareVersions('2.0.1', '2.0')).toBeGreaterThan(0);
  });
});

describe('the generated package entries', () => {
  const manifests = [GOOD];

  it('replace only the form subpaths of package.json, where they were', () => {
    const pkg = {
      name: 'antrag',
      typesVersions: { '*': { forms: ['old'], 'forms/alt': ['old'], browser: ['./dist/browser.d.ts'] } },
      exports: {
        '.': 'root',
        './forms': 'old',
        './forms/alt': 'old',
        './browser': 'b',
        './package.json': 'p',
      },
    };
    const result = withFormExports(pkg, manifests);
    expect(Object.keys(result.exports ?? {})).toEqual([
      '.',
      './forms',
      './forms/versions',
      './forms/probe',
      './browser',
      './package.json',
    ]);
    expect(result.exports?.['./forms/probe']).toEqual({
      import: { types: './dist/forms/probe.d.ts', default: './dist/forms/probe.js' },
      require: { types: './dist/forms/probe.d.cts', default: './dist/forms/probe.cjs' },
    });
    expect(result.typesVersions).toEqual({
      '*': {
        forms: ['./dist/forms/index.d.ts'],
        'forms/versions': ['./dist/forms/versions.d.ts'],
        'forms/probe': ['./dist/forms/probe.d.ts'],
        browser: ['./dist/browser.d.ts'],
      },
    });
    expect(result.name).toBe('antrag');
  });

  it('add the form subpaths before ./package.json when there were none', () => {
    const result = withFormExports({ exports: { '.': 'root', './package.json': 'p' } }, manifests);
    expect(Object.keys(result.exports ?? {})).toEqual([
      '.',
      './forms',
      './forms/versions',
      './forms/probe',
      './package.json',
    ]);
  });

  it('map antrag/forms/<name> in tsconfig paths and keep the other paths and options', () => {
    const tsconfig = {
      compilerOptions: {
        strict: true,
        paths: { antrag: ['./src/index.ts'], 'antrag/forms/*': ['./schemas/*/form.ts'] },
      },
      include: ['src'],
    };
    expect(withFormPaths(tsconfig, manifests)).toEqual({
      compilerOptions: {
        strict: true,
        paths: {
          antrag: ['./src/index.ts'],
          'antrag/forms': ['./src/forms/index.ts'],
          'antrag/forms/versions': ['./src/forms/versions.ts'],
          'antrag/forms/probe': ['./schemas/probe/form.ts'],
        },
      },
      include: ['src'],
    });
  });
});
