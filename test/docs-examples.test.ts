/**
 * Runs the TypeScript code blocks of the README and the guides, so the documentation cannot rot.
 * Each ```ts block is written to a module under test/.snippets/ with `antrag` imports pointed at
 * the sources, then imported; a block fails the test when it throws (blocks assert with
 * `node:assert`). Blocks fenced as ```ts no-run are shown to readers but not executed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from './support/shared.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test', '.snippets');

function markdownFiles(): string[] {
  const guides = join(ROOT, 'docs', 'guides');
  let files: string[] = [];
  try {
    files = readdirSync(guides)
      .filter((name) => name.endsWith('.md'))
      .map((name) => join(guides, name));
  } catch {
    // No guides yet.
  }
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

function rewriteImports(code: string, moduleDir: string): string {
  // Guides read the shared corpus as ../shared/…; point that at wherever it is here.
  code = code.replace(/'\.\.\/shared\//g, `'${SHARED_DIR.replace(/\\/g, '/')}/`);
  const target = (path: string) => {
    const rel = relative(moduleDir, join(ROOT, path)).replace(/\\/g, '/');
    return rel.startsWith('.') ? rel : `./${rel}`;
  };
  return code
    .replace(
      /from 'antrag\/forms\/([a-z0-9]+)'/g,
      (_, form: string) => `from '${target(`schemas/${form}/form.js`)}'`,
    )
    .replace(/from 'antrag\/forms'/g, `from '${target('src/forms/index.js')}'`)
    .replace(/from 'antrag'/g, `from '${target('src/index.js')}'`);
}

const all = markdownFiles().flatMap(blocks);

describe('code blocks in README and guides', () => {
  it('there are code blocks to run', () => {
    expect(all.length).toBeGreaterThan(0);
  });

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const files = all.map((block, index) => {
    const name = `${relative(ROOT, block.file)}:${block.line}`;
    const file = join(OUT, `snippet-${index}.ts`);
    writeFileSync(file, `// ${name}\n${rewriteImports(block.code, OUT)}\nexport {};\n`);
    return { name, file };
  });

  it('type-check under the project settings', () => {
    writeFileSync(
      join(OUT, 'tsconfig.json'),
      JSON.stringify({ extends: '../../tsconfig.json', include: ['*.ts'], exclude: [] }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', join(OUT, 'tsconfig.json')], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 60_000);

  for (const { name, file } of files) {
    it(`runs ${name}`, async () => {
      await import(file);
    });
  }
});
