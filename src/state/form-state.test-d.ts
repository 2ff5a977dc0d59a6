import { describe, expectTypeOf, it } from 'vitest';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { compile } from '../validate/compile.js';
import type { SessionChange } from '../validate/session.js';
import { createFormState, type ElementState, type FormStateChange, type Lang } from './form-state.js';
import type { InputKind } from './input-kind.js';

describe('form state types', () => {
  it('takes any compiled form; states may be absent; changes carry the session change', () => {
    const state = createFormState(compile(fuehrerschein), { lang: 'en' });
    expectTypeOf(state.get('/antragsart')).toEqualTypeOf<ElementState | undefined>();
    expectTypeOf(state.set('/antragsart', 'bf17')).toEqualTypeOf<FormStateChange>();
    expectTypeOf<FormStateChange['session']>().toEqualTypeOf<SessionChange>();
    expectTypeOf(state.lang).toEqualTypeOf<Lang>();
    expectTypeOf<ElementState['inputKind']>().toEqualTypeOf<InputKind>();
    expectTypeOf<InputKind>().toEqualTypeOf<
      | 'text'
      | 'date'
      | 'time'
      | 'datetime'
      | 'boolean'
      | 'number'
      | 'integer'
      | 'currency'
      | 'file'
      | 'select'
      | 'static'
      | 'hidden'
      | 'group'
    >();
    // @ts-expect-error: only German and English
    createFormState(compile(fuehrerschein), { lang: 'fr' });
  });
});
