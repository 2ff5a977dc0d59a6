import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Derivation, DerivationSchemas, DerivedSchemaHeader, Modification } from './format.js';

/** A type compared without readonly and the `undefined` zod adds to optional properties. */
type Normalized<T> = T extends readonly (infer Item)[]
  ? Normalized<Item>[]
  : T extends object
    ? { -readonly [K in keyof T]: Normalized<Exclude<T[K], undefined>> }
    : T;

type Output<Name extends keyof DerivationSchemas> = z.output<DerivationSchemas[Name]>;

describe('the derivation format and its types are one description', () => {
  it('the derived schema header', () => {
    expectTypeOf<Normalized<Output<'header'>>>().toEqualTypeOf<Normalized<DerivedSchemaHeader>>();
  });

  it('the modifications', () => {
    expectTypeOf<Normalized<Output<'modification'>>>().toEqualTypeOf<Normalized<Modification>>();
  });

  it('the whole derivation (the file may name its JSON Schema)', () => {
    expectTypeOf<Normalized<Omit<Output<'derivation'>, '$schema'>>>().toEqualTypeOf<Normalized<Derivation>>();
  });
});
