import { describe, expect, it } from 'vitest';
import { compileXsdPattern } from './xsd-regex.js';

function matcher(pattern: string): (value: string) => boolean {
  const result = compileXsdPattern(pattern);
  if (!result.ok) throw new Error(`${pattern}: ${result.error}`);
  return (value) => result.regex.test(value);
}

describe('compileXsdPattern', () => {
  it('anchors implicitly', () => {
    const plz = matcher('([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}');
    expect(plz('01067')).toBe(true);
    expect(plz('80331')).toBe(true);
    expect(plz('00123')).toBe(false);
    expect(plz('x80331')).toBe(false);
    expect(plz('803310')).toBe(false);
  });

  it('treats ^ and $ inside a pattern as ordinary characters', () => {
    const m = matcher('a^b$c');
    expect(m('a^b$c')).toBe(true);
    expect(m('abc')).toBe(false);
  });

  it('strips JS-style anchors at the ends and says so', () => {
    const result = compileXsdPattern('[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{1,63}$');
    expect(result).toMatchObject({ ok: true, strippedAnchors: true });
    if (!result.ok) return;
    expect(result.xsd).toBe('[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{1,63}');
    expect(result.regex.test('max.mustermann@example.de')).toBe(true);
    expect(result.regex.test('max@example')).toBe(false);
    expect(compileXsdPattern('^\\d+$')).toMatchObject({ ok: true, strippedAnchors: true });
    expect(compileXsdPattern('\\d+')).toMatchObject({ ok: true, strippedAnchors: false });
    // An escaped dollar stays a character.
    expect(compileXsdPattern('a\\$')).toMatchObject({ ok: false });
  });

  it('has XSD meanings of ., \\s, \\d and \\w', () => {
    const dot = matcher('a.c');
    expect(dot('abc')).toBe(true);
    expect(dot('a\nc')).toBe(false);
    expect(dot('a\rc')).toBe(false);
    expect(dot('a\tc')).toBe(true);
    expect(dot('a😀c')).toBe(true); // one code point
    expect(matcher('\\s')('\u00A0')).toBe(false); // XSD whitespace is only space, tab, CR, LF
    expect(matcher('\\s')('\t')).toBe(true);
    expect(matcher('\\d+')('٣٤')).toBe(true); // Arabic-Indic digits are Nd
    expect(matcher('\\w+')('Straße_1')).toBe(false); // '_' is punctuation (Pc)
    expect(matcher('\\w+')('Straße1')).toBe(true);
    expect(matcher('\\W')('-')).toBe(true);
  });

  it('supports XML name escapes \\i and \\c', () => {
    const name = matcher('\\i\\c*');
    expect(name('nachricht.0101')).toBe(true);
    expect(name('_x-y')).toBe(true);
    expect(name('1abc')).toBe(false);
    expect(matcher('\\I')('1')).toBe(true);
    expect(matcher('\\C')(' ')).toBe(true);
  });

  it('supports categories and blocks, positive and negated', () => {
    expect(matcher('\\p{Lu}\\p{Ll}+')('Berlin')).toBe(true);
    expect(matcher('\\P{L}+')('123')).toBe(true);
    expect(matcher('\\p{IsBasicLatin}+')('abc')).toBe(true);
    expect(matcher('\\p{IsBasicLatin}+')('äbc')).toBe(false);
    expect(matcher('\\p{IsLatin-1Supplement}')('ä')).toBe(true);
    expect(matcher('\\p{IsGreek}')('α')).toBe(true);
    expect(matcher('\\P{IsGreek}')('a')).toBe(true);
    expect(matcher('[\\p{IsBasicLatin}\\p{IsLatin-1Supplement}]+')('Grüße')).toBe(true);
  });

  it('subtracts character classes', () => {
    const consonant = matcher('[a-z-[aeiou]]+');
    expect(consonant('bcd')).toBe(true);
    expect(consonant('bad')).toBe(false);
    const nested = matcher('[a-z-[a-f-[c]]]');
    expect(nested('c')).toBe(true);
    expect(nested('b')).toBe(false);
    expect(nested('g')).toBe(true);
    const negatedBase = matcher('[^0-9-[x]]');
    expect(negatedBase('a')).toBe(true);
    expect(negatedBase('x')).toBe(false);
    expect(negatedBase('5')).toBe(false);
  });

  it('handles dashes, escapes and literal specials in classes', () => {
    expect(matcher('[-a]+')('-a-')).toBe(true);
    expect(matcher('[a-]+')('a-')).toBe(true);
    expect(matcher('[\\-\\[\\]]+')('-[]')).toBe(true);
    expect(matcher('[(){}|/.*+?$^]+')('(){}|/.*+?$^')).toBe(true);
    expect(matcher('[\\d\\s]+')('1 2')).toBe(true);
    expect(matcher('[\\S]+')('ab')).toBe(true);
    expect(matcher('[\\[-\\]]')('\\')).toBe(true);
    expect(compileXsdPattern('[a-\\]]')).toMatchObject({ ok: false, position: 1 });
    expect(matcher('[\\n-\\r]')('\u000B')).toBe(true);
  });

  it('supports quantifiers and alternation', () => {
    const m = matcher('(ab){2,3}|c{0}d?|e{2,}');
    expect(m('abab')).toBe(true);
    expect(m('ababab')).toBe(true);
    expect(m('ab')).toBe(false);
    expect(m('')).toBe(true);
    expect(m('d')).toBe(true);
    expect(m('ee')).toBe(true);
    expect(m('e')).toBe(false);
  });

  it('reports syntax errors with positions', () => {
    const cases: Array<[string, number]> = [
      ['(ab', 0],
      ['ab)', 2],
      ['[a-z', 0],
      ['*a', 0],
      ['a{3,1}', 1],
      ['\\q', 0],
      ['[z-a]', 1],
      ['a{', 1],
      ['(?:a)', 1],
      ['\\p{Foo}', 0],
      ['\\p{IsNoSuchBlock}', 0],
      ['[]', 0],
      ['a]', 1],
      ['a\\', 1],
      ['[a-c-e]', 4],
      ['[a[b]]', 2],
      ['\\1', 0],
    ];
    for (const [pattern, position] of cases) {
      const result = compileXsdPattern(pattern);
      expect(result, pattern).toMatchObject({ ok: false, position });
    }
  });

  it('reports positions in the original text after an anchor was stripped', () => {
    expect(compileXsdPattern('^a)')).toMatchObject({ ok: false, position: 2 });
  });

  it('never throws and caches results', () => {
    const first = compileXsdPattern('[0-9]{5}');
    expect(compileXsdPattern('[0-9]{5}')).toBe(first);
    expect(compileXsdPattern('x'.repeat(10_001))).toMatchObject({ ok: false });
    expect(compileXsdPattern('('.repeat(200))).toMatchObject({ ok: false });
  });

  it('treats astral characters as one atom', () => {
    expect(matcher('😀{2}')('😀😀')).toBe(true);
    expect(matcher('[😀-😂]')('😁')).toBe(true);
  });
});
