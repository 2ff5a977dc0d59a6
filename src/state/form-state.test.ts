import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alg2 } from '../../schemas/alg2/form.js';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { personenbefoerderungsschein } from '../../schemas/personenbefoerderungsschein/form.js';
import { oracleSet } from '../../test/support/edit-oracle.js';
import { withoutComputed } from '../../test/support/settle.js';
import { generateExample } from '../generate/example.js';
import type { Issue } from '../issues/issue.js';
import type { ChildDefinition, CodeValue, FieldDefinition, FormDefinition } from '../model/types.js';
import { parseCardinality } from '../model/types.js';
import { compile } from '../validate/compile.js';
import { createFormState, type ElementState, type FormState } from './form-state.js';

const REF = '2026-03-02';
const FORMS = { fuehrerschein, personenbefoerderungsschein, alg2 } as const;
const example = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}/valid.json`, import.meta.url), 'utf8'));

/** Every state of a form, as a renderer walks it: the form, then children and items, depth first. */
function walk(state: FormState, path = ''): ElementState[] {
  const here = state.get(path);
  if (!here) return [];
  return [here, ...[...(here.items ?? []), ...(here.children ?? [])].flatMap((p) => walk(state, p))];
}

/** A pointer with one token more or less, as the test writes them by hand. */
const append = (path: string, token: string | number) => `${path}/${token}`;

/** The value at a pointer in a plain copy. */
function at(data: unknown, path: string): unknown {
  let node = data;
  for (const token of path.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, token) ? (node as Record<string, unknown>)[token] : undefined;
  }
  return node;
}

/** The issues of a fresh validation whose path is `path` exactly. */
function issuesAt(issues: readonly Issue[], path: string): string[] {
  return issues.filter((issue) => issue.path === path).map((issue) => `${issue.code}@${issue.path}`);
}

describe('the state of each element, against a fresh validation of a copy of the data', () => {
  for (const [name, definition] of Object.entries(FORMS)) {
    it(`${name}: relevant, required now, computed, value and issues of every field of the valid example`, () => {
      const form = compile(definition as FormDefinition);
      const copy = example(name);
      const state = createFormState(form, { data: copy, referenceDate: REF });
      const report = form.validate(copy, { referenceDate: REF });
      let checked = 0;
      for (const element of walk(state)) {
        if (element.kind === 'form') continue;
        const { path } = element;
        expect(element.value, path).toEqual(element.kind === 'field' ? at(copy, path) : undefined);
        // Issues exactly at the path (no state here has issues of a deeper place: the data is valid).
        expect(
          element.issues.map((i) => `${i.code}@${i.path}`),
          path,
        ).toEqual(issuesAt(report.issues, path));
        if (element.index !== undefined) continue;
        // Relevance: validation rejects a value here (NOT_RELEVANT) exactly when it is not relevant.
        const present = at(copy, path) ?? (element.repeat ? [] : 'x');
        const withValue = oracleSet(definition as FormDefinition, copy, path, present);
        // (A value inside a group that does not apply is reported at that group.)
        const rejected = form
          .validate(withValue, { referenceDate: REF })
          .issues.some(
            (i) => i.code === 'NOT_RELEVANT' && (path === i.path || path.startsWith(`${i.path}/`)),
          );
        expect(rejected, `${path} relevant`).toBe(!element.relevant);
        // Required now: without a value here validation asks for one exactly when it is required
        // (where the container is present; otherwise validation does not look inside).
        const container = path.slice(0, path.lastIndexOf('/'));
        if (!element.relevant || (container !== '' && at(copy, container) === undefined)) continue;
        const without = oracleSet(definition as FormDefinition, copy, path, undefined);
        const missing = form
          .validate(without, { referenceDate: REF })
          .issues.filter((i) => i.path === path && ['REQUIRED', 'REQUIRED_IF'].includes(i.code));
        expect(missing.length > 0, `${path} required`).toBe(element.required);
        // Computed: what validation fills in when the value is absent.
        if (element.computed !== undefined && !element.repeat) {
          const filled = form.validate(without, { referenceDate: REF, fill: true });
          expect(at(filled.data, path), `${path} computed`).toEqual(element.computed);
        }
        checked++;
      }
      expect(checked).toBeGreaterThan(20);
    });
  }

  it('labels, help, hints and option names follow the language; options keep code-list order', () => {
    const state = createFormState(compile(fuehrerschein), { referenceDate: REF });
    const art = state.get('/antragsart') as ElementState;
    expect(art.label).toBe('Art des Antrags');
    const codes = fuehrerschein.children.find((c) => c.key === 'antragsart') as FieldDefinition;
    const values: readonly CodeValue[] = codes.values ?? [];
    expect(art.options?.map((o) => o.code)).toEqual(values.map((v) => v.code));
    expect(art.options?.map((o) => o.label)).toEqual(values.map((v) => v.name.de));
    const seen: string[] = [];
    state.subscribe('/antragsart', (s) => seen.push(s?.label ?? ''));
    state.setLanguage('en');
    expect(seen).toEqual([codes?.label?.en]);
    expect(state.get('/antragsart')?.options?.map((o) => o.label)).toEqual(
      values.map((v) => v.name.en ?? v.name.de),
    );
  });

  it('input kinds come from feldart and datentyp; locked and computed fields are read-only', () => {
    const state = createFormState(compile(alg2), { referenceDate: REF });
    expect(state.get('/antragsdatum')?.inputKind).toBe('date');
    expect(state.get('/haushalt')?.inputKind).toBe('group');
    expect(state.get('/einkommenGesamt')).toMatchObject({
      inputKind: 'currency',
      readOnly: true,
      computed: 0,
    });
    const fs = createFormState(compile(fuehrerschein), { referenceDate: REF });
    expect(fs.get('/hinweisDatenschutz')).toMatchObject({ inputKind: 'static', required: false });
    expect(fs.get('/beantragteKlassen')).toMatchObject({
      inputKind: 'select',
      repeat: { min: 1, count: 0, canAdd: true, canRemove: false },
    });
    expect(fs.get('/nachweise/lichtbild')).toMatchObject({ inputKind: 'file' });
  });
});

describe('changes', () => {
  it('a keystroke in Bürgergeld with 8 household members notifies only the field typed into', () => {
    const form = compile(alg2);
    const data = example('alg2');
    const member = (data.haushalt as unknown[])[0];
    data.haushalt = Array.from({ length: 8 }, () => structuredClone(member));
    const state = createFormState(form, { data, referenceDate: REF });
    const all = walk(state);
    expect(all.length).toBeGreaterThan(150);
    const notified: string[] = [];
    for (const element of all) state.subscribe(element.path, () => notified.push(element.path));
    const change = state.set('/haushalt/5/vornamen', 'Thomas P');
    expect(change.paths).toEqual(['/haushalt/5/vornamen']);
    expect(notified).toEqual(['/haushalt/5/vornamen']);
    // An issue appears and goes: the field alone again.
    notified.length = 0;
    state.set('/haushalt/5/steuerId', '12345678901');
    expect(notified).toEqual(['/haushalt/5/steuerId']);
    expect(state.get('/haushalt/5/steuerId')?.issues.map((i) => i.code)).toEqual(
      issuesAt(form.validate(state.data, { referenceDate: REF }).issues, '/haushalt/5/steuerId').map(
        (c) => c.split('@')[0],
      ),
    );
  });

  it('snapshots stay the same objects until they change; unsubscribe stops notifications', () => {
    const state = createFormState(compile(fuehrerschein), { referenceDate: REF });
    const before = state.get('/antragsdatum');
    state.set('/antragsteller/familienname', 'Muster');
    expect(state.get('/antragsdatum')).toBe(before);
    const seen: unknown[] = [];
    const stop = state.subscribe('/antragsdatum', (s) => seen.push(s?.value));
    state.set('/antragsdatum', '2026-03-01');
    stop();
    state.set('/antragsdatum', '2026-03-02');
    expect(seen).toEqual(['2026-03-01']);
  });

  it('a refused edit changes nothing and notifies no path', () => {
    const state = createFormState(compile(fuehrerschein), { referenceDate: REF });
    const change = state.set('no-slash', 1);
    expect(change.session.ok).toBe(false);
    expect(change.paths).toEqual([]);
  });

  it('add and remove items: bounds, shifted items, removed paths notified as gone', () => {
    const state = createFormState(compile(alg2), { referenceDate: REF, data: example('alg2') });
    const count = (state.get('/haushalt')?.repeat?.count ?? 0) as number;
    const last = `/haushalt/${count - 1}/familienname`;
    const gone: unknown[] = [];
    state.subscribe(last, (s) => gone.push(s));
    state.add('/haushalt');
    expect(state.get('/haushalt')?.repeat?.count).toBe(count + 1);
    expect(state.get(`/haushalt/${count}`)?.children?.[0]).toBe(`/haushalt/${count}/familienname`);
    state.remove('/haushalt/0');
    expect(state.get('/haushalt')?.repeat?.count).toBe(count);
    // The items after the removed one moved up: the last watched one now holds the new, empty item.
    expect(gone).toHaveLength(1);
    expect(gone.at(-1)).toMatchObject({ path: last, required: true, issues: [{ code: 'REQUIRED' }] });
    expect(gone.at(-1)).not.toHaveProperty('value');
    state.remove('/haushalt/0');
    expect(state.get('/haushalt')?.repeat?.count).toBe(count - 1);
    expect(gone).toHaveLength(2);
    expect(gone.at(-1)).toBeUndefined();
  });

  it('prune removes the values of elements that stop applying, as validation with prune does', () => {
    const data = example('fuehrerschein');
    data.antragsart = 'bf17';
    data.beantragteKlassen = ['B'];
    data.begleitperson = [
      {
        familienname: 'Schäfer',
        vornamen: 'Jens',
        geburtsdatum: '1970-04-02',
        fuehrerscheinnummer: 'B072RRE2I55',
        klasseBSeit: '1988-06-01',
      },
    ];
    const state = createFormState(compile(fuehrerschein), { data, referenceDate: REF, prune: true });
    expect(state.get('/begleitperson')?.repeat?.count).toBe(1);
    const change = state.set('/antragsart', 'ersterteilung');
    const oracle = compile(fuehrerschein).validate(
      oracleSet(fuehrerschein, data, '/antragsart', 'ersterteilung'),
      {
        referenceDate: REF,
        prune: true,
      },
    );
    expect(state.data).toEqual(oracle.data);
    expect(state.data).not.toHaveProperty('begleitperson');
    expect(change.paths).toContain('/begleitperson');
    expect(state.report().issues.filter((i) => i.code === 'NOT_RELEVANT')).toEqual([]);
  });

  it('fill keeps computed fields filled as the data changes', () => {
    const data = example('alg2');
    const state = createFormState(compile(alg2), { data, referenceDate: REF, fill: true });
    state.set('/haushalt/0/einkommen/0/betragMonatlich', 1200);
    const value = state.get('/einkommenGesamt')?.value;
    const oracle = compile(alg2).validate(oracleSet(alg2, state.data, '/einkommenGesamt', undefined), {
      referenceDate: REF,
      fill: true,
    });
    expect(value).toEqual(at(oracle.data, '/einkommenGesamt'));
    expect(state.report().issues.filter((i) => i.code === 'CALCULATED_MISMATCH')).toEqual([]);
  });
});

/** Every JSON pointer of a form (list items up to index 2). */
function pointers(children: readonly ChildDefinition[], prefix = ''): string[] {
  const out: string[] = [];
  for (const child of children) {
    const path = append(prefix, child.key);
    out.push(path);
    const repeated = (parseCardinality(child.cardinality ?? '1:1')?.max ?? 1) > 1;
    const items = repeated ? [0, 1, 2].map((i) => append(path, i)) : [path];
    if (repeated) out.push(...items, `${path}/-`);
    if (child.kind === 'group') for (const item of items) out.push(...pointers(child.children, item));
  }
  return out;
}

describe('incremental: after any edit, exactly the states that differ from a fresh state are notified', () => {
  const variants = [
    ...Object.keys(FORMS).map((name) => [name, {}] as const),
    ['alg2', { fill: true, prune: true }] as const,
    ['fuehrerschein', { prune: true }] as const,
  ];
  for (const [name, settle] of variants) {
    const definition = FORMS[name as keyof typeof FORMS];
    it(`${name} ${JSON.stringify(settle)}`, () => {
      const form = compile(definition as FormDefinition);
      const samples = [1, 2].map((seed) =>
        generateExample(definition as FormDefinition, { seed, shape: 'maximal' }),
      );
      const leaves: unknown[] = [undefined, '', 'x', 0, true, {}, []];
      const collect = (value: unknown): void => {
        leaves.push(value);
        if (Array.isArray(value)) value.forEach(collect);
        else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
      };
      samples.forEach(collect);
      const edit = fc.record({
        path: fc.constantFrom(...pointers(definition.children)),
        value: fc.constantFrom(...leaves),
      });
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
          const start = example(name);
          const state = createFormState(form, { data: start, referenceDate: REF, ...settle });
          const watched = new Map<string, number>();
          const watch = () => {
            for (const element of walk(state))
              if (!watched.has(element.path)) {
                watched.set(element.path, 0);
                state.subscribe(element.path, () =>
                  watched.set(element.path, (watched.get(element.path) ?? 0) + 1),
                );
              }
          };
          watch();
          let copy: unknown = start;
          for (const { path, value } of edits) {
            const before = new Map([...watched.keys()].map((p) => [p, state.get(p)]));
            for (const p of watched.keys()) watched.set(p, 0);
            const change = state.set(path, value);
            const next = oracleSet(definition as FormDefinition, copy, path, value);
            expect(change.session.ok).toBe(next !== undefined);
            if (next !== undefined) copy = next;
            // Filling and pruning change the data further: validation with the same options says how.
            // (A computed value is what its rule gives now: validation fills it where it is absent.)
            if (next !== undefined && 'prune' in settle) {
              const stripped = 'fill' in settle ? withoutComputed(definition.children, copy) : copy;
              const settled = form.validate(stripped, { referenceDate: REF, ...settle });
              if (settled.data) copy = settled.data;
            }
            const fresh = createFormState(form, { data: copy, referenceDate: REF, ...settle });
            expect(state.data).toEqual(copy);
            expect(state.report().issues).toEqual(form.validate(copy, { referenceDate: REF }).issues);
            for (const [p, old] of before) {
              const now = fresh.get(p);
              expect(state.get(p), p).toEqual(now);
              const differs = JSON.stringify(old) !== JSON.stringify(now);
              expect(watched.get(p), `${path}: ${p} notified`).toBe(differs ? 1 : 0);
            }
            watch();
          }
        }),
        { numRuns: 25, seed: 18 },
      );
    }, 120_000);
  }
});
