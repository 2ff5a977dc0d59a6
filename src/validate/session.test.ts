import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoForm } from '../../examples/demo/form.js';
import { alg2 } from '../../schemas/alg2/form.js';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { personenbefoerderungsschein } from '../../schemas/personenbefoerderungsschein/form.js';
import { oracleSet } from '../../test/support/edit-oracle.js';
import { generateExample } from '../generate/example.js';
import { defineForm, field, group, rule } from '../model/builders.js';
import type { ChildDefinition, FormDefinition } from '../model/types.js';
import { parseCardinality } from '../model/types.js';
import { compile } from './compile.js';

const REF = { referenceDate: '2026-01-15' };

/** Every JSON pointer a form can have (list items up to index 3), with the element there. */
function pointers(children: readonly ChildDefinition[], prefix = ''): string[] {
  const out: string[] = [];
  for (const child of children) {
    const path = `${prefix}/${child.key}`;
    out.push(path);
    const repeated = (parseCardinality(child.cardinality ?? '1:1')?.max ?? 1) > 1;
    const items = repeated ? [0, 1, 2, 3].map((i) => `${path}/${i}`) : [path];
    if (repeated) out.push(...items, `${path}/-`);
    if (child.kind === 'group') for (const item of items) out.push(...pointers(child.children, item));
  }
  return out;
}

/** Pointers a portal should never send: each must be refused or applied exactly as documented. */
const ODD_POINTERS = [
  'noslash',
  '/~2',
  '/a~',
  '/unbekannt',
  '/unbekannt/tief/x',
  '/antragsteller/unbekannt',
  '/antragsteller/geburtsdatum/x',
  '/antragsdatum/0',
  '/haushalt/99/vornamen',
  '/haushalt/01',
  '/haushalt/-/vornamen',
  '/beantragteKlassen/7',
  '/__proto__/polluted',
  '',
];

/** Values: samples from other seeds (whole groups and leaves), codes of every select field, odd values. */
function valueArbitrary(form: FormDefinition): fc.Arbitrary<unknown> {
  const samples = [1, 2, 3, 4].map((seed) => generateExample(form, { seed, shape: 'maximal' }));
  const leaves: unknown[] = [];
  const collect = (value: unknown): void => {
    leaves.push(value);
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  samples.forEach(collect);
  // Codes of select fields flip relevance: answer kinds, classes, relationships.
  const codes: string[] = [];
  const visit = (children: readonly ChildDefinition[]): void => {
    for (const child of children) {
      if (child.kind === 'group') visit(child.children);
      else for (const value of child.values ?? []) codes.push(value.code);
    }
  };
  visit(form.children);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...leaves) },
    { weight: 2, arbitrary: fc.constantFrom(...(codes.length > 0 ? codes : ['x'])) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(undefined, null, '', 'x', 0, -1, true, [], {}, '1984-02-30', 'Müller ☺'),
    },
  );
}

/**
 * Random edits applied to a session and to a copy kept by the test (through the independent
 * edit model); after each edit the session's report must equal a fresh validation of the copy.
 */
function checkAgainstOracle(form: FormDefinition, runs: number, editsPerRun: number): number {
  const compiled = compile(form);
  const paths = [...pointers(form.children), ...ODD_POINTERS];
  let edits = 0;
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 1000 }),
      fc.array(fc.tuple(fc.constantFrom(...paths), valueArbitrary(form)), {
        minLength: editsPerRun,
        maxLength: editsPerRun,
      }),
      (seed, steps) => {
        let copy: unknown = generateExample(form, { seed });
        const session = compiled.session(copy, REF);
        for (const [path, value] of steps) {
          edits++;
          const before = session.report().issues;
          const expected = oracleSet(form, copy, path, value);
          const change = session.set(path, value);
          expect(change.ok, `set(${JSON.stringify(path)}) applied`).toBe(expected !== undefined);
          if (expected !== undefined) copy = expected;
          expect(session.data).toEqual(copy);
          const after = session.report();
          expect(after).toEqual(compiled.validate(copy, REF));
          // The change lists exactly the difference.
          expect(before.length + change.added.length - change.removed.length).toBe(after.issues.length);
          for (const issue of [...change.added, ...change.changed]) expect(after.issues).toContain(issue);
          for (const issue of change.removed) expect(after.issues).not.toContain(issue);
        }
      },
    ),
    { numRuns: runs, seed: 20261201 },
  );
  return edits;
}

describe('validation session against an independent copy of the data', () => {
  it('demo form', () => {
    expect(checkAgainstOracle(demoForm, 100, 10)).toBe(1000);
  });

  it('Bürgergeld, with its rules: 2,000 edits', () => {
    expect(checkAgainstOracle(alg2, 200, 10)).toBe(2000);
  });

  it('Führerschein, with its rules: 2,000 edits', () => {
    expect(checkAgainstOracle(fuehrerschein, 200, 10)).toBe(2000);
  });

  it('Personenbeförderungsschein, with its rules: 2,000 edits', () => {
    expect(checkAgainstOracle(personenbefoerderungsschein, 200, 10)).toBe(2000);
  });
});

/** A small form with a group that applies only on some answers, and rules reading today's date. */
const extraForm = defineForm({
  id: 'S99000000900',
  version: '1.0.0',
  name: 'Sitzungstest',
  key: 'sitzungstest',
  children: [
    field.select({
      id: 'F99000000901',
      version: '1.0.0',
      name: 'a',
      key: 'a',
      values: [
        { code: 'ja', name: { de: 'Ja' } },
        { code: 'nein', name: { de: 'Nein' } },
      ],
    }),
    field.date({
      id: 'F99000000902',
      version: '1.0.0',
      name: 'geburtsdatum',
      key: 'geburtsdatum',
      cardinality: '0:1',
    }),
    group({
      id: 'G99000000903',
      version: '1.0.0',
      name: 'extra',
      key: 'extra',
      cardinality: '0:1',
      rules: [
        rule({
          id: 'R99000000904',
          version: '1.0.0',
          name: 'nur bei ja',
          typ: 'K',
          ruleKind: 'relevant',
          expression: 'a = "ja"',
        }),
      ],
      children: [
        field.text({
          id: 'F99000000905',
          version: '1.0.0',
          name: 'b',
          key: 'b',
          praezisierung: { maxLength: 3 },
        }),
      ],
    }),
    group({
      id: 'G99000000906',
      version: '1.0.0',
      name: 'volljaehrig',
      key: 'volljaehrig',
      cardinality: '0:1',
      rules: [
        rule({
          id: 'R99000000907',
          version: '1.0.0',
          name: 'ab 18',
          typ: 'K',
          ruleKind: 'relevant',
          expression: 'age(geburtsdatum) >= 18 and today() > @2000-01-01',
        }),
      ],
      children: [
        field.text({
          id: 'F99000000908',
          version: '1.0.0',
          name: 'c',
          key: 'c',
          praezisierung: { maxLength: 3 },
        }),
      ],
    }),
    field.text({ id: 'F99000000909', version: '1.0.0', name: 'liste', key: 'liste', cardinality: '0:5' }),
  ],
});

describe('session edits: applied or refused, never lost', () => {
  const form = compile(extraForm);
  const codes = (session: ReturnType<typeof form.session>) =>
    session.report().issues.map((i) => [i.code, i.path]);

  it('applies a write below a group that does not apply, and reports the group', () => {
    const session = form.session({ a: 'nein' }, REF);
    const change = session.set('/extra/b', 'y');
    expect(change.ok).toBe(true);
    expect(session.data).toEqual({ a: 'nein', extra: { b: 'y' } });
    expect(codes(session)).toEqual([['NOT_RELEVANT', '/extra']]);
    session.set('/a', 'ja');
    expect(codes(session)).toEqual([]);
    session.set('/extra/b', 'zu lang');
    expect(codes(session)).toEqual([['MAX_LENGTH', '/extra/b']]);
  });

  it('probes relevance with the session reference date (today(), one-argument age())', () => {
    const session = form.session({ a: 'nein', geburtsdatum: '2000-01-15' }, REF);
    const change = session.set('/volljaehrig/c', 'viel zu lang');
    expect(change.ok && change.added.map((i) => [i.code, i.path])).toEqual([
      ['MAX_LENGTH', '/volljaehrig/c'],
    ]);
    expect(session.report()).toEqual(form.validate(session.data, REF));
  });

  it('copies the value it is given', () => {
    const session = form.session({ a: 'ja' }, REF);
    const value = { b: 'ok' };
    session.set('/extra', value);
    value.b = 'verändert';
    expect(session.data).toEqual({ a: 'ja', extra: { b: 'ok' } });
    expect(codes(session)).toEqual([]);
  });

  it('refuses pointers it cannot apply, with a structured error, and changes nothing', () => {
    const session = form.session({ a: 'ja', liste: ['x', 'y'], geburtsdatum: '2000-01-01' }, REF);
    const before = structuredClone(session.data);
    const refused = (pointer: string, value: unknown) => {
      const change = session.set(pointer, value);
      expect(change.ok, pointer).toBe(false);
      expect(session.data).toEqual(before);
      return change.ok ? undefined : [change.error.code, change.error.params];
    };
    expect(refused('noslash', 5)).toEqual(['SESSION_POINTER_SYNTAX', { pointer: 'noslash' }]);
    expect(refused('/a~2b', 'v')).toEqual(['SESSION_POINTER_SYNTAX', { pointer: '/a~2b' }]);
    expect(refused('/liste/99', 'v')).toEqual([
      'SESSION_INDEX',
      { pointer: '/liste/99', token: '99', length: 2 },
    ]);
    expect(refused('/liste/01', 'v')?.[0]).toBe('SESSION_INDEX');
    expect(refused('/liste/2', undefined)?.[0]).toBe('SESSION_INDEX');
    expect(refused('/liste/-', undefined)?.[0]).toBe('SESSION_INDEX');
    expect(refused('/geburtsdatum/jahr', 'v')).toEqual([
      'SESSION_NOT_CONTAINER',
      { pointer: '/geburtsdatum/jahr', at: '/geburtsdatum', actual: 'string' },
    ]);
    expect(refused('', [])).toEqual(['SESSION_ROOT_NOT_OBJECT', { actual: 'array' }]);
    const error = session.set('/liste/99', 'z');
    expect(error.ok === false && error.error.message.de).toMatch(/Liste mit 2 Einträgen/);
  });

  it('appends with the next index or "-", removes items, replaces the whole submission', () => {
    const session = form.session({ a: 'ja', liste: ['x'] }, REF);
    expect(session.set('/liste/1', 'y').ok).toBe(true);
    expect(session.set('/liste/-', 'z').ok).toBe(true);
    expect(session.data.liste).toEqual(['x', 'y', 'z']);
    expect(session.set('/liste/0', undefined).ok).toBe(true);
    expect(session.data.liste).toEqual(['y', 'z']);
    expect(session.set('', { a: 'nein' }).ok).toBe(true);
    expect(session.data).toEqual({ a: 'nein' });
    expect(session.report()).toEqual(form.validate({ a: 'nein' }, REF));
  });

  it('creates missing groups and lists as the form says', () => {
    const session = compile(alg2).session({}, REF);
    expect(session.set('/haushalt/0/vornamen', 'Jonas').ok).toBe(true);
    expect(session.data).toEqual({ haushalt: [{ vornamen: 'Jonas' }] });
    expect(session.set('/haushalt/2/vornamen', 'Emma').ok).toBe(false);
    expect(session.set('/antragsteller/anschrift/wohnort', 'Essen').ok).toBe(true);
    expect(session.data.antragsteller).toEqual({ anschrift: { wohnort: 'Essen' } });
  });

  it('reports an issue whose text changed as changed', () => {
    const session = compile(demoForm).session(generateExample(demoForm, { seed: 1 }), REF);
    const first = session.set('/antragsteller/familienname', 'x'.repeat(300));
    const second = session.set('/antragsteller/familienname', 'x'.repeat(301));
    expect(first.ok && first.added.map((i) => i.code)).toEqual(['MAX_LENGTH']);
    expect(second.ok && [second.added, second.removed, second.changed.map((i) => i.params.length)]).toEqual([
      [],
      [],
      [301],
    ]);
  });

  it('returns added and removed issues for one change', () => {
    const session = compile(demoForm).session(generateExample(demoForm, { seed: 1 }), REF);
    expect(session.report().valid).toBe(true);
    const broken = session.set('/antragsteller/geburtsdatum', '1984-02-30');
    expect(broken.added.map((i) => [i.code, i.path])).toEqual([
      ['INVALID_DATE', '/antragsteller/geburtsdatum'],
    ]);
    expect(broken.removed).toEqual([]);
    const fixed = session.set('/antragsteller/geburtsdatum', '1984-02-29');
    expect(fixed.added).toEqual([]);
    expect(fixed.removed.map((i) => i.code)).toEqual(['INVALID_DATE']);
  });

  it('never pollutes prototypes through set paths', () => {
    const session = compile(demoForm).session({});
    session.set('/__proto__/polluted', 1);
    session.set('/antragsteller/__proto__', { polluted: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(session.report().issues.some((i) => i.code === 'UNKNOWN_KEY')).toBe(true);
  });

  it('does not change the data it was started with', () => {
    const data = generateExample(demoForm, { seed: 2 });
    const copy = structuredClone(data);
    compile(demoForm).session(data).set('/antragsteller/familienname', 'Neu');
    expect(data).toEqual(copy);
  });
});

describe('deep, cyclic and odd values never throw', () => {
  const deep = (levels: number): unknown => {
    let value: unknown = 'Grund';
    for (let i = 0; i < levels; i++) value = { x: value };
    return value;
  };
  const valid = generateExample(alg2, { seed: 3 });
  const form = compile(alg2);

  it('validate reports LIMIT_DEPTH for data 5,000 levels deep, also under unknown keys and with prune', () => {
    for (const data of [
      { ...valid, einkommenGesamt: deep(5000) },
      { ...valid, unbekannt: deep(5000) },
    ]) {
      for (const options of [REF, { ...REF, prune: true }, { ...REF, fill: true }]) {
        const report = form.validate(data, options);
        expect(report.valid).toBe(false);
        expect(report.issues.map((i) => i.code)).toContain('LIMIT_DEPTH');
      }
    }
  });

  it('validate and session accept cyclic and BigInt values as data errors', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const data = { ...valid, einkommenGesamt: cyclic, antragsdatum: 10n };
    const report = form.validate(data, REF);
    expect(report.issues.map((i) => i.code)).toContain('LIMIT_DEPTH');
    const session = form.session(data, REF);
    expect(session.report()).toEqual(report);
    expect(session.set('/einkommenGesamt', deep(3000)).ok).toBe(true);
    expect(session.report()).toEqual(form.validate(session.data, REF));
    expect(session.set('/einkommenGesamt', 5n).ok).toBe(true);
    expect(session.report()).toEqual(form.validate(session.data, REF));
  });

  it('a session over data 5,000 levels deep starts and edits', () => {
    const session = form.session({ ...valid, unbekannt: deep(5000) }, REF);
    expect(session.report().issues.map((i) => i.code)).toContain('LIMIT_DEPTH');
    expect(session.set('/unbekannt', undefined).ok).toBe(true);
    expect(session.report().issues.map((i) => i.code)).not.toContain('LIMIT_DEPTH');
  });
});

/**
 * Rules inside a repeat: one that reads its own item (re-run only in the edited item) and one
 * that reads every item with `[*]` (re-run in every item), plus a form rule over all items.
 */
const repeatForm = defineForm({
  id: 'S99000000950',
  version: '1.0.0',
  name: 'Wiederholungstest',
  key: 'wiederholungstest',
  rules: [
    rule({
      id: 'R99000000955',
      version: '1.0.0',
      name: 'Summe',
      typ: 'V',
      ruleKind: 'constraint',
      expression: 'sum(kinder.alter) <= 30',
    }),
  ],
  children: [
    group({
      id: 'G99000000951',
      version: '1.0.0',
      name: 'kinder',
      key: 'kinder',
      cardinality: '0:*',
      rules: [
        rule({
          id: 'R99000000953',
          version: '1.0.0',
          name: 'eigenes Alter',
          typ: 'V',
          ruleKind: 'constraint',
          expression: 'kinder.alter <= 12',
        }),
        rule({
          id: 'R99000000954',
          version: '1.0.0',
          name: 'alle zusammen',
          typ: 'V',
          ruleKind: 'constraint',
          expression: 'sum(kinder[*].alter) <= 20',
        }),
      ],
      children: [
        field.text({ id: 'F99000000956', version: '1.0.0', name: 'name', key: 'name' }),
        field.int({ id: 'F99000000952', version: '1.0.0', name: 'alter', key: 'alter' }),
      ],
    }),
  ],
});

describe('session: rules re-run where a change reaches them', () => {
  const form = compile(repeatForm);
  const kinder = (ages: number[]) => ({ kinder: ages.map((alter, i) => ({ name: `K${i}`, alter })) });

  it('an item rule reading its own item changes in that item only; a rule with [*] in every item', () => {
    const session = form.session(kinder([1, 2, 3]), REF);
    expect(session.report().issues).toEqual([]);
    // 16 breaks item 1's own rule; the sum (1 + 16 + 3 = 20) still holds.
    session.set('/kinder/1/alter', 16);
    expect(session.report()).toEqual(form.validate(session.data, REF));
    expect(session.report().issues.map((i) => [i.params.ruleId, i.path])).toEqual([
      ['R99000000953', '/kinder/1/alter'],
    ]);
    // Item 2 at 12: the sum over all items (1 + 16 + 12 = 29) breaks the [*] rule in every item,
    // not only in the edited one, and the form rule still holds.
    session.set('/kinder/2/alter', 12);
    expect(session.report()).toEqual(form.validate(session.data, REF));
    expect(session.report().issues.filter((i) => i.params.ruleId === 'R99000000954')).toHaveLength(3);
    // Over 30 in total: the form rule too; and back.
    session.set('/kinder/0/alter', 5);
    expect(session.report()).toEqual(form.validate(session.data, REF));
    expect(session.report().issues.map((i) => i.params.ruleId)).toContain('R99000000955');
    for (const [path, value] of [
      ['/kinder/0/alter', 1],
      ['/kinder/1/name', 'X'],
      ['/kinder/2/alter', 3],
      ['/kinder/1/alter', 2],
    ] as const) {
      session.set(path, value);
      expect(session.report()).toEqual(form.validate(session.data, REF));
    }
    expect(session.report().issues).toEqual([]);
  });

  it('adding, removing and replacing items re-runs the rules of every item', () => {
    const session = form.session(kinder([11, 2]), REF);
    for (const [path, value] of [
      ['/kinder/-', { name: 'N', alter: 9 }],
      ['/kinder/0', undefined],
      ['/kinder/0', { name: 'Z', alter: 12 }],
      ['/kinder', [{ name: 'A', alter: 25 }]],
    ] as const) {
      session.set(path, value);
      expect(session.report()).toEqual(form.validate(session.data, REF));
    }
  });
});
