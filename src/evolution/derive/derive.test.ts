/**
 * Every check of `deriveForm`: for each finding code the case that triggers it and a near miss
 * that does not, on a small parent form whose constraints the cases are read against. The
 * oracle is the parent definition as written here (its cardinalities, codes, bounds and rules).
 */
import { describe, expect, it } from 'vitest';
import { defineForm, field, group, rule } from '../../model/builders.js';
import { DefinitionError } from '../../model/definition-error.js';
import type { Ableitungsmodifikationen, FormDefinition } from '../../model/types.js';
import { elementsOf } from '../../model/walk.js';
import { compile } from '../../validate/compile.js';
import { DERIVE_CODES } from './codes.js';
import { type DeriveOptions, deriveForm } from './derive.js';
import type { Derivation, Modification } from './format.js';

const V = '1.0.0';
const label = (de: string) => ({ de });

const parent = defineForm({
  id: 'S99000000700',
  version: '2.0.0',
  key: 'eltern',
  name: 'Elternschema',
  label: label('Elternschema'),
  bezug: '§ 1 TestG',
  codeLists: [
    {
      uri: 'urn:test:farbe',
      version: '1',
      values: [
        { code: 'r', name: label('rot') },
        { code: 'g', name: label('grün') },
        { code: 'b', name: label('blau') },
      ],
    },
  ],
  children: [
    field.text({
      key: 'name',
      id: 'F99000000701',
      version: V,
      name: 'Name',
      label: label('Name'),
      praezisierung: { minLength: 2, maxLength: 50, pattern: '[A-Za-z ]+' },
    }),
    field.select({
      key: 'farbe',
      id: 'F99000000702',
      version: V,
      name: 'Farbe',
      label: label('Farbe'),
      cardinality: '0:1',
      values: [
        { code: 'r', name: label('rot') },
        { code: 'g', name: label('grün') },
        { code: 'b', name: label('blau') },
      ],
    }),
    field.select({
      key: 'liste',
      id: 'F99000000703',
      version: V,
      name: 'Farbe aus Liste',
      label: label('Farbe aus Liste'),
      cardinality: '0:1',
      codeList: { uri: 'urn:test:farbe', version: '1' },
    }),
    field.select({
      key: 'fremd',
      id: 'F99000000704',
      version: V,
      name: 'Fremde Liste',
      label: label('Fremde Liste'),
      cardinality: '0:1',
      codeList: { uri: 'urn:test:fremd', version: '3' },
    }),
    field.int({
      key: 'anzahl',
      id: 'F99000000705',
      version: V,
      name: 'Anzahl',
      label: label('Anzahl'),
      cardinality: '0:1',
      praezisierung: { minValue: 0, maxValue: 10 },
    }),
    field.date({
      key: 'datum',
      id: 'F99000000706',
      version: V,
      name: 'Datum',
      label: label('Datum'),
      cardinality: '0:1',
      praezisierung: { minValue: '2000-01-01', maxValue: '2030-12-31' },
    }),
    group({
      key: 'kinder',
      id: 'G99000000701',
      version: V,
      name: 'Kinder',
      label: label('Kinder'),
      cardinality: '0:5',
      children: [
        field.text({
          key: 'vorname',
          id: 'F99000000707',
          version: V,
          name: 'Vorname',
          label: label('Vorname'),
        }),
        field.text({
          key: 'spitzname',
          id: 'F99000000708',
          version: V,
          name: 'Spitzname',
          label: label('Spitzname'),
          cardinality: '0:1',
        }),
      ],
    }),
    field.bool({ key: 'pflicht', id: 'F99000000709', version: V, name: 'Pflicht', label: label('Pflicht') }),
    field.text({
      key: 'bemerkung',
      id: 'F99000000710',
      version: V,
      name: 'Bemerkung',
      label: label('Bemerkung'),
      cardinality: '0:1',
      rules: [
        rule({
          id: 'R99000000701',
          version: V,
          name: 'Bemerkung nicht x',
          ruleKind: 'constraint',
          typ: 'V',
          expression: 'bemerkung != "x"',
        }),
      ],
    }),
    field.text({
      key: 'hinweis',
      id: 'F99000000711',
      version: V,
      name: 'Hinweis',
      label: label('Hinweis'),
      cardinality: '0:1',
      rules: [
        rule({
          id: 'R99000000702',
          version: V,
          name: 'Nur bei Rot',
          ruleKind: 'relevant',
          typ: 'M',
          expression: 'farbe = "r"',
        }),
      ],
    }),
    field.text({
      key: 'gelesen',
      id: 'F99000000712',
      version: V,
      name: 'Von einer Regel gelesen',
      label: label('Gelesen'),
      cardinality: '0:1',
    }),
    field.text({
      key: 'leser',
      id: 'F99000000713',
      version: V,
      name: 'Leser',
      label: label('Leser'),
      cardinality: '0:1',
      rules: [
        rule({
          id: 'R99000000703',
          version: V,
          name: 'Nur wenn gelesen',
          ruleKind: 'relevant',
          typ: 'M',
          expression: 'not(empty(gelesen))',
        }),
      ],
    }),
  ],
});

const HEADER = { id: 'S99009000700', version: '1.0.0', key: 'kind', name: 'Abgeleitetes Schema' };

function derivation(modifications: readonly unknown[], extra: Record<string, unknown> = {}): Derivation {
  return {
    format: 'antrag/derivation@1',
    parent: { id: parent.id, version: parent.version },
    derived: HEADER,
    modifications,
    ...extra,
  } as Derivation;
}

function withPermissions(ableitungsmodifikationen: Ableitungsmodifikationen): FormDefinition {
  return { ...parent, ableitungsmodifikationen };
}

/** The findings `deriveForm` throws (code and the modification's pointer), or [] when it derives. */
function findings(
  modifications: readonly unknown[],
  options: { from?: FormDefinition; extra?: Record<string, unknown>; derive?: DeriveOptions } = {},
): string[] {
  try {
    deriveForm(options.from ?? parent, derivation(modifications, options.extra), options.derive);
    return [];
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    return error.findings.map((finding) => `${finding.code} ${finding.path}`);
  }
}

const codes = (list: string[]) => list.map((entry) => entry.split(' ')[0]);
const derive = (modifications: readonly Modification[], from: FormDefinition = parent) =>
  deriveForm(from, derivation(modifications));
const element = (definition: FormDefinition, keyPath: string) =>
  elementsOf(definition).find((visit) => visit.keyPath === keyPath)?.element;

describe('deriveForm: the result', () => {
  it('without modifications: the parent content under the own identity, with ABL to the parent, compilable', () => {
    const derived = derive([]);
    expect(derived.id).toBe(HEADER.id);
    expect(derived.key).toBe('kind');
    expect(derived.children).toEqual(parent.children);
    expect(derived.codeLists).toEqual(parent.codeLists);
    expect(derived.label).toEqual(parent.label);
    expect(derived.bezug).toBe(parent.bezug);
    expect(derived.relations).toEqual([
      { praedikat: 'ABL', objekt: { id: parent.id, version: parent.version } },
    ]);
    expect(() => compile(derived)).not.toThrow();
  });

  it('applies every kind and leaves the parent unchanged', () => {
    const before = JSON.stringify(parent);
    const derived = derive([
      { kind: 'cardinality', path: '/kinder', cardinality: '1:2' },
      { kind: 'values', path: '/farbe', codes: ['b', 'r'] },
      { kind: 'values', path: '/liste', codes: ['g'] },
      { kind: 'praezisierung', path: '/name', praezisierung: { maxLength: 20 } },
      { kind: 'hide', path: '/kinder/spitzname' },
      {
        kind: 'add',
        path: '/kinder',
        after: 'vorname',
        element: field.date({
          key: 'geburtstag',
          id: 'F99009000701',
          version: V,
          name: 'Geburtstag',
          label: label('Geburtstag'),
        }),
      },
      { kind: 'texts', path: '/name', label: { de: 'Vollständiger Name', en: 'Full name' } },
    ]);
    expect(JSON.stringify(parent)).toBe(before);
    expect(element(derived, 'kinder')?.cardinality).toBe('1:2');
    const farbe = element(derived, 'farbe');
    // Kept in the parent's order.
    expect(farbe?.kind === 'field' && farbe.values?.map((value) => value.code)).toEqual(['r', 'b']);
    const liste = element(derived, 'liste');
    expect(liste?.kind === 'field' && liste.values?.map((value) => value.code)).toEqual(['g']);
    expect(liste?.kind === 'field' && liste.codeList).toEqual({ uri: 'urn:test:farbe', version: '1' });
    const name = element(derived, 'name');
    expect(name?.kind === 'field' && name.praezisierung).toEqual({
      minLength: 2,
      maxLength: 20,
      pattern: '[A-Za-z ]+',
    });
    expect(name?.label).toEqual({ de: 'Vollständiger Name', en: 'Full name' });
    const kinder = element(derived, 'kinder');
    expect(kinder?.kind === 'group' && kinder.children.map((child) => child.key)).toEqual([
      'vorname',
      'geburtstag',
    ]);
    const form = compile(derived);
    expect(
      form
        .validate({
          name: 'Anna',
          pflicht: true,
          farbe: 'g',
          kinder: [{ vorname: 'Ben', geburtstag: '2020-01-02' }],
        })
        .issues.map((issue) => issue.code),
    ).toEqual(['CODE_NOT_IN_LIST']);
  });

  it('passes the lint findings of the result through: a rule that reads a hidden element', () => {
    const result = findings([{ kind: 'hide', path: '/gelesen' }]);
    expect(codes(result)).toEqual(['DEF_RULE_UNKNOWN_REFERENCE']);
    // Near miss: hiding the reader as well leaves no rule that reads it.
    expect(
      findings([
        { kind: 'hide', path: '/leser' },
        { kind: 'hide', path: '/gelesen' },
      ]),
    ).toEqual([]);
  });

  it('passes the lint findings through: a removed code that a rule of the parent compares with', () => {
    // hinweis is relevant when farbe = "r"; without "r" that comparison can never hold.
    expect(codes(findings([{ kind: 'values', path: '/farbe', codes: ['g', 'b'] }]))).toEqual([
      'DEF_RULE_INVALID_LITERAL',
    ]);
    expect(findings([{ kind: 'values', path: '/farbe', codes: ['r', 'b'] }])).toEqual([]);
  });

  it('passes the lint findings through: an added key that a sibling already has', () => {
    const added = field.text({
      key: 'name',
      id: 'F99009000702',
      version: V,
      name: 'Noch ein Name',
      label: label('Name'),
    });
    expect(codes(findings([{ kind: 'add', path: '', element: added }]))).toEqual(['DEF_DUPLICATE_KEY']);
    expect(findings([{ kind: 'add', path: '', element: { ...added, key: 'name2' } }])).toEqual([]);
  });
});

describe('deriveForm: every finding code, with the case that triggers it and a near miss', () => {
  it('DERIVE_SCHEMA: a derivation that does not match the format', () => {
    expect(codes(findings([{ kind: 'shrink', path: '/name' }]))).toEqual(['DERIVE_SCHEMA']);
    expect(codes(findings([{ kind: 'values', path: '/farbe', codes: [] }]))).toEqual(['DERIVE_SCHEMA']);
    expect(codes(findings([{ kind: 'hide', path: 'name' }]))).toEqual(['DERIVE_SCHEMA']);
    expect(codes(findings([{ kind: 'hide', path: '/hinweis', reason: 'x' }]))).toEqual(['DERIVE_SCHEMA']);
    expect(findings([{ kind: 'hide', path: '/hinweis' }])).toEqual([]);
  });

  it('DERIVE_WRONG_PARENT: the derivation names another parent version', () => {
    const other = { parent: { id: parent.id, version: '1.0.0' } };
    expect(findings([], { extra: other })).toEqual(['DERIVE_WRONG_PARENT /parent']);
    expect(findings([], { extra: { parent: { id: parent.id, version: '2.0.0' } } })).toEqual([]);
  });

  it('DERIVE_NOT_OWN_ID: the derived schema keeps the parent id', () => {
    const same = { derived: { ...HEADER, id: parent.id } };
    expect(findings([], { extra: same })).toEqual(['DERIVE_NOT_OWN_ID /derived/id']);
    expect(findings([], { extra: { derived: { ...HEADER, id: 'S99009000701' } } })).toEqual([]);
  });

  it('DERIVE_PATH_NOT_FOUND: a missing key, a path through a field, an element hidden before, a missing sibling', () => {
    expect(findings([{ kind: 'hide', path: '/nichtda' }])).toEqual([
      'DERIVE_PATH_NOT_FOUND /modifications/0',
    ]);
    expect(codes(findings([{ kind: 'texts', path: '/name/teil', label: label('x') }]))).toEqual([
      'DERIVE_PATH_NOT_FOUND',
    ]);
    expect(
      findings([
        { kind: 'hide', path: '/hinweis' },
        { kind: 'texts', path: '/hinweis', label: label('x') },
      ]),
    ).toEqual(['DERIVE_PATH_NOT_FOUND /modifications/1']);
    const added = field.bool({
      key: 'neu',
      id: 'F99009000703',
      version: V,
      name: 'Neu',
      label: label('Neu'),
    });
    expect(codes(findings([{ kind: 'add', path: '', after: 'nichtda', element: added }]))).toEqual([
      'DERIVE_PATH_NOT_FOUND',
    ]);
    expect(codes(findings([{ kind: 'texts', path: '', label: label('x') }]))).toEqual([
      'DERIVE_PATH_NOT_FOUND',
    ]);
    // Near misses: a nested path, and an element added before it is modified.
    expect(findings([{ kind: 'texts', path: '/kinder/vorname', label: label('Rufname') }])).toEqual([]);
    expect(
      findings([
        { kind: 'add', path: '', after: 'pflicht', element: added },
        { kind: 'texts', path: '/neu', label: label('Neu!') },
      ]),
    ).toEqual([]);
  });

  it('DERIVE_NOT_APPLICABLE: codes of a text field, a praezisierung of a select or group, adding into a field', () => {
    expect(codes(findings([{ kind: 'values', path: '/name', codes: ['a'] }]))).toEqual([
      'DERIVE_NOT_APPLICABLE',
    ]);
    expect(
      codes(findings([{ kind: 'praezisierung', path: '/farbe', praezisierung: { maxLength: 1 } }])),
    ).toEqual(['DERIVE_NOT_APPLICABLE']);
    expect(
      codes(findings([{ kind: 'praezisierung', path: '/kinder', praezisierung: { maxLength: 1 } }])),
    ).toEqual(['DERIVE_NOT_APPLICABLE']);
    const added = field.bool({
      key: 'neu',
      id: 'F99009000703',
      version: V,
      name: 'Neu',
      label: label('Neu'),
    });
    expect(codes(findings([{ kind: 'add', path: '/name', element: added }]))).toEqual([
      'DERIVE_NOT_APPLICABLE',
    ]);
    expect(findings([{ kind: 'add', path: '/kinder', element: { ...added, cardinality: '0:1' } }])).toEqual(
      [],
    );
    expect(findings([{ kind: 'values', path: '/farbe', codes: ['r'] }])).toEqual([]);
  });

  describe('DERIVE_NOT_PERMITTED: the parent ableitungsmodifikationen decide which kinds are allowed', () => {
    const restrict: Modification = { kind: 'cardinality', path: '/kinder', cardinality: '0:2' };
    const hide: Modification = { kind: 'hide', path: '/hinweis' };
    const extend: Modification = {
      kind: 'add',
      path: '',
      element: field.bool({
        key: 'neu',
        id: 'F99009000703',
        version: V,
        name: 'Neu',
        label: label('Neu'),
        cardinality: '0:1',
      }),
    };
    const represent: Modification = { kind: 'texts', path: '/name', help: label('Hilfe') };
    const values: Modification = { kind: 'values', path: '/farbe', codes: ['r'] };
    const narrower: Modification = { kind: 'praezisierung', path: '/name', praezisierung: { maxLength: 10 } };
    const table: Array<[Ableitungsmodifikationen, Modification[], Modification[]]> = [
      // [permissions, refused, permitted]
      [{ struktur: 0, repraesentation: 1 }, [restrict, hide, extend], [represent, values, narrower]],
      [{ struktur: 1, repraesentation: 1 }, [extend], [restrict, hide]],
      [{ struktur: 2, repraesentation: 1 }, [restrict, hide], [extend]],
      [{ struktur: 3, repraesentation: 0 }, [represent, values, narrower], [restrict, hide, extend]],
      [{}, [], [restrict, hide, extend, represent, values, narrower]],
    ];
    for (const [permissions, refused, permitted] of table) {
      it(`struktur ${permissions.struktur ?? '—'}, repraesentation ${permissions.repraesentation ?? '—'}`, () => {
        const from = withPermissions(permissions);
        for (const modification of refused)
          expect(findings([modification], { from }), modification.kind).toEqual([
            'DERIVE_NOT_PERMITTED /modifications/0',
          ]);
        for (const modification of permitted)
          expect(findings([modification], { from }), modification.kind).toEqual([]);
      });
    }

    it('names the permission and its meaning from the code list', () => {
      try {
        deriveForm(withPermissions({ struktur: 2 }), derivation([hide]));
        expect.unreachable();
      } catch (error) {
        const finding = (error as DefinitionError).findings[0];
        expect(finding?.params).toEqual({
          modification: 'hide',
          element: 'ableitungsmodifikationenStruktur',
          code: 2,
          meaning: 'nur erweiterbar',
        });
        expect(finding?.keyPath).toBe('hinweis');
      }
    });
  });

  it('DERIVE_CARDINALITY_WIDENED: a higher maximum, a lower minimum, unbounded', () => {
    const widen = (path: string, cardinality: string) =>
      codes(findings([{ kind: 'cardinality', path, cardinality }]));
    expect(widen('/kinder', '0:6')).toEqual(['DERIVE_CARDINALITY_WIDENED']);
    expect(widen('/kinder', '0:*')).toEqual(['DERIVE_CARDINALITY_WIDENED']);
    expect(widen('/pflicht', '0:1')).toEqual(['DERIVE_CARDINALITY_WIDENED']);
    // Against the element as the earlier modification left it.
    expect(
      codes(
        findings([
          { kind: 'cardinality', path: '/kinder', cardinality: '0:3' },
          { kind: 'cardinality', path: '/kinder', cardinality: '0:4' },
        ]),
      ),
    ).toEqual(['DERIVE_CARDINALITY_WIDENED']);
    // Near misses: narrower on both ends, optional made required, the same.
    expect(widen('/kinder', '1:5')).toEqual([]);
    expect(widen('/kinder', '2:3')).toEqual([]);
    expect(widen('/farbe', '1:1')).toEqual([]);
    expect(widen('/kinder', '0:5')).toEqual([]);
  });

  it('DERIVE_CODES_ADDED: a code the parent does not allow, inline or from the loaded list', () => {
    expect(findings([{ kind: 'values', path: '/farbe', codes: ['r', 'x'] }])).toEqual([
      'DERIVE_CODES_ADDED /modifications/0',
    ]);
    expect(codes(findings([{ kind: 'values', path: '/liste', codes: ['gelb'] }]))).toEqual([
      'DERIVE_CODES_ADDED',
    ]);
    // Against the codes an earlier restriction left.
    expect(
      codes(
        findings([
          { kind: 'values', path: '/farbe', codes: ['r'] },
          { kind: 'values', path: '/farbe', codes: ['r', 'g'] },
        ]),
      ),
    ).toEqual(['DERIVE_CODES_ADDED']);
    expect(findings([{ kind: 'values', path: '/farbe', codes: ['r', 'g', 'b'] }])).toEqual([]);
    expect(findings([{ kind: 'values', path: '/liste', codes: ['b'] }])).toEqual([]);
  });

  it('DERIVE_CODE_LIST_NOT_LOADED: the codes of a list neither carried nor given cannot be checked', () => {
    expect(findings([{ kind: 'values', path: '/fremd', codes: ['a'] }])).toEqual([
      'DERIVE_CODE_LIST_NOT_LOADED /modifications/0',
    ]);
    const fremd = {
      uri: 'urn:test:fremd',
      version: '3',
      values: [
        { code: 'a', name: label('A') },
        { code: 'b', name: label('B') },
      ],
    };
    expect(
      findings([{ kind: 'values', path: '/fremd', codes: ['a'] }], { derive: { codeLists: [fremd] } }),
    ).toEqual([]);
    expect(
      codes(findings([{ kind: 'values', path: '/fremd', codes: ['c'] }], { derive: { codeLists: [fremd] } })),
    ).toEqual(['DERIVE_CODES_ADDED']);
  });

  it('DERIVE_PRAEZISIERUNG_WIDENED: lengths and bounds beyond the parent (numbers and dates)', () => {
    const narrow = (path: string, praezisierung: Record<string, unknown>) =>
      findings([{ kind: 'praezisierung', path, praezisierung }]).map((entry) => entry.split(' ')[0]);
    expect(narrow('/name', { minLength: 1 })).toEqual(['DERIVE_PRAEZISIERUNG_WIDENED']);
    expect(narrow('/name', { maxLength: 51 })).toEqual(['DERIVE_PRAEZISIERUNG_WIDENED']);
    expect(narrow('/anzahl', { minValue: -1 })).toEqual(['DERIVE_PRAEZISIERUNG_WIDENED']);
    expect(narrow('/anzahl', { maxValue: 10.5 })).toEqual(['DERIVE_PRAEZISIERUNG_WIDENED']);
    expect(narrow('/datum', { minValue: '1999-12-31' })).toEqual(['DERIVE_PRAEZISIERUNG_WIDENED']);
    expect(narrow('/datum', { maxValue: '2031-01-01' })).toEqual(['DERIVE_PRAEZISIERUNG_WIDENED']);
    // A bound of the wrong type cannot be shown narrower.
    expect(narrow('/datum', { maxValue: 2030 })).toContain('DERIVE_PRAEZISIERUNG_WIDENED');
    // Near misses: inside the parent's limits, equal to them, or where the parent has none.
    expect(narrow('/name', { minLength: 3, maxLength: 50 })).toEqual([]);
    expect(narrow('/anzahl', { minValue: 0, maxValue: 9 })).toEqual([]);
    expect(narrow('/datum', { minValue: '2000-01-02', maxValue: '2030-12-31' })).toEqual([]);
    expect(narrow('/kinder/vorname', { maxLength: 40, pattern: '[A-Z][a-z]+' })).toEqual([]);
  });

  it('DERIVE_PATTERN_REPLACED: another pattern than the parent has cannot be shown narrower', () => {
    expect(
      findings([{ kind: 'praezisierung', path: '/name', praezisierung: { pattern: '[A-Z]+' } }]),
    ).toEqual(['DERIVE_PATTERN_REPLACED /modifications/0']);
    expect(
      findings([{ kind: 'praezisierung', path: '/name', praezisierung: { pattern: '[A-Za-z ]+' } }]),
    ).toEqual([]);
  });

  it('DERIVE_HIDE_REQUIRED: a required element, also inside an optional group', () => {
    expect(findings([{ kind: 'hide', path: '/pflicht' }])).toEqual(['DERIVE_HIDE_REQUIRED /modifications/0']);
    expect(codes(findings([{ kind: 'hide', path: '/kinder/vorname' }]))).toEqual(['DERIVE_HIDE_REQUIRED']);
    // Near misses: made optional first is not possible (that widens), but optional ones hide.
    expect(findings([{ kind: 'hide', path: '/kinder/spitzname' }])).toEqual([]);
    expect(findings([{ kind: 'hide', path: '/kinder' }])).toEqual([]);
  });

  it('DERIVE_HIDE_RULE: an element whose own rule can require or check it', () => {
    expect(findings([{ kind: 'hide', path: '/bemerkung' }])).toEqual(['DERIVE_HIDE_RULE /modifications/0']);
    // Near miss: a relevance rule only says when the element applies.
    expect(findings([{ kind: 'hide', path: '/hinweis' }])).toEqual([]);
  });

  it('DERIVE_ID_COLLISION: an added element (or one inside an added group) with an id of the parent', () => {
    const collide = field.text({
      key: 'neu',
      id: 'F99000000701',
      version: V,
      name: 'Anders',
      label: label('Anders'),
    });
    expect(findings([{ kind: 'add', path: '', element: collide }])).toEqual([
      'DERIVE_ID_COLLISION /modifications/0',
    ]);
    // Another version of a parent id is still the parent's id.
    expect(codes(findings([{ kind: 'add', path: '', element: { ...collide, version: '9.0.0' } }]))).toEqual([
      'DERIVE_ID_COLLISION',
    ]);
    const inGroup = group({
      key: 'zusatz',
      id: 'G99009000701',
      version: V,
      name: 'Zusatz',
      label: label('Zusatz'),
      cardinality: '0:1',
      children: [{ ...collide, key: 'x' }],
    });
    expect(codes(findings([{ kind: 'add', path: '', element: inGroup }]))).toEqual(['DERIVE_ID_COLLISION']);
    const ruleClash = field.text({
      key: 'neu',
      id: 'F99009000704',
      version: V,
      name: 'Neu',
      label: label('Neu'),
      cardinality: '0:1',
      rules: [
        rule({
          id: 'R99000000701',
          version: V,
          name: 'x',
          ruleKind: 'constraint',
          typ: 'V',
          expression: 'neu != "y"',
        }),
      ],
    });
    expect(codes(findings([{ kind: 'add', path: '', element: ruleClash }]))).toEqual(['DERIVE_ID_COLLISION']);
    // Near misses: ids of its own, and a parent element reused unchanged (same id, version, content).
    expect(findings([{ kind: 'add', path: '', element: { ...collide, id: 'F99009000705' } }])).toEqual([]);
    const reused = parent.children[0];
    const reuse = group({
      key: 'zweiterName',
      id: 'G99009000702',
      version: V,
      name: 'Zweiter Name',
      label: label('Zweiter Name'),
      cardinality: '0:1',
      children: [{ ...reused, key: 'name' }],
    });
    expect(findings([{ kind: 'add', path: '', element: reuse }])).toEqual([]);
  });
});

describe('the catalogue', () => {
  it('has de and en for every code, all prefixed DERIVE_, all errors', () => {
    for (const [code, info] of Object.entries(DERIVE_CODES)) {
      expect(code).toMatch(/^DERIVE_[A-Z_]+$/);
      expect(info.severity).toBe('error');
      expect(info.de.length).toBeGreaterThan(10);
      expect(info.en.length).toBeGreaterThan(10);
    }
  });
});
