/**
 * A compiled form as the validator of a real TanStack Form (`@tanstack/form-core`, the
 * framework-agnostic core of the React/Vue/Solid/Angular adapters), through Standard Schema v1:
 * the portal's form library shows antrag's messages at the fields they concern.
 */
import { readFileSync } from 'node:fs';
import { FieldApi, FormApi } from '@tanstack/form-core';
import { describe, expect, it } from 'vitest';
import { type FuehrerscheinAntrag, fuehrerschein } from '../schemas/fuehrerschein/form.js';
import { compile, standardSchema } from '../src/index.js';

const REFERENCE_DATE = '2026-03-02';
const valid = JSON.parse(readFileSync('examples/fuehrerschein/valid.json', 'utf8')) as FuehrerscheinAntrag;

function fuehrerscheinForm(
  defaultValues: FuehrerscheinAntrag,
  on: 'onSubmit' | 'onChange',
  lang: 'de' | 'en' = 'de',
) {
  const schema = standardSchema(compile(fuehrerschein), { lang, referenceDate: REFERENCE_DATE });
  const form = new FormApi({ defaultValues, validators: { [on]: schema } });
  form.mount();
  return form;
}

describe('TanStack Form with a compiled form as Standard Schema', () => {
  it('submits a valid Führerschein application', async () => {
    let submitted: unknown;
    const schema = standardSchema(compile(fuehrerschein), { referenceDate: REFERENCE_DATE });
    const form = new FormApi({
      defaultValues: valid,
      validators: { onSubmit: schema },
      onSubmit: ({ value }) => {
        submitted = value;
      },
    });
    form.mount();
    await form.handleSubmit();
    expect(form.state.isValid).toBe(true);
    expect(submitted).toEqual(valid);
  });

  it('puts a rule violation on the field it concerns, in the chosen language', async () => {
    // 16 years old on the reference date: class B is too early (§ 10 FeV), AM is fine.
    const form = fuehrerscheinForm(
      { ...valid, antragsteller: { ...valid.antragsteller, geburtsdatum: '2010-01-01' } },
      'onSubmit',
      'en',
    );
    const klasse = new FieldApi({ form, name: 'beantragteKlassen[0]' });
    klasse.mount();
    await form.handleSubmit();
    expect(form.state.isValid).toBe(false);
    expect(form.state.submissionAttempts).toBe(1);
    const errors = klasse.state.meta.errors as unknown as Array<{ message: string }>;
    expect(errors.map((error) => error.message)).toEqual([
      'Classes B and BE require an age of 18, or 17 for accompanied driving or during or after training as a professional driver. The application may be made at most six months before that age is reached.',
    ]);
    expect(form.getFieldMeta('beantragteKlassen[1]')?.errors ?? []).toEqual([]);
  });

  it('clears the error when the user fixes the field', async () => {
    const form = fuehrerscheinForm(
      { ...valid, antragsteller: { ...valid.antragsteller, geburtsdatum: '2010-01-01' } },
      'onChange',
    );
    const geburtsdatum = new FieldApi({ form, name: 'antragsteller.geburtsdatum' });
    const klasse = new FieldApi({ form, name: 'beantragteKlassen[0]' });
    geburtsdatum.mount();
    klasse.mount();
    await form.validate('change');
    expect(klasse.state.meta.errors).toHaveLength(1);
    expect(form.state.isValid).toBe(false);
    geburtsdatum.handleChange('2007-09-14');
    await form.validate('change');
    expect(klasse.state.meta.errors).toEqual([]);
    expect(form.state.isValid).toBe(true);
  });
});
