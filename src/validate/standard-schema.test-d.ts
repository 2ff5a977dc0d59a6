/** Type tests: a compiled form is a Standard Schema v1 whose input and output are the submission type. */
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { describe, expectTypeOf, it } from 'vitest';
import { type FuehrerscheinAntrag, fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import type { FormDefinition } from '../model/types.js';
import { type CompiledForm, compile } from './compile.js';
import { standardSchema } from './standard-schema.js';

/** What a library accepting any Standard Schema does (the spec's own pattern). */
declare function standardValidate<T extends StandardSchemaV1>(
  schema: T,
  input: StandardSchemaV1.InferInput<T>,
): Promise<StandardSchemaV1.Result<StandardSchemaV1.InferOutput<T>>>;

describe('Standard Schema types', () => {
  const form = compile(fuehrerschein);

  it('a compiled form is a StandardSchemaV1', () => {
    expectTypeOf(form).toExtend<StandardSchemaV1>();
    expectTypeOf(form['~standard'].version).toEqualTypeOf<1>();
    expectTypeOf(form['~standard'].vendor).toEqualTypeOf<string>();
    expectTypeOf(standardSchema(form)).toExtend<StandardSchemaV1>();
  });

  it('infers the submission type as input and output', () => {
    expectTypeOf<StandardSchemaV1.InferInput<typeof form>>().toEqualTypeOf<FuehrerscheinAntrag>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof form>>().toEqualTypeOf<FuehrerscheinAntrag>();
    type Via = ReturnType<typeof standardSchema<typeof fuehrerschein>>;
    expectTypeOf<StandardSchemaV1.InferOutput<Via>>().toEqualTypeOf<FuehrerscheinAntrag>();
  });

  it('validate returns a Standard result of the submission type', () => {
    const result = form['~standard'].validate({});
    expectTypeOf(result).toEqualTypeOf<
      StandardSchemaV1.Result<FuehrerscheinAntrag> | Promise<StandardSchemaV1.Result<FuehrerscheinAntrag>>
    >();
    expectTypeOf(standardValidate(form, { antragsart: 'bf17' } as FuehrerscheinAntrag)).toEqualTypeOf<
      Promise<StandardSchemaV1.Result<FuehrerscheinAntrag>>
    >();
  });

  it('a form known only as FormDefinition has plain records, and typed forms stay assignable to it', () => {
    expectTypeOf<StandardSchemaV1.InferOutput<CompiledForm>>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf(form).toExtend<CompiledForm<FormDefinition>>();
  });
});
