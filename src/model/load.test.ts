import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoForm } from '../../examples/demo/form.js';
import { loadDefinition } from './load.js';

describe('loadDefinition', () => {
  it('loads a definition file and round-trips it through JSON', () => {
    const text = readFileSync(new URL('../../examples/demo/definition.json', import.meta.url), 'utf8');
    const loaded = loadDefinition(text);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.definition).toEqual(JSON.parse(JSON.stringify(demoForm)));
  });

  it('the committed definition.json equals the TypeScript demo form (run npm run examples:write)', () => {
    const text = readFileSync(new URL('../../examples/demo/definition.json', import.meta.url), 'utf8');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(demoForm)));
  });

  it('rejects JSON syntax errors with DEF_SCHEMA', () => {
    const loaded = loadDefinition('{ nope');
    expect(loaded.ok).toBe(false);
    expect(loaded.findings[0]?.code).toBe('DEF_SCHEMA');
  });

  it('rejects unknown properties, wrong kinds and bad enums with their path', () => {
    const base = JSON.parse(JSON.stringify(demoForm));
    base.children[1].children[0].datentyp = 'string';
    base.children[1].children[0].maxLenght = 3;
    const loaded = loadDefinition(base);
    expect(loaded.ok).toBe(false);
    const paths = loaded.findings.map((f) => f.path);
    expect(paths).toContain('/children/1/children/0/datentyp');
    expect(loaded.findings.every((f) => f.code === 'DEF_SCHEMA')).toBe(true);
  });

  it('runs lint after the shape check and reports its errors', () => {
    const base = JSON.parse(JSON.stringify(demoForm));
    base.children[1].children[0].cardinality = '3:2';
    const loaded = loadDefinition(base);
    expect(loaded.ok).toBe(false);
    expect(loaded.findings.map((f) => f.code)).toContain('DEF_CARDINALITY_MIN_GT_MAX');
  });

  it('never throws on hostile input', () => {
    for (const input of [null, 42, [], '[]', '"x"', { __proto__: { kind: 'schema' } }, { kind: 'schema' }]) {
      expect(loadDefinition(input).ok).toBe(false);
    }
  });
});
