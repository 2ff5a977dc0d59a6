import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oracleSet } from '../../test/support/edit-oracle.js';
import { generateExample } from '../generate/example.js';
import { defineForm, field, group, rule } from '../model/builders.js';
import { DefinitionError } from '../model/definition-error.js';
import type { FormDefinition } from '../model/types.js';
import { compile } from './compile.js';

const base = { version: '1.0', label: { de: 'x' } } as const;
const R = { version: '1.0', typ: 'V' } as const;

/** A story form: a licence application with relevance, conditional requirements, sums, counts. */
const form = defineForm({
  id: 'S99000001',
  version: '1.0',
  name: 'Antrag',
  key: 'antrag',
  rules: [
    rule({
      ...R,
      id: 'R99000009',
      name: 'Gesamtsumme',
      ruleKind: 'constraint',
      expression: 'gesamt = null or gesamt = sum(person.einkommen.betrag)',
      code: 'GESAMT_FALSCH',
      message: { de: 'Die Gesamtsumme stimmt nicht.', en: 'The total is wrong.' },
      bezug: '§ 11 SGB II',
    }),
  ],
  children: [
    field.select({
      ...base,
      id: 'F99000001',
      name: 'art',
      key: 'art',
      label: { de: 'Art', en: 'Kind' },
      values: [
        { code: 'inland', name: { de: 'Inland' } },
        { code: 'ausland', name: { de: 'Ausland' } },
      ],
    }),
    field.date({ ...base, id: 'F99000002', name: 'antragsdatum', key: 'antragsdatum' }),
    group({
      ...base,
      id: 'G99000001',
      name: 'ausland',
      key: 'ausland',
      cardinality: '0:1',
      bezug: '§ 29 FeV',
      rules: [
        rule({
          ...R,
          id: 'R99000001',
          name: 'Nur bei Ausland',
          ruleKind: 'relevant',
          typ: 'M',
          expression: 'art = "ausland"',
        }),
        rule({
          ...R,
          id: 'R99000002',
          name: 'Pflicht bei Ausland',
          ruleKind: 'required',
          typ: 'M',
          expression: 'art = "ausland"',
        }),
      ],
      children: [field.text({ ...base, id: 'F99000003', name: 'staat', key: 'staat' })],
    }),
    group({
      ...base,
      id: 'G99000002',
      name: 'person',
      key: 'person',
      cardinality: '0:*',
      children: [
        field.bool({ ...base, id: 'F99000004', name: 'kind', key: 'kind' }),
        field.date({
          ...base,
          id: 'F99000005',
          name: 'geboren',
          key: 'geboren',
          label: { de: 'Geburtsdatum' },
          cardinality: '0:1',
          rules: [
            rule({
              ...R,
              id: 'R99000003',
              name: 'Kind braucht Geburtsdatum',
              ruleKind: 'required',
              typ: 'M',
              expression: 'person.kind',
            }),
            rule({
              ...R,
              id: 'R99000004',
              name: 'Kind unter 25',
              ruleKind: 'constraint',
              expression: 'not person.kind or age(self, antragsdatum) < 25',
              bezug: '§ 7 Abs. 3 Nr. 4 SGB II',
            }),
          ],
        }),
        group({
          ...base,
          id: 'G99000003',
          name: 'einkommen',
          key: 'einkommen',
          cardinality: '0:*',
          children: [field.currency({ ...base, id: 'F99000006', name: 'betrag', key: 'betrag' })],
        }),
        field.currency({
          ...base,
          id: 'F99000007',
          name: 'summe',
          key: 'summe',
          label: { de: 'Summe' },
          cardinality: '0:1',
          rules: [
            rule({
              ...R,
              id: 'R99000005',
              name: 'Summe',
              ruleKind: 'calculate',
              typ: 'B',
              expression: 'sum(person.einkommen.betrag)',
            }),
          ],
        }),
      ],
    }),
    group({
      ...base,
      id: 'G99000004',
      name: 'fahrzeug',
      key: 'fahrzeug',
      cardinality: '0:5',
      rules: [
        rule({
          ...R,
          id: 'R99000006',
          name: 'Ein Fahrzeug bei Ausland',
          ruleKind: 'minCount',
          typ: 'M',
          expression: 'if(art = "ausland", 1, 0)',
        }),
        rule({
          ...R,
          id: 'R99000007',
          name: 'Höchstens so viele wie Personen',
          ruleKind: 'maxCount',
          typ: 'M',
          expression: 'count(person)',
        }),
      ],
      children: [field.text({ ...base, id: 'F99000008', name: 'kennzeichen', key: 'kennzeichen' })],
    }),
    field.currency({ ...base, id: 'F99000009', name: 'gesamt', key: 'gesamt', cardinality: '0:1' }),
  ],
});

const valid = {
  art: 'ausland',
  antragsdatum: '2026-03-01',
  ausland: { staat: 'Polen' },
  person: [
    { kind: false, einkommen: [{ betrag: 0.1 }, { betrag: 0.2 }], summe: 0.3 },
    { kind: true, geboren: '2010-02-28', summe: 0 },
  ],
  fahrzeug: [{ kennzeichen: 'K-AB 1' }],
  gesamt: 0.3,
};

const REF = { referenceDate: '2026-03-01' };
const codes = (data: unknown, options = {}) =>
  compile(form)
    .validate(data, { ...REF, ...options })
    .issues.map((issue) => [issue.code, issue.path]);

describe('rules in validation', () => {
  it('accepts the valid story', () => {
    expect(compile(form).validate(valid, REF).issues).toEqual([]);
  });

  it('relevance: a non-relevant group must be absent, and prune removes it', () => {
    const inland = { ...valid, art: 'inland', fahrzeug: [] };
    expect(codes(inland)).toEqual([['NOT_RELEVANT', '/ausland']]);
    const report = compile(form).validate(inland, { ...REF, prune: true });
    expect(report.valid).toBe(true);
    expect(report.issues.map((i) => [i.code, i.severity, i.path, i.params.ruleId])).toEqual([
      ['PRUNED', 'info', '/ausland', 'R99000001'],
    ]);
    expect(report.data).not.toHaveProperty('ausland');
    expect(inland).toHaveProperty('ausland'); // the caller's data is untouched
  });

  it('conditional requirement with the rule id in the issue', () => {
    const { ausland: _, ...withoutAusland } = valid;
    const report = compile(form).validate(withoutAusland, REF);
    expect(report.issues.map((i) => [i.code, i.path, i.params.ruleId, i.bezug])).toEqual([
      ['REQUIRED_IF', '/ausland', 'R99000002', '§ 29 FeV'],
    ]);
  });

  it('conditional requirement inside a repeat applies per item', () => {
    const data = structuredClone(valid);
    delete (data.person[1] as { geboren?: string }).geboren;
    expect(codes(data)).toEqual([['REQUIRED_IF', '/person/1/geboren']]);
    data.person[0] = { ...data.person[0], kind: false } as (typeof data.person)[0];
    expect(codes(data)).toEqual([['REQUIRED_IF', '/person/1/geboren']]);
  });

  it('constraints report with the rule, its legal basis and its own code and message', () => {
    const data = structuredClone(valid);
    data.person[1] = { ...data.person[1], geboren: '2000-01-01' } as (typeof data.person)[1];
    const issue = compile(form).validate(data, REF).issues[0];
    expect(issue).toMatchObject({
      code: 'RULE_CONSTRAINT',
      path: '/person/1/geboren',
      bezug: '§ 7 Abs. 3 Nr. 4 SGB II',
      element: { id: 'F99000005', version: '1.0' },
      params: { ruleId: 'R99000004', ruleName: 'Kind unter 25' },
    });
    expect(issue?.message.de).toContain('R99000004');
    const total = compile(form).validate({ ...valid, gesamt: 0.4 }, REF).issues[0];
    expect(total).toMatchObject({
      code: 'GESAMT_FALSCH',
      path: '',
      bezug: '§ 11 SGB II',
      message: { de: 'Die Gesamtsumme stimmt nicht.' },
    });
  });

  it('computed sums over repeats are checked, and filled on request', () => {
    const data = structuredClone(valid);
    data.person[0] = { ...data.person[0], summe: 0.4 } as (typeof data.person)[0];
    expect(codes(data)).toEqual([['CALCULATED_MISMATCH', '/person/0/summe']]);
    const missing = structuredClone(valid);
    for (const person of missing.person) delete (person as { summe?: number }).summe;
    expect(codes(missing)).toEqual([]);
    const filled = compile(form).validate(missing, { ...REF, fill: true });
    expect(filled.issues.map((i) => [i.code, i.path])).toEqual([
      ['CALCULATED_FILLED', '/person/0/summe'],
      ['CALCULATED_FILLED', '/person/1/summe'],
    ]);
    expect((filled.data as typeof valid).person.map((p) => p.summe)).toEqual([0.3, 0]);
  });

  it('counts that depend on other answers', () => {
    expect(codes({ ...valid, fahrzeug: [] })).toEqual([['RULE_MIN_COUNT', '/fahrzeug']]);
    const three = [{ kennzeichen: 'A' }, { kennzeichen: 'B' }, { kennzeichen: 'C' }];
    expect(codes({ ...valid, fahrzeug: three })).toEqual([['RULE_MAX_COUNT', '/fahrzeug']]);
    expect(codes({ ...valid, art: 'inland', ausland: undefined, fahrzeug: undefined })).toEqual([]);
  });

  it('results do not depend on the day the validation runs: the reference date decides', () => {
    const data = structuredClone(valid);
    data.person[1] = { ...data.person[1], geboren: '2001-03-02' } as (typeof data.person)[1];
    expect(codes(data)).toEqual([]); // 24 on 2026-03-01
    data.antragsdatum = '2026-03-02';
    expect(codes(data)).toEqual([['RULE_CONSTRAINT', '/person/1/geboren']]);
  });
});

describe('rule lint', () => {
  const broken = (
    expression: string,
    ruleKind: 'constraint' | 'calculate' | 'relevant' = 'constraint',
  ): FormDefinition =>
    defineForm({
      id: 'S99000001',
      version: '1.0',
      name: 'x',
      key: 'x',
      children: [
        field.date({
          ...base,
          id: 'F99000001',
          name: 'd',
          key: 'd',
          rules: [rule({ ...R, id: 'R99000001', name: 'r', ruleKind, expression })],
        }),
        group({
          ...base,
          id: 'G99000001',
          name: 'g',
          key: 'g',
          cardinality: '0:*',
          children: [field.int({ ...base, id: 'F99000002', name: 'n', key: 'n' })],
        }),
      ],
    });

  it('compile throws a DefinitionError listing rule findings with their location', () => {
    try {
      compile(broken('d > 5'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DefinitionError);
      expect((error as DefinitionError).findings.map((f) => [f.code, f.path, f.keyPath])).toEqual([
        ['DEF_RULE_TYPE_MISMATCH', '/children/0/rules/0', 'd'],
      ]);
    }
  });

  it('checks result types and where rules may stand', () => {
    const lintCodes = (definition: FormDefinition) => {
      try {
        compile(definition);
        return [];
      } catch (error) {
        return (error as DefinitionError).findings.map((f) => f.code);
      }
    };
    expect(lintCodes(broken('1 + 1'))).toEqual(['DEF_RULE_RESULT_TYPE']);
    expect(lintCodes(broken('d', 'calculate'))).toEqual([]);
    expect(lintCodes(broken('1', 'calculate'))).toEqual(['DEF_RULE_RESULT_TYPE']);
    expect(lintCodes(broken('g.n > 1'))).toEqual(['DEF_RULE_REPEAT_SCOPE']);
    expect(lintCodes(broken('sum(g.n) > 1'))).toEqual([]);
    expect(lintCodes(broken('d >'))).toEqual(['DEF_RULE_SYNTAX']);
    expect(lintCodes(broken('d > @2026-02-30'))).toEqual(['DEF_RULE_INVALID_LITERAL']);
  });
});

describe('incremental session with rules', () => {
  it('equals full validation after random edits', () => {
    const compiled = compile(form);
    const paths = [
      '/art',
      '/antragsdatum',
      '/ausland',
      '/ausland/staat',
      '/person',
      '/person/0',
      '/person/0/kind',
      '/person/1/kind',
      '/person/0/geboren',
      '/person/1/geboren',
      '/person/0/einkommen',
      '/person/0/einkommen/0/betrag',
      '/person/1/einkommen/0',
      '/person/0/summe',
      '/person/2',
      '/fahrzeug',
      '/fahrzeug/0',
      '/fahrzeug/1',
      '/gesamt',
      '/unbekannt',
    ];
    const values = fc.oneof(
      fc.constantFrom(
        undefined,
        'ausland',
        'inland',
        true,
        false,
        0.1,
        0.3,
        5,
        '2010-01-01',
        '2000-01-01',
        'x',
        null,
      ),
      fc.constantFrom(
        { staat: 'X' },
        { kennzeichen: 'K' },
        { betrag: 1.5 },
        [],
        [{ kennzeichen: 'A' }, { kennzeichen: 'B' }],
      ),
      fc.constantFrom({ kind: true }, { kind: false, einkommen: [{ betrag: 2 }] }, [
        { kind: true, geboren: '2015-01-01' },
      ]),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...paths), values), { minLength: 1, maxLength: 15 }),
        (edits) => {
          const session = compiled.session(valid, REF);
          // The test keeps its own copy, edited by an independent model of `set`.
          let copy: unknown = structuredClone(valid);
          for (const [path, value] of edits) {
            const expected = oracleSet(form, copy, path, value);
            expect(session.set(path, value).ok).toBe(expected !== undefined);
            if (expected !== undefined) copy = expected;
            expect(session.report()).toEqual(compiled.validate(copy, REF));
          }
        },
      ),
      { numRuns: 400, seed: 4242 },
    );
  });

  it('changing an answer re-checks the rules that read it', () => {
    const session = compile(form).session(valid, REF);
    const change = session.set('/art', 'inland');
    expect(change.added.map((i) => [i.code, i.path])).toEqual([['NOT_RELEVANT', '/ausland']]);
    expect(session.set('/ausland', undefined).removed.map((i) => i.code)).toEqual(['NOT_RELEVANT']);
    expect(session.report().valid).toBe(true);
  });

  it('works for generated data of the demo-sized form too', () => {
    const data = generateExample(form, { seed: 3 });
    expect(compile(form).session(data, REF).report()).toEqual(compile(form).validate(data, REF));
  });
});
