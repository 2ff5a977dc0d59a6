/** Function names are known to the type checker: the catalogue is `as const satisfies`. */
import { describe, expectTypeOf, it } from 'vitest';
import { FUNCTIONS, type FunctionName } from './library.js';

describe('FUNCTIONS', () => {
  it('keeps each name and evaluation kind as a literal type', () => {
    expectTypeOf<'countWhere'>().toExtend<FunctionName>();
    expectTypeOf<'age'>().toExtend<FunctionName>();
    expectTypeOf<'nope'>().not.toExtend<FunctionName>();
    expectTypeOf(FUNCTIONS.if.evaluation).toEqualTypeOf<'lazy'>();
    expectTypeOf(FUNCTIONS.matches.pattern).toEqualTypeOf<1>();
    expectTypeOf(FUNCTIONS.age.evaluation).toEqualTypeOf<'eager'>();
  });
});
