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

  it('accepts every metadata property of the model (status date, publication date, rule author)', () => {
    const base = JSON.parse(JSON.stringify(demoForm));
    Object.assign(base, { statusDate: '2024-01-02', publicationDate: '2024-01-03' });
    Object.assign(base.children[0], { statusDate: '2024-01-02', publicationDate: '2024-01-03' });
    base.rules = [
      {
        kind: 'rule',
        id: 'R99000000777',
        version: '1.0.0',
        name: 'Prosa',
        typ: 'K',
        ruleKind: 'documentation',
        author: 'BMI',
      },
    ];
    const loaded = loadDefinition(base);
    expect(loaded.findings).toEqual([]);
    expect(loaded.ok).toBe(true);
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
