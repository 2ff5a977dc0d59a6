/**
 * The files that list the shipped forms are what the manifests say (run `npm run forms:write`
 * when this fails): the registry and `antrag/forms` index byte for byte, the form entries of
 * package.json and tsconfig.json entry by entry and in order, the build entries of tsup.config.ts,
 * and what the CLI and each form module offer.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { builtInForms } from '../../src/forms/registry.js';
import tsupConfig from '../../tsup.config.js';
import { formatLikeBiome } from './format.js';
import {
  buildEntries,
  formsIndexSource,
  registrySource,
  versionsSource,
  withFormExports,
  withFormPaths,
} from './generate.js';
import { readManifests } from './manifest.js';
import { migrationFiles } from './versions.js';

const root = process.cwd();
const manifests = readManifests(root);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => readFileSync(path),
    color: false,
  });
  return { code, stdout, stderr };
}

describe('the files generated from schemas/<form>/manifest.json (npm run forms:write)', () => {
  it('finds the three forms of the law, in their order', () => {
    expect(manifests.map((manifest) => manifest.name)).toEqual([
      'fuehrerschein',
      'personenbefoerderungsschein',
      'alg2',
    ]);
  });

  it('src/forms/registry.ts, src/forms/index.ts and src/forms/versions.ts are up to date', () => {
    for (const [path, source] of [
      ['src/forms/registry.ts', registrySource(manifests)],
      ['src/forms/index.ts', formsIndexSource(manifests)],
      [
        'src/forms/versions.ts',
        versionsSource(manifests, new Map(manifests.map((m) => [m.name, migrationFiles(root, m)]))),
      ],
    ] as const) {
      expect(readFileSync(path, 'utf8'), path).toBe(formatLikeBiome(root, path, source));
    }
  });

  it('package.json exports and typesVersions list antrag/forms and every form, in manifest order', () => {
    const pkg = readJson('package.json');
    const expected = withFormExports(pkg, manifests);
    // Stringified, so that the order of the keys counts too.
    expect(JSON.stringify(pkg.exports, null, 1)).toBe(JSON.stringify(expected.exports, null, 1));
    expect(JSON.stringify(pkg.typesVersions, null, 1)).toBe(JSON.stringify(expected.typesVersions, null, 1));
    for (const { name } of manifests) {
      expect(pkg.exports[`./forms/${name}`].import.default).toBe(`./dist/forms/${name}.js`);
      expect(pkg.typesVersions['*'][`forms/${name}`]).toEqual([`./dist/forms/${name}.d.ts`]);
    }
  });

  it('tsconfig.json maps antrag/forms/<name> to each form module', () => {
    const tsconfig = readJson('tsconfig.json');
    expect(tsconfig.compilerOptions.paths).toEqual(withFormPaths(tsconfig, manifests).compilerOptions?.paths);
    for (const { name, module } of manifests) {
      expect(tsconfig.compilerOptions.paths[`antrag/forms/${name}`]).toEqual([`./schemas/${name}/${module}`]);
    }
  });

  it('tsup builds one entry per export of package.json (besides the CLI and the service worker), and the form entries from the manifests', () => {
    const config = (Array.isArray(tsupConfig) ? tsupConfig[0] : tsupConfig) as {
      entry: Record<string, string>;
    };
    expect(config.entry).toMatchObject(buildEntries(manifests));
    const built = Object.keys(config.entry)
      // The CLI and the service's worker are run, not imported.
      .filter((entry) => entry !== 'cli/main' && entry !== 'serve/worker')
      .map((entry) => `./dist/${entry}.js`)
      .sort();
    const exported = Object.values(readJson('package.json').exports as Record<string, unknown>)
      .flatMap((value) =>
        typeof value === 'object' && value ? [value as { import: { default: string } }] : [],
      )
      .map((conditions) => conditions.import.default)
      .sort();
    expect(built).toEqual(exported);
  });

  it('the registry holds each form under its name, defined by the module its manifest names', async () => {
    expect([...builtInForms.keys()]).toEqual(manifests.map((manifest) => manifest.name));
    for (const manifest of manifests) {
      const module = (await import(
        /* @vite-ignore */ pathToFileURL(`${root}/schemas/${manifest.name}/${manifest.module}`).href
      )) as Record<string, unknown>;
      expect(module[manifest.export], manifest.name).toBe(builtInForms.get(manifest.name));
      expect(builtInForms.get(manifest.name)?.key).toBe(manifest.name);
      for (const extra of manifest.extraExports)
        expect(module[extra], `${manifest.name}: ${extra}`).toBeDefined();
    }
  });

  it('antrag/forms exports every form and its extras', async () => {
    const forms = (await import('../../src/forms/index.js')) as Record<string, unknown>;
    for (const manifest of manifests) {
      expect(forms[manifest.export]).toBe(builtInForms.get(manifest.name));
      for (const extra of manifest.extraExports) expect(forms[extra], extra).toBeDefined();
    }
  });

  it('the CLI lists every form in its help and its unknown-form message, and runs each by name', () => {
    const help = cli('--help').stdout;
    const validateHelp = cli('validate', '--help').stdout;
    for (const { name } of manifests) {
      expect(help).toContain(name);
      expect(validateHelp).toContain(name);
      expect(cli('validate', 'no-such-form', 'x.json').stderr).toContain(name);
      expect(cli('lint', name).code, `antrag lint ${name}`).toBe(0);
    }
  });
});
