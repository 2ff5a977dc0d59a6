/**
 * The layering of `src/` (docs/decisions/0013-layering.md): each folder imports only from
 * folders of a lower layer, never sideways or upward, and no module imports itself back through
 * a chain of others. Type-only imports count too: they couple the code the same way. The form
 * definitions under `schemas/` sit in the `forms` layer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The layers, bottom first. A folder may import from the folders of lower layers only. */
const LAYERS: readonly (readonly string[])[] = [
  ['text', 'version.ts'],
  ['issues'],
  ['model'],
  ['rules'],
  ['validate'],
  ['xml'],
  ['fim', 'generate', 'state', 'runtime'],
  ['aot'],
  ['evolution'],
  ['forms'],
  ['serve'],
  ['cli', 'index.ts'],
];

const ROOT = resolve(import.meta.dirname, '..');

function rankOf(unit: string): number {
  return LAYERS.findIndex((layer) => layer.includes(unit));
}

/** The layer unit of a file: its top folder under src/, `forms` for the form definitions. */
function unitOf(file: string): string {
  const path = relative(ROOT, file).replace(/\\/g, '/');
  if (path.startsWith('schemas/')) return 'forms';
  return path.split('/')[1] as string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.ts$/.test(name) && !/\.test(-d)?\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** Shipped modules: src/ and the form definitions (a form's notes feed the docs only). */
const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'schemas'))].filter(
  (file) => !/[\\/]notes\.ts$/.test(file),
);

/** Relative imports of a module, static, re-exports and dynamic `import()`, as absolute .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...[...text.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s+'(\.[^']+)'/gm)].map((m) => m[1] as string),
    ...[...text.matchAll(/^\s*import\s+'(\.[^']+)'/gm)].map((m) => m[1] as string),
    ...[...text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)].map((m) => m[1] as string),
  ];
  return specifiers.map((specifier) => resolve(dirname(file), specifier).replace(/\.js$/, '.ts'));
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('layering of src/', () => {
  it('knows the layer of every folder', () => {
    const units = new Set(files.map(unitOf));
    expect([...units].filter((unit) => rankOf(unit) === -1)).toEqual([]);
  });

  it('imports only downward', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      const from = unitOf(file);
      for (const target of targets) {
        const to = unitOf(target);
        if (from !== to && rankOf(to) >= rankOf(from)) {
          upward.push(`${relative(ROOT, file)} -> ${relative(ROOT, target)} (${from} -> ${to})`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle between modules', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) {
        if (state.get(target) === 'open') {
          const from = trail.indexOf(target);
          cycles.push([...trail.slice(from), target].map((path) => relative(ROOT, path)).join(' -> '));
        } else if (!state.has(target) && graph.has(target)) visit(target, [...trail, target]);
      }
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);
    expect(cycles).toEqual([]);
  });

  it('finds what it checks: the graph is not empty and resolves to real modules', () => {
    let edges = 0;
    for (const targets of graph.values()) {
      for (const target of targets) {
        expect(statSync(target).isFile(), target).toBe(true);
        edges++;
      }
    }
    expect(edges).toBeGreaterThan(300);
  });
});
