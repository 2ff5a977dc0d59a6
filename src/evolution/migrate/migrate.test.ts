/**
 * Migration on a small form in two versions whose differences are known by construction: each
 * step kind, the run-time issues (never a throw), chains over an intermediate version. The
 * expected data are written out by hand; validity is checked by compiling the new version.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChildDefinition, FormDefinition } from '../../model/types.js';
import { compile } from '../../validate/compile.js';
import { findMigrationPath, migrateChain } from './chain.js';
import { compileMigration } from './compile.js';
import type { Migration, MigrationStep } from './format.js';
import { migrate } from './run.js';

const REF = '2026-01-01';

let nextId = 1;
const id = (letter: string) => `${letter}${String(nextId++).padStart(8, '0')}`;

/** A field; the same `fid` in both versions makes the same FIM element. */
function text(key: string, fid: string, cardinality = '1:1'): ChildDefinition {
  return {
    kind: 'field',
    id: fid,
    version: '1.0.0',
    name: key,
    key,
    feldart: 'input',
    datentyp: 'text',
    cardinality: cardinality as '1:1',
  };
}
function typed(
  key: string,
  fid: string,
  datentyp: 'date' | 'bool' | 'num',
  cardinality = '1:1',
): ChildDefinition {
  return { ...text(key, fid, cardinality), datentyp } as ChildDefinition;
}
function select(key: string, fid: string, codes: readonly string[], cardinality = '1:1'): ChildDefinition {
  return {
    ...text(key, fid, cardinality),
    feldart: 'select',
    values: codes.map((code) => ({ code, name: { de: code } })),
  } as ChildDefinition;
}
function group(key: string, gid: string, children: ChildDefinition[], cardinality = '1:1'): ChildDefinition {
  return {
    kind: 'group',
    id: gid,
    version: '1.0.0',
    name: key,
    key,
    cardinality: cardinality as '1:1',
    children,
  };
}
function form(version: string, children: ChildDefinition[]): FormDefinition {
  return {
    kind: 'schema',
    format: 'antrag/definition@1',
    id: 'S00000001',
    version,
    name: 'demo',
    key: 'demo',
    children,
  };
}

const F = {
  name: id('F'),
  vorname: id('F'),
  geburtsdatum: id('F'),
  status: id('F'),
  kname: id('F'),
  art: id('F'),
  telefon: id('F'),
  fax: id('F'),
  arbeitet: id('F'),
  sucht: id('F'),
  betrag: id('F'),
  pflegekind: id('F'),
  erwerbsstatus: id('F'),
  hoch: id('F'),
  land: id('F'),
  ausweis: id('F'),
  familienstand: id('F'),
};
const G = { kinder: id('G'), person: id('G'), einkommen: id('G') };

const V1 = form('1.0.0', [
  text('name', F.name),
  text('vorname', F.vorname),
  typed('geburtsdatum', F.geburtsdatum, 'date'),
  select('status', F.status, ['ledig', 'verheiratet', 'geschieden', 'verwitwet']),
  group('kinder', G.kinder, [text('kname', F.kname), select('art', F.art, ['leiblich', 'pflege'])], '0:5'),
  text('telefon', F.telefon, '0:1'),
  text('fax', F.fax, '0:1'),
  typed('arbeitet', F.arbeitet, 'bool'),
  typed('sucht', F.sucht, 'bool'),
  typed('betrag', F.betrag, 'num', '0:1'),
]);

const V2 = form('2.0.0', [
  group('person', G.person, [
    text('nachname', F.name),
    text('vorname', F.vorname),
    typed('geburtsdatum', F.geburtsdatum, 'date'),
  ]),
  select('familienstand', F.familienstand, ['LD', 'VH', 'GS', 'VW']),
  group(
    'kinder',
    G.kinder,
    [
      text('kname', F.kname),
      select('art', F.art, ['leiblich', 'pflege', 'adoptiert']),
      typed('pflegekind', F.pflegekind, 'bool'),
    ],
    '0:5',
  ),
  text('telefon', F.telefon, '0:1'),
  select('erwerbsstatus', F.erwerbsstatus, ['erwerbstaetig', 'suchend', 'keins']),
  group('einkommen', G.einkommen, [typed('betrag', F.betrag, 'num'), typed('hoch', F.hoch, 'bool')], '0:1'),
  text('land', F.land),
  text('ausweisnummer', F.ausweis),
]);

const STEPS: MigrationStep[] = [
  { op: 'move', from: 'name', to: 'person.nachname' },
  { op: 'move', from: 'vorname', to: 'person.vorname' },
  {
    op: 'mapCodes',
    from: 'status',
    to: 'familienstand',
    codes: { ledig: 'LD', verheiratet: 'VH', geschieden: 'GS', verwitwet: 'VW' },
  },
  { op: 'compute', to: 'kinder[].pflegekind', expression: 'kinder.art = "pflege"' },
  { op: 'drop', from: 'fax', reason: 'Fax is no longer a channel.' },
  {
    op: 'join',
    from: ['arbeitet', 'sucht'],
    to: 'erwerbsstatus',
    expression: 'if(arbeitet, "erwerbstaetig", if(sucht, "suchend", "keins"))',
  },
  {
    op: 'split',
    from: 'betrag',
    to: [
      { path: 'einkommen.betrag', expression: 'betrag' },
      { path: 'einkommen.hoch', expression: 'betrag > 1000' },
    ],
  },
  { op: 'default', to: 'land', value: 'DE', reason: 'Version 1 served only addresses in Germany.' },
  { op: 'ask', to: 'ausweisnummer', reason: 'Not asked in version 1.' },
];

function migration(steps: readonly MigrationStep[] = STEPS, from = '1.0.0', to = '2.0.0'): Migration {
  return { kind: 'migration', format: 'antrag/migration@1', form: 'demo', from, to, steps };
}

const OLD = {
  name: 'Muster',
  vorname: 'Erika',
  geburtsdatum: '1980-02-29',
  status: 'verheiratet',
  kinder: [
    { kname: 'Max', art: 'leiblich' },
    { kname: 'Mia', art: 'pflege' },
  ],
  telefon: '0341 123',
  fax: '0341 124',
  arbeitet: false,
  sucht: true,
  betrag: 1200.5,
};

/** The codes of every error a compiled migration throws. */
function thrown(
  steps: readonly MigrationStep[],
  from = V1,
  to = V2,
  data: unknown = migration(steps),
): string[] {
  try {
    compileMigration(data, from, to);
  } catch (error) {
    return ((error as { findings?: { code: string; keyPath: string }[] }).findings ?? []).map(
      (finding) => `${finding.code} ${finding.keyPath}`,
    );
  }
  return [];
}

describe('migrate: every step kind on one submission', () => {
  const compiled = compileMigration(migration(), V1, V2);

  it('compiles, and says it asks for one element', () => {
    expect(compiled.complete).toBe(false);
    expect(compiled.findings.map((f) => `${f.code} ${f.keyPath}`)).toEqual([
      'MIGRATION_NEEDS_INPUT ausweisnummer',
    ]);
  });

  it('builds the new submission, which the new version accepts', () => {
    const result = migrate(OLD, compiled, { referenceDate: REF, answers: { ausweisnummer: 'L01X00T47' } });
    expect(result.data).toEqual({
      person: { nachname: 'Muster', vorname: 'Erika', geburtsdatum: '1980-02-29' },
      familienstand: 'VH',
      kinder: [
        { kname: 'Max', art: 'leiblich', pflegekind: false },
        { kname: 'Mia', art: 'pflege', pflegekind: true },
      ],
      telefon: '0341 123',
      erwerbsstatus: 'suchend',
      einkommen: { betrag: 1200.5, hoch: true },
      land: 'DE',
      ausweisnummer: 'L01X00T47',
    });
    expect(result.issues).toEqual([]);
    expect(result.complete).toBe(true);
    expect(compile(V2).validate(result.data, { referenceDate: REF }).valid).toBe(true);
  });

  it('reports each change with old and new pointers and values', () => {
    const result = migrate(OLD, compiled, { referenceDate: REF, answers: { ausweisnummer: 'L01X00T47' } });
    const byAction = (action: string) => result.changes.filter((change) => change.action === action);
    expect(byAction('moved')).toEqual([
      { action: 'moved', from: '/name', to: '/person/nachname', old: 'Muster', new: 'Muster', step: 0 },
      { action: 'moved', from: '/vorname', to: '/person/vorname', old: 'Erika', new: 'Erika', step: 1 },
    ]);
    expect(byAction('mapped')).toEqual([
      { action: 'mapped', from: '/status', to: '/familienstand', old: 'verheiratet', new: 'VH', step: 2 },
    ]);
    expect(byAction('computed')).toEqual([
      { action: 'computed', to: '/kinder/0/pflegekind', new: false, step: 3 },
      { action: 'computed', to: '/kinder/1/pflegekind', new: true, step: 3 },
    ]);
    expect(byAction('dropped')).toEqual([
      { action: 'dropped', from: '/fax', old: '0341 124', step: 4, reason: 'Fax is no longer a channel.' },
    ]);
    expect(byAction('joined')).toEqual([
      { action: 'joined', from: '/arbeitet', old: false, to: '/erwerbsstatus', new: 'suchend', step: 5 },
      { action: 'joined', from: '/sucht', old: true, to: '/erwerbsstatus', new: 'suchend', step: 5 },
    ]);
    expect(byAction('split')).toEqual([
      { action: 'split', from: '/betrag', old: 1200.5, to: '/einkommen/betrag', new: 1200.5, step: 6 },
      { action: 'split', from: '/betrag', old: 1200.5, to: '/einkommen/hoch', new: true, step: 6 },
    ]);
    expect(byAction('defaulted')).toEqual([
      {
        action: 'defaulted',
        to: '/land',
        new: 'DE',
        step: 7,
        reason: 'Version 1 served only addresses in Germany.',
      },
    ]);
    expect(byAction('answered')).toEqual([
      { action: 'answered', to: '/ausweisnummer', new: 'L01X00T47', step: 8 },
    ]);
  });

  it('without the answer reports the question and leaves the element out', () => {
    const result = migrate(OLD, compiled, { referenceDate: REF });
    expect(result.issues.map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'MIGRATE_NEEDS_INPUT /ausweisnummer',
    ]);
    expect(result.complete).toBe(false);
    expect(result.data).not.toHaveProperty('ausweisnummer');
  });

  it('leaves an optional group out when nothing fills it (no betrag, no einkommen)', () => {
    const { betrag: _, ...withoutBetrag } = OLD;
    const result = migrate(withoutBetrag, compiled, { referenceDate: REF, answers: { ausweisnummer: 'X' } });
    expect(result.data).not.toHaveProperty('einkommen');
    expect(result.issues).toEqual([]);
  });

  it('asks only when the condition holds', () => {
    const steps = STEPS.map((step) => (step.op === 'ask' ? { ...step, when: 'count(kinder) > 0' } : step));
    const conditional = compileMigration(migration(steps), V1, V2);
    const withChildren = migrate(OLD, conditional, { referenceDate: REF });
    expect(withChildren.issues.map((issue) => issue.code)).toEqual(['MIGRATE_NEEDS_INPUT']);
    const childless = migrate({ ...OLD, kinder: [] }, conditional, { referenceDate: REF });
    expect(childless.issues).toEqual([]);
  });

  it('maps booleans to codes by "true" and "false"', () => {
    const v1 = form('1.0.0', [typed('flag', F.arbeitet, 'bool')]);
    const v2 = form('2.0.0', [select('flag', F.erwerbsstatus, ['ja', 'nein', 'offen'])]);
    const compiledFlag = compileMigration(
      migration([{ op: 'mapCodes', from: 'flag', codes: { true: 'ja', false: 'nein' } }]),
      v1,
      v2,
    );
    expect(migrate({ flag: true }, compiledFlag, { referenceDate: REF }).data).toEqual({ flag: 'ja' });
    expect(migrate({ flag: false }, compiledFlag, { referenceDate: REF }).data).toEqual({ flag: 'nein' });
  });

  it('moves a whole group under a new key, with its items', () => {
    const v2 = form('2.0.0', [
      ...V2.children.filter((child) => child.key !== 'kinder'),
      group(
        'kinderListe',
        G.kinder,
        [text('kname', F.kname), select('art', F.art, ['leiblich', 'pflege'])],
        '0:5',
      ),
    ]);
    const steps = [
      ...STEPS.filter((step) => step.op !== 'compute'),
      { op: 'move', from: 'kinder[]', to: 'kinderListe[]' } as const,
    ];
    const result = migrate(OLD, compileMigration(migration(steps), V1, v2), { referenceDate: REF });
    expect(result.data.kinderListe).toEqual(OLD.kinder);
    expect(result.changes.filter((change) => change.action === 'moved').map((change) => change.to)).toContain(
      '/kinderListe',
    );
  });
});

describe('migrate: bad input never throws and loses nothing', () => {
  const compiled = compileMigration(migration(), V1, V2);

  it('reports an input that is not a valid old submission, and migrates what it can', () => {
    const result = migrate({ ...OLD, telefon: 42 }, compiled, {
      referenceDate: REF,
      answers: { ausweisnummer: 'X' },
    });
    expect(result.issues.map((issue) => issue.code)).toEqual([
      'MIGRATE_INPUT_INVALID',
      'MIGRATE_VALUE_UNFIT',
    ]);
    expect(result.issues[1]?.params).toMatchObject({ from: '/telefon', value: '42' });
    expect(result.input.valid).toBe(false);
    expect(result.data.person).toEqual({ nachname: 'Muster', vorname: 'Erika', geburtsdatum: '1980-02-29' });
  });

  it('reports a code without a counterpart with its value', () => {
    const result = migrate({ ...OLD, status: 'unbekannt' }, compiled, {
      referenceDate: REF,
      answers: { ausweisnummer: 'X' },
    });
    expect(result.issues.map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'MIGRATE_INPUT_INVALID ',
      'MIGRATE_UNMAPPED_CODE /status',
    ]);
    expect(result.issues[1]?.params.value).toBe('"unbekannt"');
    expect(result.data).not.toHaveProperty('familienstand');
  });

  it('reports values of no element of the old version (left over)', () => {
    const result = migrate({ ...OLD, spitzname: 'Eri' }, compiled, {
      referenceDate: REF,
      answers: { ausweisnummer: 'X' },
    });
    expect(result.issues.map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'MIGRATE_INPUT_INVALID ',
      'MIGRATE_VALUE_LEFT_OVER /spitzname',
    ]);
  });

  it('reports a computed value that comes out empty for a required element', () => {
    const steps = STEPS.map((step) =>
      step.op === 'compute' ? { ...step, expression: 'if(kinder.art = "pflege", true, null)' } : step,
    );
    const result = migrate(OLD, compileMigration(migration(steps), V1, V2), {
      referenceDate: REF,
      answers: { ausweisnummer: 'X' },
    });
    expect(result.issues.map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'MIGRATE_NO_VALUE /kinder/0/pflegekind',
    ]);
  });

  it('never throws on data a JSON parser cannot give (a cycle), and reports the value it cannot carry', () => {
    const cyclic: Record<string, unknown> = { ...OLD };
    cyclic.kinder = cyclic;
    const result = migrate(cyclic, compiled, { referenceDate: REF, answers: { ausweisnummer: 'X' } });
    expect(result.issues.map((issue) => `${issue.code} ${issue.path}`)).toContain(
      'MIGRATE_VALUE_UNFIT /kinder',
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            name: fc.anything(),
            kinder: fc.anything(),
            status: fc.anything(),
            betrag: fc.anything(),
          }),
        ),
        (input) => {
          const result = migrate(input, compiled, { referenceDate: REF });
          expect(typeof result.data).toBe('object');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('compileMigration: checked against both definitions when defined', () => {
  const replace = (index: number, step: MigrationStep) => STEPS.map((s, i) => (i === index ? step : s));

  it('rejects data that is not a migration (MIGRATION_SCHEMA)', () => {
    expect(thrown([], V1, V2, { kind: 'migration', steps: [{ op: 'rename' }] })[0]).toMatch(
      /^MIGRATION_SCHEMA/,
    );
    expect(thrown([], V1, V2, '{ not json')[0]).toMatch(/^MIGRATION_SCHEMA/);
  });

  it('rejects a migration of other versions (MIGRATION_WRONG_VERSION)', () => {
    expect(thrown(STEPS, V1, V2, migration(STEPS, '0.9.0'))).toEqual(['MIGRATION_WRONG_VERSION ']);
    expect(thrown(STEPS, V1, V2, { ...migration(STEPS), form: 'other' })).toEqual([
      'MIGRATION_WRONG_VERSION ',
    ]);
  });

  it('rejects paths that are not key paths or not in their version', () => {
    // The old `name` still reaches person.nachname by its FIM id, so only the path is wrong.
    expect(thrown(replace(0, { op: 'move', from: 'name..x', to: 'person.nachname' }))).toEqual([
      'MIGRATION_PATH_SYNTAX name..x',
    ]);
    expect(thrown(replace(0, { op: 'move', from: 'nam', to: 'person.nachname' }))).toEqual([
      'MIGRATION_UNKNOWN_PATH nam',
    ]);
    expect(thrown(replace(0, { op: 'move', from: 'name', to: 'person.name' }))).toEqual([
      'MIGRATION_UNKNOWN_PATH person.name',
    ]);
    expect(thrown(replace(7, { op: 'default', to: 'laender', value: 'DE', reason: 'r' }))).toEqual([
      'MIGRATION_UNKNOWN_PATH laender',
      'MIGRATION_INCOMPLETE land',
    ]);
  });

  it('rejects a [] missing after a repeat or after a single element (MIGRATION_LIST_STEP)', () => {
    expect(thrown(replace(3, { op: 'compute', to: 'kinder.pflegekind', expression: 'true' }))).toEqual([
      'MIGRATION_LIST_STEP kinder.pflegekind',
      'MIGRATION_INCOMPLETE kinder[].pflegekind',
    ]);
    expect(thrown(replace(7, { op: 'default', to: 'land[]', value: 'DE', reason: 'r' }))).toEqual([
      'MIGRATION_LIST_STEP land[]',
      'MIGRATION_INCOMPLETE land',
    ]);
  });

  it('rejects a move across repeats that do not correspond (MIGRATION_LIST_MISMATCH)', () => {
    expect(thrown([...STEPS, { op: 'move', from: 'kinder[].kname', to: 'telefon' }])).toEqual([
      'MIGRATION_LIST_MISMATCH telefon',
      'MIGRATION_UNHANDLED telefon',
    ]);
    const v2 = form('2.0.0', [...V2.children, group('liste', id('G'), [text('eintrag', id('F'))], '0:3')]);
    expect(thrown([...STEPS, { op: 'compute', to: 'liste[].eintrag', expression: '"x"' }], V1, v2)).toEqual([
      'MIGRATION_LIST_MISMATCH liste[].eintrag',
    ]);
  });

  it('rejects a value whose type does not fit its target (MIGRATION_TYPE_MISMATCH)', () => {
    expect(thrown(replace(1, { op: 'move', from: 'geburtsdatum', to: 'person.vorname' }))).toEqual([
      'MIGRATION_TYPE_MISMATCH person.vorname',
      'MIGRATION_INCOMPLETE person.vorname',
      'MIGRATION_UNHANDLED vorname',
    ]);
    expect(
      thrown(replace(3, { op: 'compute', to: 'kinder[].pflegekind', expression: 'kinder.kname' })),
    ).toEqual(['MIGRATION_TYPE_MISMATCH kinder[].pflegekind', 'MIGRATION_INCOMPLETE kinder[].pflegekind']);
  });

  it('rejects an expression that does not parse or type-check against the old version (MIGRATION_EXPRESSION)', () => {
    expect(
      thrown(replace(3, { op: 'compute', to: 'kinder[].pflegekind', expression: 'kinder.art = ' })),
    ).toEqual(['MIGRATION_EXPRESSION kinder[].pflegekind', 'MIGRATION_INCOMPLETE kinder[].pflegekind']);
    // `pflegekind` exists only in the new version: expressions read the old submission.
    expect(
      thrown(replace(3, { op: 'compute', to: 'kinder[].pflegekind', expression: 'kinder.pflegekind' })),
    ).toEqual(['MIGRATION_EXPRESSION kinder[].pflegekind', 'MIGRATION_INCOMPLETE kinder[].pflegekind']);
  });

  it('rejects a code map naming codes outside the lists (MIGRATION_UNKNOWN_CODE)', () => {
    const codes = { ledig: 'LD', verheiratet: 'VH', geschieden: 'GS', verwitwet: 'VW', getrennt: 'GS' };
    expect(thrown(replace(2, { op: 'mapCodes', from: 'status', to: 'familienstand', codes }))).toEqual([
      'MIGRATION_UNKNOWN_CODE status',
      'MIGRATION_INCOMPLETE familienstand',
    ]);
    const wrongNew = { ledig: 'LD', verheiratet: 'VH', geschieden: 'GS', verwitwet: 'WW' };
    expect(
      thrown(replace(2, { op: 'mapCodes', from: 'status', to: 'familienstand', codes: wrongNew })),
    ).toEqual(['MIGRATION_UNKNOWN_CODE familienstand', 'MIGRATION_INCOMPLETE familienstand']);
  });

  it('warns about old codes that are neither mapped nor allowed, then reports such values (MIGRATION_CODES_UNCOVERED)', () => {
    const codes = { ledig: 'LD', verheiratet: 'VH', geschieden: 'GS' };
    const compiled = compileMigration(
      migration(replace(2, { op: 'mapCodes', from: 'status', to: 'familienstand', codes })),
      V1,
      V2,
    );
    expect(compiled.findings.map((f) => `${f.code} ${f.keyPath}`)).toContain(
      'MIGRATION_CODES_UNCOVERED status',
    );
    const result = migrate({ ...OLD, status: 'verwitwet' }, compiled, {
      referenceDate: REF,
      answers: { ausweisnummer: 'X' },
    });
    expect(result.issues.map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'MIGRATE_UNMAPPED_CODE /status',
    ]);
  });

  it('rejects a default that does not fit its field (MIGRATION_DEFAULT_INVALID)', () => {
    expect(thrown(replace(7, { op: 'default', to: 'land', value: 49, reason: 'r' }))).toEqual([
      'MIGRATION_DEFAULT_INVALID land',
      'MIGRATION_INCOMPLETE land',
    ]);
    expect(
      thrown([
        ...STEPS.filter((s) => s.op !== 'mapCodes'),
        { op: 'default', to: 'familienstand', value: 'XX', reason: 'r' },
      ]),
    ).toEqual([
      'MIGRATION_DEFAULT_INVALID familienstand',
      'MIGRATION_INCOMPLETE familienstand',
      'MIGRATION_UNHANDLED status',
    ]);
  });

  it('rejects two steps filling one element (MIGRATION_DUPLICATE_TARGET)', () => {
    expect(thrown([...STEPS, { op: 'default', to: 'land', value: 'AT', reason: 'r' }])).toEqual([
      'MIGRATION_DUPLICATE_TARGET land',
    ]);
  });

  it('rejects a required new element nothing fills (MIGRATION_INCOMPLETE)', () => {
    expect(thrown(STEPS.filter((step) => step.op !== 'default'))).toEqual(['MIGRATION_INCOMPLETE land']);
    expect(thrown(STEPS.filter((step) => step.op !== 'ask'))).toEqual(['MIGRATION_INCOMPLETE ausweisnummer']);
    // Inside a repeat that old data carries, a new required field must be filled too.
    expect(thrown(STEPS.filter((step) => step.op !== 'compute'))).toEqual([
      'MIGRATION_INCOMPLETE kinder[].pflegekind',
    ]);
  });

  it('requires the fields of an optional new group only when old data can make the group exist', () => {
    const withoutSplit = [
      ...STEPS.filter((step) => step.op !== 'split'),
      { op: 'drop', from: 'betrag', reason: 'r' } as const,
    ];
    // einkommen.betrag has the FIM id of the old betrag: carried by it, einkommen may exist, so its
    // required field hoch must be filled.
    expect(thrown(withoutSplit)).toEqual(['MIGRATION_INCOMPLETE einkommen.hoch']);
    // With an element of its own, nothing fills einkommen (0:1), and nothing in it is required.
    const v2 = form('2.0.0', [
      ...V2.children.filter((child) => child.key !== 'einkommen'),
      group(
        'einkommen',
        G.einkommen,
        [typed('betrag', id('F'), 'num'), typed('hoch', F.hoch, 'bool')],
        '0:1',
      ),
    ]);
    expect(thrown(withoutSplit, V1, v2)).toEqual([]);
  });

  it('rejects an old field the new version lost that is neither moved nor dropped (MIGRATION_UNHANDLED)', () => {
    expect(thrown(STEPS.filter((step) => step.op !== 'drop'))).toEqual(['MIGRATION_UNHANDLED fax']);
    expect(thrown(STEPS.filter((step) => step.op !== 'join'))).toEqual([
      'MIGRATION_INCOMPLETE erwerbsstatus',
      'MIGRATION_UNHANDLED arbeitet',
      'MIGRATION_UNHANDLED sucht',
    ]);
  });

  it('takes a counterpart by FIM id when an element moved without a step (person.geburtsdatum)', () => {
    const compiled = compileMigration(migration(), V1, V2);
    const result = migrate(OLD, compiled, { referenceDate: REF, answers: { ausweisnummer: 'X' } });
    expect(result.data.person).toMatchObject({ geburtsdatum: '1980-02-29' });
  });
});

describe('migrateChain: across an intermediate version', () => {
  // 1.5.0 only renames: name → person.nachname etc. happen in 1.0.0 → 1.5.0; the rest after.
  const V15 = form('1.5.0', [
    group('person', G.person, [
      text('nachname', F.name),
      text('vorname', F.vorname),
      typed('geburtsdatum', F.geburtsdatum, 'date'),
    ]),
    ...V1.children.filter((child) => !['name', 'vorname', 'geburtsdatum'].includes(child.key)),
  ]);
  const first = compileMigration(
    migration(
      STEPS.filter((step) => step.op === 'move'),
      '1.0.0',
      '1.5.0',
    ),
    V1,
    V15,
  );
  const second = compileMigration(
    migration(
      STEPS.filter((step) => step.op !== 'move'),
      '1.5.0',
      '2.0.0',
    ),
    V15,
    V2,
  );
  const direct = compileMigration(migration(), V1, V2);

  it('finds the path and gives what the direct migration gives', () => {
    expect(findMigrationPath([second, first], '1.0.0', '2.0.0')).toEqual([first, second]);
    const answers = { ausweisnummer: 'X' };
    const chained = migrateChain(OLD, [second, first], {
      from: '1.0.0',
      to: '2.0.0',
      referenceDate: REF,
      answers,
    });
    expect(chained.versions).toEqual(['1.0.0', '1.5.0', '2.0.0']);
    expect(chained.data).toEqual(migrate(OLD, direct, { referenceDate: REF, answers }).data);
    expect(chained.complete).toBe(true);
    expect(compile(V2).validate(chained.data, { referenceDate: REF }).valid).toBe(true);
    expect(
      chained.changes.filter((change) => change.version === '1.5.0').map((change) => change.action),
    ).toEqual(['moved', 'moved']);
  });

  it('reports when no chain leads to the version asked for (MIGRATE_NO_PATH)', () => {
    const result = migrateChain(OLD, [first], { from: '1.0.0', to: '2.0.0', referenceDate: REF });
    expect(result.issues.map((issue) => issue.code)).toEqual(['MIGRATE_NO_PATH']);
    expect(result.data).toEqual(OLD);
    expect(findMigrationPath([first], '2.0.0', '1.0.0')).toBeUndefined();
  });
});
