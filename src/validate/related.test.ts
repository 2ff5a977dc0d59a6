import { describe, expect, it } from 'vitest';
import { defineForm, field, group, rule } from '../model/builders.js';
import { compile } from './compile.js';

const V = '1.0.0';
const constraint = (id: string, expression: string) =>
  rule({
    id: `R9900000095${id}`,
    version: V,
    name: id,
    typ: 'V',
    ruleKind: 'constraint',
    expression,
    code: `X_${id}`,
  });

/** Rules that compare fields, attached to the form, a group item and a field. */
const form = defineForm({
  id: 'S99000000950',
  version: V,
  name: 'Bezüge',
  key: 'bezuege',
  rules: [
    constraint('1', 'unique(klassen)'),
    constraint('2', 'geburtsdatum < antragsdatum'),
    constraint('3', 'count(person) <= 2'),
  ],
  children: [
    field.date({ id: 'F99000000951', version: V, name: 'antragsdatum', key: 'antragsdatum' }),
    field.date({
      id: 'F99000000952',
      version: V,
      name: 'geburtsdatum',
      key: 'geburtsdatum',
      rules: [constraint('4', 'age(self, antragsdatum) >= 16')],
    }),
    field.text({ id: 'F99000000953', version: V, name: 'klassen', key: 'klassen', cardinality: '0:*' }),
    group({
      id: 'G99000000954',
      version: V,
      name: 'person',
      key: 'person',
      cardinality: '0:*',
      rules: [constraint('5', 'person.geboren < antragsdatum')],
      children: [field.date({ id: 'F99000000955', version: V, name: 'geboren', key: 'geboren' })],
    }),
  ],
});

const issues = (data: Record<string, unknown>) =>
  compile(form)
    .validate(data, { referenceDate: '2026-01-01' })
    .issues.map((issue) => ({ code: issue.code, path: issue.path, related: issue.related }));

describe('where rule issues are reported, and what they relate to', () => {
  const base = { antragsdatum: '2026-01-01', geburtsdatum: '2000-01-01', klassen: ['B'] };

  it('a form rule reading one element reports at that element', () => {
    expect(issues({ ...base, klassen: ['B', 'B'] })).toEqual([
      { code: 'X_1', path: '/klassen', related: undefined },
    ]);
    const persons = [{ geboren: '1990-01-01' }, { geboren: '1991-01-01' }, { geboren: '1992-01-01' }];
    expect(issues({ ...base, person: persons })).toEqual([
      { code: 'X_3', path: '/person', related: undefined },
    ]);
  });

  it('a form rule reading several elements reports at the form and lists them', () => {
    expect(issues({ ...base, geburtsdatum: '2026-02-01' })).toEqual([
      { code: 'X_2', path: '', related: ['/geburtsdatum', '/antragsdatum'] },
      { code: 'X_4', path: '/geburtsdatum', related: ['/antragsdatum'] },
    ]);
  });

  it('a rule of a repeated group reports at the one element of the item it reads, and lists what else it read', () => {
    const persons = [{ geboren: '1990-01-01' }, { geboren: '2027-01-01' }];
    expect(issues({ ...base, person: persons })).toEqual([
      { code: 'X_5', path: '/person/1/geboren', related: ['/antragsdatum'] },
    ]);
  });

  it('the same holds in a session, through every edit', () => {
    const session = compile(form).session(base, { referenceDate: '2026-01-01' });
    session.set('/klassen/-', 'B');
    expect(session.report().issues.map((i) => i.path)).toEqual(['/klassen']);
    // An edit elsewhere that re-checks the list does not lose the form rule's issue.
    session.set('/geburtsdatum', '1999-01-01');
    expect(session.report().issues.map((i) => i.path)).toEqual(['/klassen']);
    session.set('/klassen/1', 'C');
    expect(session.report().issues).toEqual([]);
  });
});
