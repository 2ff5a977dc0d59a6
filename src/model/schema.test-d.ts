import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { ModelSchemas } from './schema.js';
import type {
  Ableitungsmodifikationen,
  ElementReference,
  FieldDefinition,
  FormDefinition,
  GroupDefinition,
  RuleDefinition,
} from './types.js';

/**
 * A type compared without the differences that do not matter here: readonly, and the `undefined`
 * that zod adds to optional properties (exactOptionalPropertyTypes keeps it apart).
 */
type Normalized<T> = T extends readonly (infer Item)[]
  ? Normalized<Item>[]
  : T extends object
    ? { -readonly [K in keyof T]: Normalized<Exclude<T[K], undefined>> }
    : T;

type Output<Name extends keyof ModelSchemas> = z.output<ModelSchemas[Name]>;

describe('the definition format and the model types are one description', () => {
  it('fields', () => {
    expectTypeOf<Normalized<Output<'field'>>>().toEqualTypeOf<Normalized<FieldDefinition>>();
  });

  it('rules', () => {
    expectTypeOf<Normalized<Output<'rule'>>>().toEqualTypeOf<Normalized<RuleDefinition>>();
  });

  it('groups', () => {
    expectTypeOf<Normalized<Output<'group'>>>().toEqualTypeOf<Normalized<GroupDefinition>>();
  });

  it('the whole form (the file may name its JSON Schema)', () => {
    expectTypeOf<Normalized<Omit<Output<'definition'>, '$schema'>>>().toEqualTypeOf<
      Normalized<FormDefinition>
    >();
  });

  it('the permissions of derived schemas and the Dokumentsteckbrief reference', () => {
    expectTypeOf<Normalized<Output<'ableitungsmodifikationen'>>>().toEqualTypeOf<
      Normalized<Ableitungsmodifikationen>
    >();
    expectTypeOf<Normalized<Output<'elementReference'>>>().toEqualTypeOf<Normalized<ElementReference>>();
  });
});
