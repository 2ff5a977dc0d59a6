import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleTestForm } from '../../test/support/rule-test-form.js';
import { defineForm, field } from '../model/builders.js';
import { isDecimal, toText } from '../text/decimal.js';
import { compileExpression, type RuleHost, scopeOf } from './compile-expression.js';
import type { EvalContext } from './context.js';
import { parseExpression } from './grammar.js';
import type { Value } from './values.js';

const scope = scopeOf(ruleTestForm);
const FORM: RuleHost = { keys: [], perItem: false };

const data = {
  stichtag: '2026-03-01',
  geburtsdatum: '2008-02-29',
  name: 'Müller',
  anzahl: 3,
  betrag: 0.1,
  ja: true,
  zeit: '08:30:00',
  'e-mail': 'a@example.org',
  in: 'drin',
  art: 'a',
  klassen: ['B', 'C'],
  person: [
    { vorname: 'Anna', geboren: '1980-05-01', kind: false, einkommen: [{ betrag: 1000.1 }, { betrag: 0.2 }] },
    { vorname: 'Ben', geboren: '2015-07-01', kind: true, einkommen: [{ betrag: 259 }] },
    { vorname: 'Cem', kind: true },
  ],
  fahrzeug: [{ kennzeichen: 'K-AB 123' }],
};

function plain(value: Value): unknown {
  if (isDecimal(value)) return toText(value);
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function run(text: string, host: RuleHost = FORM, context: Partial<EvalContext> = {}): unknown {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message.en}`);
  const compiled = compileExpression(parsed.ast, scope, host);
  if (compiled.findings.length > 0) throw new Error(`${text}: ${JSON.stringify(compiled.findings)}`);
  return plain(compiled.evaluate({ root: data, indices: [], referenceDate: '2026-03-01', ...context }));
}

function compileWith(text: string, host: RuleHost = FORM) {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message.en}`);
  const compiled = compileExpression(parsed.ast, scope, host);
  if (compiled.findings.length > 0) throw new Error(`${text}: ${JSON.stringify(compiled.findings)}`);
  return compiled;
}

function findings(text: string, host: RuleHost = FORM): string[] {
  const parsed = parseExpression(text);
  if (!parsed.ok) return [parsed.error.code];
  return compileExpression(parsed.ast, scope, host).findings.map((f) => f.code);
}

describe('operators', () => {
  it('arithmetic is exact decimal', () => {
    expect(run('betrag + 0.2')).toBe('0.3');
    expect(run('betrag + 0.2 = 0.3')).toBe(true);
    expect(run('anzahl * 1.5 - 1')).toBe('3.5');
    expect(run('anzahl / 4')).toBe('0.75');
    expect(run('-anzahl')).toBe('-3');
    expect(run('anzahl / 0')).toBe(null);
  });

  it('compares numbers, dates, times and texts', () => {
    expect(run('anzahl > 2 and anzahl >= 3 and anzahl < 4 and anzahl <= 3')).toBe(true);
    expect(run('geburtsdatum < @2008-03-01')).toBe(true);
    expect(findings('zeit >= "08:00:00"')).toEqual(['DEF_RULE_TYPE_MISMATCH']); // a time is not a text
  });

  it('equality treats null as a value, ordering of null is unknown', () => {
    expect(run('name = "Müller"')).toBe(true);
    expect(run('name != "Müller"')).toBe(false);
    expect(run('art = "a"')).toBe(true);
    expect(
      run('person.vorname = null', { keys: ['person', 'vorname'], perItem: true }, { indices: [0] }),
    ).toBe(false);
    expect(run('geburtsdatum > null')).toBe(null);
  });

  it('and/or follow Kleene logic with unknown values', () => {
    expect(run('false and (geburtsdatum > null)')).toBe(false);
    expect(run('true or (geburtsdatum > null)')).toBe(true);
    expect(run('true and (geburtsdatum > null)')).toBe(null);
    expect(run('not (geburtsdatum > null)')).toBe(null);
    expect(run('not ja')).toBe(false);
    expect(run('not null')).toBe(null);
    expect(run('true and null')).toBe(null);
    expect(run('if(null, 1, 2)')).toBe(null);
    expect(run('null in ["a"]')).toBe(false);
    expect(run('null not in ["a"]')).toBe(true);
    expect(run('null in ["a", null]')).toBe(true);
    expect(run('empty(null) and not present(null)')).toBe(true);
    expect(run('sum([null]) = 0 and count([null, 1]) = 1')).toBe(true);
  });

  it('in / not in with literal lists and with repeats', () => {
    expect(run('art in ["a", "b"]')).toBe(true);
    expect(run('art not in ["a", "b"]')).toBe(false);
    expect(run('"C" in klassen')).toBe(true);
    expect(run('"Dora" in person.vorname')).toBe(false);
    expect(run('anzahl in [1, 2, 3.0]')).toBe(true);
  });
});

describe('times and date-times', () => {
  const at = (beginn: string, ende: string, text: string) =>
    plain(
      compileWith(text).evaluate({
        root: { ...data, beginn, ende },
        indices: [],
        referenceDate: '2026-03-01',
      }),
    );

  it('compare by the instant they denote, across zones and fractions', () => {
    expect(at('2024-01-01T10:00:00+01:00', '2024-01-01T09:30:00Z', 'beginn < ende')).toBe(true);
    expect(at('2024-01-01T10:00:00+01:00', '2024-01-01T09:00:00Z', 'beginn = ende')).toBe(true);
    expect(at('2024-01-01T10:00:00+01:00', '2024-01-01T09:00:00Z', 'beginn != ende')).toBe(false);
    expect(at('2024-01-01T10:00:00Z', '2024-01-01T10:00:00.5Z', 'beginn < ende')).toBe(true);
    expect(at('2024-01-01T00:30:00+02:00', '2023-12-31T23:00:00Z', 'beginn < ende')).toBe(true);
    expect(at('2024-01-01T10:00:00', '2024-01-01T11:00:00', 'beginn < ende')).toBe(true);
  });

  it('a value with a zone and one without are ordered only outside ±14 hours, and never equal', () => {
    expect(at('2024-01-01T10:00:00', '2024-01-01T10:00:00Z', 'beginn < ende')).toBe(null);
    expect(at('2024-01-01T10:00:00', '2024-01-01T10:00:00Z', 'beginn = ende')).toBe(false);
    // XSD 1.1: imputing +14:00 and -14:00 to the value without zone gives the same order.
    expect(at('2024-01-03T10:00:00', '2024-01-01T10:00:00Z', 'beginn > ende')).toBe(true);
    expect(at('2024-01-03T10:00:00', '2024-01-01T10:00:00Z', 'beginn <= ende')).toBe(false);
    expect(at('2024-01-01T10:00:00', '2024-01-02T00:00:00.001Z', 'beginn < ende')).toBe(true);
    expect(at('2024-01-01T10:00:00', '2024-01-02T00:00:00Z', 'beginn < ende')).toBe(null);
  });

  it('times order by instant too, also in min and max', () => {
    const root = { ...data, zeit: '10:00:00+01:00', bis: '09:30:00Z' };
    const run2 = (text: string) =>
      plain(compileWith(text).evaluate({ root, indices: [], referenceDate: '2026-03-01' }));
    expect(run2('zeit < bis')).toBe(true);
    expect(run2('min([zeit, bis])')).toBe('10:00:00+01:00');
    expect(run2('max([zeit, bis])')).toBe('09:30:00Z');
    const mixed = { ...data, zeit: '10:00:00', bis: '09:30:00Z' };
    expect(
      compileWith('max([zeit, bis])').evaluate({ root: mixed, indices: [], referenceDate: '2026-03-01' }),
    ).toBe(null);
  });
});

describe('keys in backticks', () => {
  it('reach keys with "-" and keys that are keywords', () => {
    expect(run('`e-mail` = "a@example.org"')).toBe(true);
    expect(run('`in` in ["drin"]')).toBe(true);
    expect(findings('e-mail = "x"')).toContain('DEF_RULE_UNKNOWN_REFERENCE');
  });
});

describe('select fields: text literals must be codes', () => {
  it('reports a literal that is none of the codes, with its position', () => {
    const parsed = parseExpression('art = "c"');
    if (!parsed.ok) throw new Error('parse');
    expect(compileExpression(parsed.ast, scope, FORM).findings).toEqual([
      {
        code: 'DEF_RULE_INVALID_LITERAL',
        at: 6,
        params: { literal: '"c"', detail: 'not one of the codes a, b' },
      },
    ]);
    expect(findings('"c" != art')).toEqual(['DEF_RULE_INVALID_LITERAL']);
    expect(findings('art in ["a", "x"]')).toEqual(['DEF_RULE_INVALID_LITERAL']);
    expect(findings('"D" in klassen')).toEqual(['DEF_RULE_INVALID_LITERAL']);
    expect(findings('art in ["a", "b"] and "B" in klassen and art != "b"')).toEqual([]);
    expect(findings('name = "c"')).toEqual([]); // a free text field has no codes
  });

  it('knows the codes of a code list the definition carries, and skips unknown lists', () => {
    const base = { version: '1.0', label: { de: 'x' } } as const;
    const list = { uri: 'urn:test:farbe', version: '1' };
    const form = defineForm({
      id: 'S99000002',
      version: '1.0',
      name: 'x',
      key: 'x',
      codeLists: [{ ...list, values: [{ code: 'rot', name: { de: 'Rot' } }] }],
      children: [
        field.select({ ...base, id: 'F99000001', name: 'f', key: 'f', codeList: list }),
        field.select({
          ...base,
          id: 'F99000002',
          name: 'g',
          key: 'g',
          codeList: { uri: 'urn:x', version: '1' },
        }),
      ],
    });
    const check = (text: string) => {
      const parsed = parseExpression(text);
      if (!parsed.ok) throw new Error(text);
      return compileExpression(parsed.ast, scopeOf(form), FORM).findings.map((f) => f.code);
    };
    expect(check('f = "rot"')).toEqual([]);
    expect(check('f = "blau"')).toEqual(['DEF_RULE_INVALID_LITERAL']);
    expect(check('g = "blau"')).toEqual([]);
  });
});

describe('robustness', () => {
  it('a malformed or hostile JSON tree is a finding, not an exception', () => {
    const compile = (ast: unknown) => compileExpression(ast as never, scope, FORM);
    expect(compile({ kind: 'bogus' }).findings.map((f) => f.code)).toEqual(['DEF_RULE_SYNTAX']);
    expect(compile({ kind: 'call', name: 'count', args: null }).findings[0]?.params.pointer).toBe('');
    expect(
      compile({ kind: 'binary', op: '+', left: { kind: 'literal', type: 'number', value: '1e5' }, right: 1 })
        .findings[0]?.params.pointer,
    ).toBe('/right');
    let deep: unknown = { kind: 'literal', type: 'boolean', value: true };
    for (let i = 0; i < 100_000; i++) deep = { kind: 'unary', op: 'not', operand: deep };
    const compiled = compile(deep);
    expect(compiled.findings.map((f) => f.code)).toEqual(['DEF_RULE_SYNTAX']);
    expect(compiled.evaluate({ root: data, indices: [], referenceDate: '2026-03-01' })).toBe(null);
  });

  const expressions = [
    'anzahl + betrag * 2 - anzahl / 3 > 1',
    'age(geburtsdatum) >= 18 or yearsBetween(geburtsdatum, stichtag) < 2',
    'addYears(stichtag, anzahl) > addMonths(geburtsdatum, 3)',
    'count(person) + sum(person.einkommen.betrag) + daysBetween(stichtag, geburtsdatum)',
    'min(person.geboren) < max(person.geboren)',
    'any(person.kind) and all(person.kind) or unique(klassen)',
    'countWhere(person, person.kind and present(person.geboren))',
    'lookup(person.vorname, person.geboren, name) = stichtag',
    'length(name) > 2 and matches(name, "[A-Z].*") and isIban(name) or isSteuerId(name)',
    'art in ["a"] and "B" in klassen and overlaps(klassen, ["C"])',
    'if(ja, coalesce(betrag, 0), round(abs(anzahl) / 7, 2)) = 1',
    'zeit < bis or beginn = ende or empty(`e-mail`) or year(today()) = 2026',
  ];

  it('evaluation never throws on data of any shape (property)', () => {
    const evaluators = expressions.map((text) => compileWith(text).evaluate);
    const anyData = fc.oneof(
      fc.anything(),
      fc.record(
        Object.fromEntries(
          [
            'stichtag',
            'geburtsdatum',
            'name',
            'anzahl',
            'betrag',
            'ja',
            'klassen',
            'person',
            'zeit',
            'beginn',
          ].map((key) => [key, fc.anything()]),
        ),
      ),
    );
    fc.assert(
      fc.property(anyData, fc.array(fc.integer({ min: -1, max: 5 }), { maxLength: 2 }), (root, indices) => {
        for (const evaluate of evaluators) evaluate({ root, indices, referenceDate: '2026-03-01' });
      }),
      { numRuns: 300, seed: 2026 },
    );
  });
});

describe('references into repeats', () => {
  it('a path through a repeat from outside is a list', () => {
    expect(run('count(person)')).toBe('3');
    expect(run('count(person.geboren)')).toBe('2');
    expect(run('sum(person.einkommen.betrag)')).toBe('1259.3');
  });

  it('inside an item, the same path means the current item', () => {
    const host: RuleHost = { keys: ['person', 'summe'], perItem: true };
    expect(run('sum(person.einkommen.betrag)', host, { indices: [0] })).toBe('1000.3');
    expect(run('sum(person.einkommen.betrag)', host, { indices: [1] })).toBe('259');
    expect(run('person.vorname', host, { indices: [2] })).toBe('Cem');
    expect(run('count(person.einkommen)', host, { indices: [2] })).toBe('0');
  });

  it('[*] means all items, also from inside one of them', () => {
    const host: RuleHost = { keys: ['person', 'summe'], perItem: true };
    expect(run('count(person[*])', host, { indices: [0] })).toBe('3');
    expect(run('sum(person[*].einkommen.betrag)', host, { indices: [0] })).toBe('1259.3');
    expect(run('"Ben" in person[*].vorname', host, { indices: [0] })).toBe(true);
    expect(findings('name[*] = "x"')).toContain('DEF_RULE_TYPE_MISMATCH');
  });

  it('countWhere counts the items of a repeat that satisfy a condition', () => {
    expect(run('countWhere(person, person.kind)')).toBe('2');
    expect(run('countWhere(person, person.kind and age(person.geboren, stichtag) < 18)')).toBe('1');
    expect(run('countWhere(fahrzeug, true)')).toBe('1');
    const inPerson: RuleHost = { keys: ['person', 'summe'], perItem: true };
    expect(
      run('countWhere(person.einkommen, person.einkommen.betrag > 100)', inPerson, { indices: [0] }),
    ).toBe('1');
    expect(
      run('countWhere(person.einkommen, person.einkommen.betrag > 100)', inPerson, { indices: [2] }),
    ).toBe('0');
    expect(findings('countWhere(person.einkommen, true)')).toEqual(['DEF_RULE_REPEAT_SCOPE']);
    expect(findings('countWhere(name, true)')).toEqual(['DEF_RULE_TYPE_MISMATCH']);
    expect(findings('countWhere(person, person.vorname)')).toEqual(['DEF_RULE_TYPE_MISMATCH']);
    expect(findings('countWhere(person)')).toEqual(['DEF_RULE_ARITY']);
  });

  it('overlaps tests for a shared value', () => {
    expect(run('overlaps(klassen, ["C", "D"])')).toBe(true);
    expect(run('overlaps(klassen, ["D"])')).toBe(false);
    expect(run('overlaps(person.vorname, [name])')).toBe(false);
  });

  it('lookup reads a parallel field of the same repeat', () => {
    expect(run('lookup(person.vorname, person.geboren, "Ben")')).toBe('2015-07-01');
    expect(run('lookup(person.vorname, person.geboren, "Cem")')).toBe(null);
    expect(run('lookup(["B", "C"], [17, 21], art)')).toBe(null);
    expect(run('lookup(["a", "b"], [17, 21], art)')).toBe('17');
  });

  it('self is the host value (the current item for item rules)', () => {
    expect(run('self', { keys: ['person', 'vorname'], perItem: true }, { indices: [1] })).toBe('Ben');
    expect(run('self = "Müller"', { keys: ['name'], perItem: true })).toBe(true);
  });
});

describe('functions', () => {
  it('date functions', () => {
    expect(run('today()')).toBe('2026-03-01');
    expect(run('age(geburtsdatum)')).toBe('18');
    expect(run('age(geburtsdatum, @2026-02-28)')).toBe('17');
    expect(run('yearsBetween(@2020-01-01, stichtag)')).toBe('6');
    expect(run('monthsBetween(@2026-01-31, @2026-02-28)')).toBe('1'); // the month end counts
    expect(run('monthsBetween(@2026-01-15, @2026-02-14)')).toBe('0');
    expect(run('daysBetween(@2026-02-01, stichtag)')).toBe('28');
    expect(run('addDays(stichtag, -1)')).toBe('2026-02-28');
    expect(run('addMonths(@2024-01-31, 1)')).toBe('2024-02-29');
    expect(run('addYears(geburtsdatum, 1)')).toBe('2009-02-28');
    expect(run('year(stichtag)')).toBe('2026');
    // geburtsdatum is 2008-02-29: 18 on 1 March 2026, the day run() treats as today.
    expect(run('dateOfAge(geburtsdatum, 18)')).toBe('2026-03-01');
    expect(run('dateOfAge(geburtsdatum, 18) <= today()')).toBe(true);
    expect(run('dateOfAge(geburtsdatum, 17, 6)')).toBe('2025-08-29');
    expect(run('dateOfAge(geburtsdatum, 1.5)')).toBe(null);
    expect(run('dateOfAge(null, 18)')).toBe(null);
    expect(run('endOfMonth(@2024-02-10)')).toBe('2024-02-29');
    expect(run('endOfMonth(null)')).toBe(null);
  });

  it('aggregates', () => {
    expect(run('min(person.geboren)')).toBe('1980-05-01');
    expect(run('max(person.geboren)')).toBe('2015-07-01');
    expect(run('max(person.einkommen.betrag)')).toBe('1000.1');
    expect(run('any(person.kind)')).toBe(true);
    expect(run('all(person.kind)')).toBe(false);
    expect(run('unique(klassen)')).toBe(true);
    expect(run('unique(person.kind)')).toBe(false);
  });

  it('texts and patterns', () => {
    expect(run('length(name)')).toBe('6');
    expect(run('matches(name, "M\\p{Ll}+")')).toBe(true);
    expect(run('matches(name, "M")')).toBe(false);
  });

  it('empty and present', () => {
    expect(run('present(name) and empty(zeit) = false')).toBe(true);
    expect(run('empty(fahrzeug)')).toBe(false);
    expect(run('present(person.einkommen)', { keys: ['person'], perItem: true }, { indices: [2] })).toBe(
      false,
    );
  });

  it('check digits', () => {
    expect(run('isIban("DE89370400440532013000") and not isIban("DE88370400440532013000")')).toBe(true);
    expect(run('isSteuerId("86095742719")')).toBe(true);
    expect(run('isRvNummer("65170839J003")')).toBe(true);
  });

  it('if, coalesce, round, abs', () => {
    expect(run('if(ja, 1, 2)')).toBe('1');
    expect(run('if(geburtsdatum > null, 1, 2)')).toBe(null);
    expect(run('coalesce(name, "?")')).toBe('Müller');
    expect(
      run('coalesce(person.vorname, "?")', { keys: ['person', 'vorname'], perItem: true }, { indices: [2] }),
    ).toBe('Cem');
    expect(run('round(anzahl / 7, 2)')).toBe('0.43');
    expect(run('round(2.5)')).toBe('2');
    expect(run('abs(-anzahl)')).toBe('3');
  });

  it('never throws on data of the wrong type: it reads null', () => {
    const bad = { ...data, anzahl: 'drei', geburtsdatum: '2008-02-30', person: 'x' };
    const compiled = (text: string) => {
      const parsed = parseExpression(text);
      if (!parsed.ok) throw new Error(text);
      return compileExpression(parsed.ast, scope, FORM).evaluate({
        root: bad,
        indices: [],
        referenceDate: '2026-03-01',
      });
    };
    expect(compiled('anzahl + 1')).toBe(null);
    expect(compiled('age(geburtsdatum)')).toBe(null);
    expect(plain(compiled('count(person)'))).toBe('0');
  });
});

describe('type errors', () => {
  it('finds them before any data is seen', () => {
    expect(findings('geburtsdatum > 5')).toEqual(['DEF_RULE_TYPE_MISMATCH']);
    expect(findings('name + 1')).toEqual(['DEF_RULE_TYPE_MISMATCH']);
    expect(findings('ja and 1')).toEqual(['DEF_RULE_TYPE_MISMATCH']);
    expect(findings('age(name)')).toEqual(['DEF_RULE_TYPE_MISMATCH']);
    expect(findings('age()')).toEqual(['DEF_RULE_ARITY']);
    expect(findings('unbekannt(1)')).toEqual(['DEF_RULE_UNKNOWN_FUNCTION']);
    expect(findings('person.nachname = "x"')).toEqual(['DEF_RULE_UNKNOWN_REFERENCE']);
    expect(findings('person.vorname = "x"')).toEqual(['DEF_RULE_REPEAT_SCOPE']);
    expect(findings('matches(name, "[a-")')).toEqual(['DEF_RULE_INVALID_PATTERN']);
    expect(findings('matches(name, name)')).toEqual(['DEF_RULE_INVALID_LITERAL']);
    expect(findings('self')).toEqual(['DEF_RULE_UNKNOWN_REFERENCE']);
    expect(findings('name in "abc"')).toEqual(['DEF_RULE_TYPE_MISMATCH']);
  });

  it('a sibling repeat is out of scope, the own repeat is not', () => {
    const inPerson: RuleHost = { keys: ['person', 'vorname'], perItem: true };
    expect(findings('person.vorname = "x"', inPerson)).toEqual([]);
    expect(findings('fahrzeug.kennzeichen = "x"', inPerson)).toEqual(['DEF_RULE_REPEAT_SCOPE']);
    expect(findings('count(fahrzeug) > 0', inPerson)).toEqual([]);
    // An occurrence rule of a repeated element sees all its items.
    expect(findings('person.vorname = "x"', { keys: ['person'], perItem: false })).toEqual([
      'DEF_RULE_REPEAT_SCOPE',
    ]);
  });
});
