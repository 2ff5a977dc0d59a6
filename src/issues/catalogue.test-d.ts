import { describe, expectTypeOf, it } from 'vitest';
import type { IssueParams } from '../validate/report.js';
import { makeIssue } from '../validate/report.js';
import type { CodeInfo, ParamsOf, Placeholders } from './catalogue.js';

describe('params typed from the templates', () => {
  it('finds plain and plural placeholders', () => {
    expectTypeOf<Placeholders<'„{label}“ at most {max|time|times} ({count})'>>().toEqualTypeOf<
      'label' | 'max' | 'count'
    >();
  });

  it('joins both languages and the extra params, without the label', () => {
    interface Info extends CodeInfo {
      readonly de: '{label} {a}';
      readonly en: '{label} {b}';
      readonly extraParams: readonly ['c'];
    }
    expectTypeOf<keyof ParamsOf<Info>>().toEqualTypeOf<'a' | 'b' | 'c'>();
  });

  it('types the params of each validation code', () => {
    expectTypeOf<keyof IssueParams<'MIN_LENGTH'>>().toEqualTypeOf<'minLength' | 'length'>();
    expectTypeOf<keyof IssueParams<'MIN_VALUE'>>().toEqualTypeOf<'minValue' | 'value'>();
    // @ts-expect-error a misspelt param does not compile
    makeIssue('MIN_LENGTH', '/a', { minLenght: 3, length: 1 });
    // @ts-expect-error a missing param does not compile
    makeIssue('MIN_LENGTH', '/a', {});
  });
});
