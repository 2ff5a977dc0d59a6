import { describe, expect, it } from 'vitest';
import { compileExpression, type EvalContext, type RuleHost, scopeOf } from './compile-expression.js';
import { isDecimal, toText } from './decimal.js';
import { parseExpression } from './grammar.js';
import { ruleTestForm } from './test-form.js';
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
  const compiled = compileExpression(parsed.expr, scope, host);
  if (compiled.findings.length > 0) throw new Error(`${text}: ${JSON.stringify(compiled.findings)}`);
  return plain(compiled.evaluate({ root: data, indices: [], referenceDate: '2026-03-01', ...context }));
}

function findings(text: string, host: RuleHost = FORM): string[] {
  const parsed = parseExpression(text);
  if (!parsed.ok) return [parsed.error.code];
  return compileExpression(parsed.expr, scope, host).findings.map((f) => f.code);
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
  });

  it('in / not in with literal lists and with repeats', () => {
    expect(run('art in ["a", "b"]')).toBe(true);
    expect(run('art not in ["a", "b"]')).toBe(false);
    expect(run('"C" in klassen')).toBe(true);
    expect(run('"D" in klassen')).toBe(false);
    expect(run('anzahl in [1, 2, 3.0]')).toBe(true);
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
      return compileExpression(parsed.expr, scope, FORM).evaluate({
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
