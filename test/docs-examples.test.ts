/**
 * Runs the TypeScript code blocks of the README, docs/rules.md and the guides as a user would:
 * in an empty project with the packed tarball installed (test/support/packed.ts), importing
 * `antrag` from node_modules, never from `src/`. Each ```ts block becomes a module there; all are
 * type-checked together (strict, nodenext resolution), then each runs in its own Node process and
 * fails the test when it throws (blocks assert with `node:assert`). Blocks fenced as ```ts no-run
 * are shown to readers but not executed. The snippets read the repository's `examples/` folder
 * (copied into the project, as a user would download it; it is not part of the package), the
 * data files under `schemas/` (the forms' frozen versions and migrations, not part of the package
 * either), and
 * guides read the shared FIM corpus as `../shared/…` (pointed at wherever it is here); the
 * portal guide's `@tanstack/form-core` and `react` (with its types) are linked in from the
 * repository's devDependencies.
 * Also: the function names docs/rules.md shows in code are exported or rule functions.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import * as antrag from '../src/index.js';
import { packedPackage, ROOT } from './support/packed.js';
import { SHARED_DIR } from './support/shared.js';

function markdownFiles(): string[] {
  const guides = join(ROOT, 'docs', 'guides');
  const files = readdirSync(guides)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(guides, name));
  return [join(ROOT, 'README.md'), join(ROOT, 'docs', 'rules.md'), ...files];
}

interface Block {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function blocks(file: string): Block[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const found: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] ?? '').trim() !== '```ts') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && (lines[end] ?? '').trim() !== '```') end++;
    found.push({ file, line: start + 1, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return found;
}

const all = markdownFiles().flatMap(blocks);
const snippets = all.map((block, index) => ({
  name: `${relative(ROOT, block.file)}:${block.line}`,
  base: `snippet-${index}`,
  code: block.code.replace(/'\.\.\/shared\//g, `'${SHARED_DIR.replace(/\\/g, '/')}/`),
}));
let dir = '';

beforeAll(() => {
  const { project } = packedPackage();
  dir = join(project, 'snippets');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  // The versions and migrations of the shipped forms, as data files a user would download.
  cpSync(join(ROOT, 'schemas'), join(dir, 'schemas'), {
    recursive: true,
    filter: (source) => !/\.ts$/.test(source),
  });
  // The portal guide's form library, linked in from the repository's devDependencies.
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules', '@tanstack'), join(dir, 'node_modules', '@tanstack'), 'junction');
  // The portal guide's React binding: react and its types, also from the devDependencies.
  for (const name of ['react', 'react-dom'])
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name), 'junction');
  mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
  for (const name of ['react', 'react-dom'])
    symlinkSync(
      join(ROOT, 'node_modules', '@types', name),
      join(dir, 'node_modules', '@types', name),
      'junction',
    );
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  for (const snippet of snippets) {
    writeFileSync(join(dir, `${snippet.base}.ts`), `// ${snippet.name}\n${snippet.code}\nexport {};\n`);
    const js = transformSync(snippet.code, { loader: 'ts', format: 'esm', target: 'es2022' }).code;
    writeFileSync(join(dir, `${snippet.base}.mjs`), js);
  }
}, 300_000);

describe('code blocks in README and guides, from the packed package', () => {
  it('there are code blocks to run', () => {
    expect(snippets.length).toBeGreaterThan(5);
  });

  it('type-check against the installed package (strict, nodenext)', () => {
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          noEmit: true,
          skipLibCheck: true,
          typeRoots: [join(ROOT, 'node_modules', '@types')],
          types: ['node'],
        },
        include: ['*.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], {
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
  }, 120_000);

  for (const snippet of snippets) {
    it(`runs ${snippet.name}`, () => {
      const result = spawnSync(process.execPath, [`${snippet.base}.mjs`], { cwd: dir, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }, 60_000);
  }
});

describe('docs/rules.md', () => {
  it('names in code only exported functions, rule functions and methods of their results', () => {
    const text = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    const named = new Set([...text.matchAll(/`([a-zA-Z_]\w*)\(/g)].map((match) => match[1] as string));
    const ruleFunctions = new Set(Object.keys(antrag.RULE_FUNCTIONS));
    const methods = new Set(['evaluate', 'evaluateExact', 'validate', 'session', 'set']);
    const unknown = [...named].filter(
      (name) => !(name in antrag) && !ruleFunctions.has(name) && !methods.has(name),
    );
    expect(unknown).toEqual([]);
  });
});
