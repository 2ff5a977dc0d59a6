/**
 * diffDefinitions on small definitions, one concern each: how elements pair up, and how each
 * kind of change is classified. Where a verdict rests on a detail of validation (a list is not a
 * single value, a relevance rule exempts a required element), the test also validates a
 * submission to show the detail holds.
 */
import { describe, expect, it } from 'vitest';
import type {
  ChildDefinition,
  CodeList,
  FieldDefinition,
  FormDefinition,
  RuleDefinition,
} from '../../model/types.js';
import { compile } from '../../validate/compile.js';
import type { Change } from './change.js';
import { diffDefinitions } from './diff.js';
import { CHANGE_KINDS } from './kinds.js';

const field = (key: string, id: string, extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  kind: 'field',
  key,
  id,
  version: '1.0.0',
  name: key,
  feldart: 'input',
  datentyp: 'text',
  ...extra,
});

const form = (children: ChildDefinition[], extra: Partial<FormDefinition> = {}): FormDefinition => ({
  kind: 'schema',
  format: 'antrag/definition@1',
  id: 'S99000000001',
  version: '1.0.0',
  name: 'Test',
  key: 'test',
  children,
  ...extra,
});

const rule = (extra: Partial<RuleDefinition>): RuleDefinition => ({
  kind: 'rule',
  id: 'R99000000001',
  version: '1.0.0',
  name: 'Regel',
  ruleKind: 'constraint',
  typ: 'V',
  ...extra,
});

const brief = (change: Change) => ({
  kind: change.kind,
  ...(change.facet ? { facet: change.facet } : {}),
  path: change.to?.path ?? change.from?.path,
  oldToNew: change.oldToNew.class,
  newToOld: change.newToOld.class,
});

const changesOf = (a: FormDefinition, b: FormDefinition, codeLists?: CodeList[]) =>
  diffDefinitions(a, b, codeLists ? { codeLists } : {}).changes.map(brief);

const valid = (definition: FormDefinition, data: unknown) => compile(definition).validate(data).valid;

describe('pairing elements', () => {
  it('pairs by FIM id across a rename and a move, and names both paths', () => {
    const a = form([
      {
        kind: 'group',
        key: 'person',
        id: 'G99000000001',
        version: '1.0.0',
        name: 'p',
        children: [field('name', 'F99000000001')],
      },
      field('ort', 'F99000000002'),
    ]);
    const b = form([
      {
        kind: 'group',
        key: 'person',
        id: 'G99000000001',
        version: '1.0.0',
        name: 'p',
        children: [field('ort', 'F99000000002')],
      },
      field('familienname', 'F99000000001'),
    ]);
    const diff = diffDefinitions(a, b);
    const moved = diff.changes.filter((change) => change.kind === 'element-moved');
    expect(moved.map((change) => [change.from?.path, change.to?.path])).toEqual([
      ['ort', 'person.ort'],
      ['person.name', 'familienname'],
    ]);
    const renamed = diff.changes.find((change) => change.kind === 'element-renamed');
    expect(renamed).toMatchObject({ before: 'name', after: 'familienname', from: { id: 'F99000000001' } });
    expect(renamed?.oldToNew.class).toBe('breaking');
    expect(
      diff.changes.some((change) => change.kind === 'element-added' || change.kind === 'element-removed'),
    ).toBe(false);
  });

  it('falls back to the key path when the id changed, and reports the new id', () => {
    const changes = changesOf(form([field('a', 'F99000000001')]), form([field('a', 'F99000000009')]));
    expect(changes).toEqual([
      { kind: 'element-id', path: 'a', oldToNew: 'compatible', newToOld: 'compatible' },
    ]);
  });

  it('reports a reordering (XML order) but not the shift an insertion causes', () => {
    const a = form([field('a', 'F99000000001'), field('b', 'F99000000002'), field('c', 'F99000000003')]);
    const inserted = form([field('x', 'F99000000009', { cardinality: '0:1' }), ...a.children]);
    expect(changesOf(a, inserted).map((change) => change.kind)).toEqual(['element-added']);
    const swapped = form([
      field('b', 'F99000000002'),
      field('a', 'F99000000001'),
      field('c', 'F99000000003'),
    ]);
    expect(changesOf(a, swapped)).toEqual([
      { kind: 'element-reordered', path: 'b', oldToNew: 'breaking', newToOld: 'breaking' },
    ]);
  });

  it('pairs the occurrences of a reused element by key path, and marks repeated ancestors with []', () => {
    const adresse = (key: string) =>
      ({
        kind: 'group',
        key,
        id: 'G99000000005',
        version: '1.0.0',
        name: 'a',
        cardinality: '0:3',
        children: [field('ort', 'F99000000005')],
      }) as const;
    const a = form([adresse('wohnung'), adresse('post')]);
    const b = form([
      adresse('wohnung'),
      { ...adresse('post'), children: [field('ort', 'F99000000005', { praezisierung: { maxLength: 10 } })] },
    ]);
    expect(changesOf(a, b)).toEqual([
      {
        kind: 'praezisierung',
        facet: 'maxLength',
        path: 'post[].ort',
        oldToNew: 'breaking',
        newToOld: 'compatible',
      },
    ]);
  });
});

describe('classification', () => {
  it('cardinality: widened is compatible old→new, narrowed needs data or breaks, a single value becoming a list breaks', () => {
    const at = (cardinality: string) =>
      form([field('a', 'F99000000001', { cardinality: cardinality as never })]);
    expect(changesOf(at('1:1'), at('0:1'))[0]).toMatchObject({
      oldToNew: 'compatible',
      newToOld: 'needs-data',
    });
    expect(changesOf(at('0:1'), at('1:1'))[0]).toMatchObject({
      oldToNew: 'needs-data',
      newToOld: 'compatible',
    });
    expect(changesOf(at('0:5'), at('0:2'))[0]).toMatchObject({
      oldToNew: 'breaking',
      newToOld: 'compatible',
    });
    expect(changesOf(at('0:2'), at('0:*'))[0]).toMatchObject({
      oldToNew: 'compatible',
      newToOld: 'breaking',
    });
    // 0:1 → 0:* widens the count but changes the shape: a single value is not a list.
    expect(changesOf(at('0:1'), at('0:*'))[0]).toMatchObject({ oldToNew: 'breaking', newToOld: 'breaking' });
    expect(valid(at('0:1'), { a: 'x' })).toBe(true);
    expect(valid(at('0:*'), { a: 'x' })).toBe(false);
  });

  it('elements: a new optional field is compatible, a required one needs data, a removed one breaks old→new', () => {
    const a = form([field('a', 'F99000000001')]);
    expect(changesOf(a, form([...a.children, field('b', 'F99000000002', { cardinality: '0:1' })]))).toEqual([
      { kind: 'element-added', path: 'b', oldToNew: 'compatible', newToOld: 'breaking' },
    ]);
    expect(changesOf(a, form([...a.children, field('b', 'F99000000002')]))[0]).toMatchObject({
      oldToNew: 'needs-data',
      newToOld: 'breaking',
    });
    expect(changesOf(form([...a.children, field('b', 'F99000000002', { cardinality: '0:1' })]), a)).toEqual([
      { kind: 'element-removed', path: 'b', oldToNew: 'breaking', newToOld: 'compatible' },
    ]);
    // A label carries no value: removing it breaks nothing.
    const label = field('hinweis', 'F99000000003', { feldart: 'label' });
    expect(changesOf(form([...a.children, label]), a)[0]).toMatchObject({
      oldToNew: 'compatible',
      newToOld: 'compatible',
    });
  });

  it('datentyp and feldart follow what validation checks', () => {
    const at = (extra: Partial<FieldDefinition>) => form([field('a', 'F99000000001', extra)]);
    expect(changesOf(at({ datentyp: 'text_latin' }), at({ datentyp: 'text' }))[0]).toMatchObject({
      kind: 'datentyp',
      oldToNew: 'compatible',
      newToOld: 'breaking',
    });
    expect(changesOf(at({ datentyp: 'num' }), at({ datentyp: 'num_int' }))[0]).toMatchObject({
      oldToNew: 'breaking',
      newToOld: 'compatible',
    });
    expect(changesOf(at({ datentyp: 'date' }), at({ datentyp: 'datetime' }))[0]).toMatchObject({
      oldToNew: 'breaking',
      newToOld: 'breaking',
    });
    // A select field is checked as a code: its datentyp is not read.
    const values = [{ code: 'x', name: { de: 'X' } }];
    expect(
      changesOf(at({ feldart: 'select', values }), at({ feldart: 'select', values, datentyp: 'num' }))[0],
    ).toMatchObject({
      oldToNew: 'compatible',
      newToOld: 'compatible',
    });
    expect(changesOf(at({ feldart: 'input' }), at({ feldart: 'hidden' }))[0]).toMatchObject({
      kind: 'feldart',
      oldToNew: 'compatible',
    });
    expect(changesOf(at({ feldart: 'input' }), at({ feldart: 'label' }))[0]).toMatchObject({
      oldToNew: 'breaking',
      newToOld: 'needs-data',
    });
  });

  it('praezisierung: each facet by direction; facets the type does not use are compatible; patterns cannot be proved', () => {
    const at = (
      praezisierung: FieldDefinition['praezisierung'],
      datentyp: FieldDefinition['datentyp'] = 'text',
    ) => form([field('a', 'F99000000001', { datentyp, ...(praezisierung ? { praezisierung } : {}) })]);
    expect(changesOf(at({ maxLength: 10 }), at({ maxLength: 20 }))[0]).toMatchObject({
      oldToNew: 'compatible',
      newToOld: 'breaking',
    });
    expect(changesOf(at({ minLength: 1 }), at({ minLength: 2 }))[0]).toMatchObject({
      oldToNew: 'breaking',
      newToOld: 'compatible',
    });
    expect(changesOf(at(undefined), at({ pattern: '[a-z]*' }))[0]).toMatchObject({
      oldToNew: 'breaking',
      newToOld: 'compatible',
    });
    expect(changesOf(at({ pattern: '[a-z]*' }), at({ pattern: '[a-z]+' }))[0]).toMatchObject({
      oldToNew: 'breaking',
      newToOld: 'breaking',
    });
    expect(changesOf(at({ minValue: 1 }, 'num'), at({ minValue: 0 }, 'num'))[0]).toMatchObject({
      oldToNew: 'compatible',
      newToOld: 'breaking',
    });
    expect(
      changesOf(at({ maxValue: '2030-01-01' }, 'date'), at({ maxValue: '2029-12-31' }, 'date'))[0],
    ).toMatchObject({
      oldToNew: 'breaking',
      newToOld: 'compatible',
    });
    // maxLength on a number is not checked.
    expect(changesOf(at({ maxLength: 3 }, 'num'), at({ maxLength: 1 }, 'num'))[0]).toMatchObject({
      facet: 'maxLength',
      oldToNew: 'compatible',
      newToOld: 'compatible',
    });
  });

  it('code lists: codes added and removed when both lists are loaded; not loaded cannot be proved', () => {
    const list = (version: string, codes: string[]): CodeList => ({
      uri: 'urn:test:liste',
      version,
      values: codes.map((code) => ({ code, name: { de: code } })),
    });
    const at = (version: string) =>
      form([field('a', 'F99000000001', { feldart: 'select', codeList: { uri: 'urn:test:liste', version } })]);
    const loaded = diffDefinitions(at('1'), at('2'), {
      codeLists: [list('1', ['a', 'b']), list('2', ['a', 'b', 'c'])],
    });
    expect(loaded.changes).toHaveLength(1);
    expect(loaded.changes[0]).toMatchObject({
      kind: 'code-list',
      before: { uri: 'urn:test:liste', version: '1' },
      after: { uri: 'urn:test:liste', version: '2' },
      codesAdded: ['c'],
      codesRemoved: [],
      oldToNew: { class: 'compatible' },
      newToOld: { class: 'breaking' },
    });
    const removed = diffDefinitions(at('1'), at('2'), {
      codeLists: [list('1', ['a', 'b']), list('2', ['a'])],
    });
    expect(removed.changes[0]).toMatchObject({
      codesRemoved: ['b'],
      oldToNew: { class: 'breaking', reason: 'codes removed: b' },
    });
    const unknown = diffDefinitions(at('1'), at('2'), { codeLists: [list('1', ['a'])] });
    expect(unknown.changes[0]?.oldToNew).toEqual({
      class: 'breaking',
      reason: 'cannot prove: code list urn:test:liste version 2 is not loaded',
    });
    expect(unknown.changes[0]?.codesAdded).toBeUndefined();
  });

  it('rules: added and removed by what they do; equal printed expressions are compatible', () => {
    const at = (rules: RuleDefinition[], cardinality: '0:1' | '1:1' = '0:1') =>
      form([
        field('a', 'F99000000001', { cardinality, rules }),
        field('b', 'F99000000002', { cardinality: '0:1' }),
      ]);
    const required = rule({ ruleKind: 'required', expression: 'b = "x"' });
    expect(changesOf(at([]), at([required]))).toEqual([
      { kind: 'rule-added', path: 'a', oldToNew: 'needs-data', newToOld: 'compatible' },
    ]);
    const constraint = rule({ ruleKind: 'constraint', expression: 'a != "y"' });
    expect(changesOf(at([constraint]), at([]))).toEqual([
      { kind: 'rule-removed', path: 'a', oldToNew: 'compatible', newToOld: 'breaking' },
    ]);
    expect(changesOf(at([constraint]), at([{ ...constraint, expression: '(a  !=  "y")' }]))).toEqual([
      {
        kind: 'rule-expression',
        facet: 'expression',
        path: 'a',
        oldToNew: 'compatible',
        newToOld: 'compatible',
      },
    ]);
    expect(changesOf(at([constraint]), at([{ ...constraint, expression: 'a != "z"' }]))[0]).toMatchObject({
      oldToNew: 'breaking',
      newToOld: 'breaking',
    });
    expect(
      changesOf(at([constraint]), at([{ ...constraint, typ: 'K', bezug: '§ 1' }])).map((c) => c.oldToNew),
    ).toEqual(['compatible', 'compatible']);
    // A relevance rule exempts a required element; without it old submissions lack the value.
    const relevant = rule({ ruleKind: 'relevant', expression: 'b = "x"' });
    expect(changesOf(at([relevant], '1:1'), at([], '1:1'))[0]).toMatchObject({ oldToNew: 'needs-data' });
    expect(valid(at([relevant], '1:1'), {})).toBe(true);
    expect(valid(at([], '1:1'), {})).toBe(false);
    const documentation = rule({ ruleKind: 'documentation', description: 'Prosa' });
    expect(changesOf(at([]), at([documentation]))[0]).toMatchObject({
      oldToNew: 'compatible',
      newToOld: 'compatible',
    });
  });

  it('texts, status and message settings; any other property is breaking because it cannot be proved', () => {
    const a = form([field('a', 'F99000000001')], { message: { namespace: 'urn:test:1' } });
    const b = form([field('a', 'F99000000001', { label: { de: 'A' }, status: 6 })], {
      message: { namespace: 'urn:test:2' },
    });
    expect(changesOf(a, b)).toEqual([
      { kind: 'message', facet: 'namespace', path: '', oldToNew: 'breaking', newToOld: 'breaking' },
      { kind: 'text', facet: 'label', path: 'a', oldToNew: 'compatible', newToOld: 'compatible' },
      { kind: 'status', facet: 'status', path: 'a', oldToNew: 'compatible', newToOld: 'compatible' },
    ]);
    const later = form([
      { ...field('a', 'F99000000001'), ableitung: { herkunft: 'Bund' } } as FieldDefinition,
    ]);
    expect(changesOf(form([field('a', 'F99000000001')]), later)).toEqual([
      { kind: 'property', facet: 'ableitung', path: 'a', oldToNew: 'breaking', newToOld: 'breaking' },
    ]);
  });

  it('the result is plain JSON and every kind it uses is in the catalogue', () => {
    const a = form([field('a', 'F99000000001'), field('b', 'F99000000002', { cardinality: '0:1' })]);
    const b = form([field('a', 'F99000000001', { datentyp: 'num' })], { version: '2.0.0' });
    const diff = diffDefinitions(a, b);
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
    for (const change of diff.changes) expect(Object.keys(CHANGE_KINDS)).toContain(change.kind);
    expect(diff.from).toEqual({ id: 'S99000000001', version: '1.0.0', key: 'test' });
  });
});

describe('bounds across a change of data type', () => {
  it('a date bound against a datetime bound cannot be proved, and nothing throws', () => {
    const a = form([
      field('a', 'F99000000001', { datentyp: 'date', praezisierung: { minValue: '2020-01-01' } }),
    ]);
    const b = form([
      field('a', 'F99000000001', {
        datentyp: 'datetime',
        praezisierung: { minValue: '2020-01-01T00:00:00Z' },
      }),
    ]);
    const changes = changesOf(a, b);
    expect(changes).toContainEqual({
      kind: 'praezisierung',
      facet: 'minValue',
      path: 'a',
      oldToNew: 'breaking',
      newToOld: 'breaking',
    });
  });
});
