import { describe, expect, it } from 'vitest';
import { defineForm, field, group, rule } from '../model/builders.js';
import { toText } from '../text/decimal.js';
import { checkRules } from './check.js';
import { compileRule, ruleCompiler } from './compile-rule.js';

const base = { version: '1.0', label: { de: 'x' } } as const;
const R = { version: '1.0', name: 'r', typ: 'B' } as const;

const summe = rule({
  ...R,
  id: 'R99000001',
  ruleKind: 'calculate',
  expression: 'sum(kind.einkommen.betrag)',
});
const alter = rule({ ...R, id: 'R99000002', ruleKind: 'constraint', expression: 'age(self, stichtag) < 25' });
const prosa = rule({ ...R, id: 'R99000003', ruleKind: 'documentation', description: 'Prosa' });
const kaputt = rule({ ...R, id: 'R99000004', ruleKind: 'relevant', expression: 'stichtag > 5' });

const form = defineForm({
  id: 'S99000001',
  version: '1.0',
  name: 'x',
  key: 'x',
  rules: [prosa],
  children: [
    field.date({ ...base, id: 'F99000001', name: 'stichtag', key: 'stichtag' }),
    group({
      ...base,
      id: 'G99000001',
      name: 'kind',
      key: 'kind',
      cardinality: '0:*',
      children: [
        field.date({ ...base, id: 'F99000002', name: 'geboren', key: 'geboren', rules: [alter] }),
        field.currency({ ...base, id: 'F99000003', name: 'summe', key: 'summe', rules: [summe] }),
        field.text({ ...base, id: 'F99000004', name: 'name', key: 'name', rules: [kaputt] }),
        group({
          ...base,
          id: 'G99000002',
          name: 'einkommen',
          key: 'einkommen',
          cardinality: '0:*',
          children: [field.currency({ ...base, id: 'F99000005', name: 'betrag', key: 'betrag' })],
        }),
      ],
    }),
  ],
});

const data = {
  stichtag: '2026-03-01',
  kind: [
    { geboren: '2001-03-01', einkommen: [{ betrag: 0.1 }, { betrag: 0.2 }] },
    { geboren: '2001-03-02', einkommen: [] },
  ],
};
const at = (indices: number[]) => ({ root: data, indices, referenceDate: '2026-03-01' });

describe('compileRule', () => {
  it('compiles a computed sum in the current repeat item, exact and as plain data', () => {
    const compiled = compileRule(form, 'kind.summe', summe);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.findings));
    expect(compiled.evaluate(at([0]))).toBe(0.3);
    expect(toText(compiled.evaluateExact(at([0])) as never)).toBe('0.3');
    expect(compiled.evaluate(at([1]))).toBe(0);
    expect(compiled.type).toEqual({ base: 'number', list: false });
    expect(compiled.references).toEqual(['kind.einkommen.betrag']);
    expect(compiled.hostKeys).toEqual(['kind', 'summe']);
  });

  it('takes the host as keys too, and reads self as the host path', () => {
    const compiled = compileRule(form, ['kind', 'geboren'], alter);
    if (!compiled.ok) throw new Error('not compiled');
    expect([...compiled.references].sort()).toEqual(['kind.geboren', 'stichtag']);
    expect(compiled.evaluate(at([0]))).toBe(false); // 25 on the reference date
    expect(compiled.evaluate(at([1]))).toBe(true); // 25 tomorrow
    expect(compiled.evaluate({ root: { kind: 'kaputt' }, indices: [0], referenceDate: '2026-03-01' })).toBe(
      null,
    );
  });

  it('returns the lint findings of a broken rule, located like checkRules', () => {
    const compiled = compileRule(form, 'kind.name', kaputt);
    expect(compiled).toMatchObject({ ok: false, reason: 'invalid' });
    if (compiled.ok) return;
    expect(compiled.findings.map((f) => [f.code, f.path, f.keyPath])).toEqual([
      ['DEF_RULE_TYPE_MISMATCH', '/children/1/children/2/rules/0', 'kind.name'],
    ]);
    expect(compiled.findings).toEqual(checkRules(form));
  });

  it('documentation rules are not compiled, and not an error', () => {
    expect(compileRule(form, '', prosa)).toMatchObject({ ok: false, reason: 'documentation', findings: [] });
  });

  it('an unknown host is a finding; a rule not stored on its host still compiles', () => {
    expect(compileRule(form, 'kind.fehlt', alter)).toMatchObject({
      ok: false,
      findings: [{ code: 'DEF_RULE_UNKNOWN_REFERENCE', params: { reference: 'kind.fehlt' } }],
    });
    const extra = rule({ ...R, id: 'R99000009', ruleKind: 'relevant', expression: 'stichtag > @2026-01-01' });
    const compiled = ruleCompiler(form)('kind.name', extra);
    expect(compiled.ok).toBe(true);
    const broken = ruleCompiler(form)('kind.name', { ...extra, expression: 'stichtag >' });
    expect(broken).toMatchObject({ ok: false, findings: [{ path: '/children/1/children/2/rules/-' }] });
  });
});
