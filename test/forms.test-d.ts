import { describe, expectTypeOf, it } from 'vitest';
import type {
  Alg2Antrag,
  FuehrerscheinAntrag,
  PersonenbefoerderungsscheinAntrag,
} from '../src/forms/index.js';
import type { FileValue } from '../src/model/types.js';

describe('submission types of the shipped forms', () => {
  it('fuehrerschein: code unions, lists, optional parts, no index signature', () => {
    expectTypeOf<FuehrerscheinAntrag['antragsart']>().toEqualTypeOf<
      'ersterteilung' | 'erweiterung' | 'neuerteilung' | 'umschreibung' | 'bf17'
    >();
    expectTypeOf<FuehrerscheinAntrag['beantragteKlassen'][number]>().toEqualTypeOf<
      | 'AM'
      | 'A1'
      | 'A2'
      | 'A'
      | 'B'
      | 'BE'
      | 'C1'
      | 'C1E'
      | 'C'
      | 'CE'
      | 'D1'
      | 'D1E'
      | 'D'
      | 'DE'
      | 'L'
      | 'T'
    >();
    expectTypeOf<FuehrerscheinAntrag['antragsteller']['geburtsdatum']>().toEqualTypeOf<string>();
    expectTypeOf<FuehrerscheinAntrag>().toHaveProperty('begleitperson');
    expectTypeOf<undefined>().toExtend<FuehrerscheinAntrag['begleitperson']>();
    expectTypeOf<FuehrerscheinAntrag['nachweise']['lichtbild']>().toEqualTypeOf<FileValue>();
    expectTypeOf<string>().not.toExtend<keyof FuehrerscheinAntrag>();
  });

  it('alg2 and personenbefoerderungsschein have typed repeats', () => {
    expectTypeOf<NonNullable<Alg2Antrag['haushalt']>>().toBeArray();
    expectTypeOf<string>().not.toExtend<keyof Alg2Antrag>();
    expectTypeOf<string>().not.toExtend<keyof PersonenbefoerderungsscheinAntrag>();
  });
});
