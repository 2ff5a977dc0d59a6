/**
 * The diff's classification against random single edits of the shipped forms: widen or narrow
 * a cardinality, add an optional or a required field, remove a field, add or remove a code,
 * change a data type, a length, a bound or a pattern, a label, remove a rule. For each edit the
 * diff must find exactly that edit (one change, of the edit's kind, at the edited element), and
 * when it calls the change compatible old→new, every generated valid submission of the form
 * must validate against the edited definition. Edits that make the definition fail its lint
 * (a removed field a rule still reads) are drawn again.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCE_DATE, SHIPPED_CODE_LISTS, validSubmissions } from '../../../test/support/evolution.js';
import { builtInForms } from '../../forms/registry.js';
import { DefinitionError } from '../../model/definition-error.js';
import type { ChildDefinition, FieldDefinition, FormDefinition } from '../../model/types.js';
import { occurrence } from '../../model/walk.js';
import { type Random, seededRandom } from '../../text/xsd-regex-sample.js';
import { compile } from '../../validate/compile.js';
import { diffDefinitions } from './diff.js';
import type { ChangeKind } from './kinds.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Container = { children: ChildDefinition[] };

/** An element of the edited copy with its display path (`[]` after repeated ancestors). */
interface Place {
  readonly element: Mutable<ChildDefinition>;
  readonly parent: Container;
  readonly path: string;
}

function places(definition: FormDefinition): Place[] {
  const out: Place[] = [];
  const visit = (container: Container, prefix: string) => {
    for (const child of container.children) {
      const path = `${prefix}${child.key}`;
      out.push({ element: child as Mutable<ChildDefinition>, parent: container, path });
      if (child.kind === 'group')
        visit(child as unknown as Container, `${path}${occurrence(child).repeated ? '[]' : ''}.`);
    }
  };
  visit(definition as unknown as Container, '');
  return out;
}

interface Edit {
  readonly name: string;
  readonly kind: ChangeKind;
  readonly facet?: string;
  readonly path: string;
}

const pick = <T>(random: Random, items: readonly T[]): T | undefined =>
  items[Math.floor(random() * items.length)];

const cardinalityText = (min: number, max: number) =>
  `${min}:${max === Number.POSITIVE_INFINITY ? '*' : max}`;

const NEW_FIELD = (key: string, cardinality: '0:1' | '1:1'): FieldDefinition => ({
  kind: 'field',
  id: 'F99000009999',
  version: '1.0.0',
  name: 'Neues Feld',
  key,
  cardinality,
  feldart: 'input',
  datentyp: 'text',
});

const DATENTYPEN = ['text', 'text_latin', 'num', 'num_int', 'num_currency', 'date', 'bool'] as const;

/** Applies one random edit to `copy` (a deep copy); undefined when the drawn edit does not apply. */
function applyEdit(copy: FormDefinition, random: Random): Edit | undefined {
  const all = places(copy);
  const fields = all.filter((place) => place.element.kind === 'field');
  const inputs = fields.filter((place) => {
    const f = place.element as FieldDefinition;
    return f.feldart === 'input' && f.codeList === undefined && f.values === undefined;
  });
  const place = pick(random, all);
  if (!place) return undefined;
  const edit = pick(random, [
    'widen',
    'narrow',
    'add-optional',
    'add-required',
    'remove',
    'add-code',
    'remove-code',
    'datentyp',
    'maxLength',
    'minValue',
    'pattern',
    'label',
    'remove-rule',
  ] as const);
  const { min, max, repeated } = occurrence(place.element as ChildDefinition);
  switch (edit) {
    case 'widen': {
      const next =
        min > 0 && !(repeated && min === 1 && max === 2)
          ? cardinalityText(min - 1, max)
          : repeated && Number.isFinite(max)
            ? cardinalityText(min, max + 3)
            : undefined;
      if (!next) return undefined;
      place.element.cardinality = next as never;
      return { name: `widen ${place.path} to ${next}`, kind: 'cardinality', path: place.path };
    }
    case 'narrow': {
      let next: string | undefined;
      if (!repeated && min === 0) next = '1:1';
      else if (repeated && max === Number.POSITIVE_INFINITY) next = cardinalityText(min, Math.max(min, 2));
      else if (repeated && min + 1 <= max) next = cardinalityText(min + 1, max);
      if (!next) return undefined;
      place.element.cardinality = next as never;
      return { name: `narrow ${place.path} to ${next}`, kind: 'cardinality', path: place.path };
    }
    case 'add-optional':
    case 'add-required': {
      const groups = all.filter((p) => p.element.kind === 'group');
      const target = pick(random, [undefined, ...groups]);
      const container = (target ? target.element : copy) as unknown as Container;
      const key = 'neuesFeld';
      if (container.children.some((child) => child.key === key)) return undefined;
      const at = Math.floor(random() * (container.children.length + 1));
      container.children.splice(at, 0, NEW_FIELD(key, edit === 'add-optional' ? '0:1' : '1:1'));
      const prefix = target
        ? `${target.path}${occurrence(target.element as ChildDefinition).repeated ? '[]' : ''}.`
        : '';
      return { name: `${edit} at ${prefix}${key}`, kind: 'element-added', path: `${prefix}${key}` };
    }
    case 'remove': {
      const field = pick(random, fields);
      if (!field) return undefined;
      field.parent.children.splice(field.parent.children.indexOf(field.element as ChildDefinition), 1);
      return { name: `remove ${field.path}`, kind: 'element-removed', path: field.path };
    }
    case 'add-code':
    case 'remove-code': {
      const coded = fields.filter((p) => (p.element as FieldDefinition).values !== undefined);
      const field = pick(random, coded);
      if (!field) return undefined;
      const element = field.element as Mutable<FieldDefinition>;
      const values = [...(element.values ?? [])];
      if (edit === 'add-code') values.push({ code: 'neu', name: { de: 'Neu' } });
      else {
        if (values.length < 2) return undefined;
        values.splice(Math.floor(random() * values.length), 1);
      }
      element.values = values;
      return { name: `${edit} at ${field.path}`, kind: 'codes', path: field.path };
    }
    case 'datentyp': {
      const field = pick(random, inputs);
      if (!field) return undefined;
      const element = field.element as Mutable<FieldDefinition>;
      const next = pick(
        random,
        DATENTYPEN.filter((type) => type !== element.datentyp),
      );
      if (!next) return undefined;
      element.datentyp = next;
      return { name: `datentyp of ${field.path} ${next}`, kind: 'datentyp', path: field.path };
    }
    case 'maxLength': {
      const texts = inputs.filter((p) =>
        ['text', 'text_latin'].includes((p.element as FieldDefinition).datentyp),
      );
      const field = pick(random, texts);
      if (!field) return undefined;
      const element = field.element as Mutable<FieldDefinition>;
      const current = element.praezisierung?.maxLength;
      const next =
        current === undefined
          ? 3 + Math.floor(random() * 40)
          : random() < 0.3
            ? undefined
            : Math.max(current + Math.floor(random() * 21) - 10, element.praezisierung?.minLength ?? 1, 1);
      if (next === current) return undefined;
      const { maxLength: _, ...rest } = element.praezisierung ?? {};
      element.praezisierung = next === undefined ? rest : { ...rest, maxLength: next };
      return {
        name: `maxLength of ${field.path} ${current} → ${next}`,
        kind: 'praezisierung',
        facet: 'maxLength',
        path: field.path,
      };
    }
    case 'minValue': {
      const numbers = inputs.filter((p) =>
        ['num', 'num_int', 'num_currency'].includes((p.element as FieldDefinition).datentyp),
      );
      const field = pick(random, numbers);
      if (!field) return undefined;
      const element = field.element as Mutable<FieldDefinition>;
      const current = element.praezisierung?.minValue;
      const base = typeof current === 'number' ? current : 0;
      const next =
        random() < 0.5 ? base - 1 - Math.floor(random() * 100) : base + 1 + Math.floor(random() * 1000);
      element.praezisierung = { ...element.praezisierung, minValue: next };
      return {
        name: `minValue of ${field.path} ${current} → ${next}`,
        kind: 'praezisierung',
        facet: 'minValue',
        path: field.path,
      };
    }
    case 'pattern': {
      const texts = inputs.filter((p) =>
        ['text', 'text_latin'].includes((p.element as FieldDefinition).datentyp),
      );
      const field = pick(random, texts);
      if (!field) return undefined;
      const element = field.element as Mutable<FieldDefinition>;
      const { pattern, ...rest } = element.praezisierung ?? {};
      element.praezisierung = pattern === undefined ? { ...rest, pattern: '[A-Za-z ]*' } : rest;
      return { name: `pattern of ${field.path}`, kind: 'praezisierung', facet: 'pattern', path: field.path };
    }
    case 'label': {
      place.element.label = { de: `Neu: ${place.element.label?.de ?? place.element.name}` };
      return { name: `label of ${place.path}`, kind: 'text', facet: 'label', path: place.path };
    }
    case 'remove-rule': {
      const ruled = all.filter((p) => (p.element.rules ?? []).length > 0);
      const host = pick(random, ruled);
      if (!host) return undefined;
      const rules = [...(host.element.rules ?? [])];
      rules.splice(Math.floor(random() * rules.length), 1);
      host.element.rules = rules;
      return { name: `remove a rule of ${host.path}`, kind: 'rule-removed', path: host.path };
    }
  }
}

const EDITS_PER_FORM = 40;
const SUBMISSIONS = 60;

describe('diff of random single edits', () => {
  for (const [name, definition] of builtInForms) {
    it(`${name}: finds exactly the edit, and compatible edits keep old submissions valid`, () => {
      const form = compile(definition, { codeLists: SHIPPED_CODE_LISTS });
      const submissions = validSubmissions(form, SUBMISSIONS, 7);
      const random = seededRandom(name.length * 31 + 5);
      let applied = 0;
      let compatibleEdits = 0;
      let rejectingEdits = 0;
      for (let attempt = 0; applied < EDITS_PER_FORM && attempt < EDITS_PER_FORM * 20; attempt++) {
        // JSON, not structuredClone: the forms reuse element objects, which must not stay shared.
        const copy = JSON.parse(JSON.stringify(definition)) as FormDefinition;
        const edit = applyEdit(copy, random);
        if (!edit) continue;
        let edited: ReturnType<typeof compile>;
        try {
          edited = compile(copy, { codeLists: SHIPPED_CODE_LISTS });
        } catch (error) {
          if (error instanceof DefinitionError) continue;
          throw error;
        }
        applied++;
        const diff = diffDefinitions(definition, copy, { codeLists: SHIPPED_CODE_LISTS });
        const summary = diff.changes.map(
          (c) => `${c.kind}${c.facet ? `:${c.facet}` : ''} ${c.to?.path ?? c.from?.path}`,
        );
        expect(summary, edit.name).toEqual([
          `${edit.kind}${edit.facet ? `:${edit.facet}` : ''} ${edit.path}`,
        ]);
        const rejected = submissions.filter(
          (data) => !edited.validate(structuredClone(data), { referenceDate: REFERENCE_DATE }).valid,
        ).length;
        if (rejected > 0) rejectingEdits++;
        if (diff.changes.every((change) => change.oldToNew.class === 'compatible')) {
          compatibleEdits++;
          expect(rejected, `${edit.name}: called compatible, rejected ${rejected} old submissions`).toBe(0);
        }
      }
      expect(applied).toBe(EDITS_PER_FORM);
      // Both outcomes occur, so the property is exercised and the data is not trivial.
      expect(compatibleEdits).toBeGreaterThan(5);
      expect(rejectingEdits).toBeGreaterThan(5);
    }, 120_000);
  }
});
