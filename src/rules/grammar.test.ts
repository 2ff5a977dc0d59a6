import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_EXPRESSION_DEPTH, parseExpression } from './grammar.js';
import { checkAst, type Expr, MAX_AST_DEPTH, stripPositions } from './nodes.js';
import { printExpression } from './printer.js';

function parse(text: string): Expr {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message.en}`);
  return stripPositions(result.ast);
}

const ref = (...path: string[]): Expr => ({ kind: 'ref', path });
const num = (value: string): Expr => ({ kind: 'literal', type: 'number', value });

describe('parseExpression', () => {
  it('parses literals of every type', () => {
    expect(parse('12.50')).toEqual(num('12.50'));
    expect(parse('"a\\"b"')).toEqual({ kind: 'literal', type: 'string', value: 'a"b' });
    expect(parse("'x'")).toEqual({ kind: 'literal', type: 'string', value: 'x' });
    expect(parse('@2024-02-29')).toEqual({ kind: 'literal', type: 'date', value: '2024-02-29' });
    expect(parse('true')).toEqual({ kind: 'literal', type: 'boolean', value: true });
    expect(parse('null')).toEqual({ kind: 'literal', type: 'null', value: null });
    expect(parse('self')).toEqual({ kind: 'self' });
    expect(parse('[1, 2]')).toEqual({ kind: 'list', items: [num('1'), num('2')] });
    expect(parse('[]')).toEqual({ kind: 'list', items: [] });
  });

  it('binds operators by precedence: or < and < not < comparison < + < * < unary minus', () => {
    expect(parse('a or b and not c')).toEqual({
      kind: 'binary',
      op: 'or',
      left: ref('a'),
      right: {
        kind: 'binary',
        op: 'and',
        left: ref('b'),
        right: { kind: 'unary', op: 'not', operand: ref('c') },
      },
    });
    expect(parse('a + b * -c >= 2')).toEqual({
      kind: 'binary',
      op: '>=',
      left: {
        kind: 'binary',
        op: '+',
        left: ref('a'),
        right: {
          kind: 'binary',
          op: '*',
          left: ref('b'),
          right: { kind: 'unary', op: '-', operand: ref('c') },
        },
      },
      right: num('2'),
    });
    expect(parse('a - b - c')).toEqual({
      kind: 'binary',
      op: '-',
      left: { kind: 'binary', op: '-', left: ref('a'), right: ref('b') },
      right: ref('c'),
    });
  });

  it('reads == as =, and in / not in', () => {
    expect(parse('a == 1')).toEqual(parse('a = 1'));
    expect(parse('x.y not in ["A", "B"]')).toMatchObject({ kind: 'in', negated: true, value: ref('x', 'y') });
  });

  it('parses [*] on path segments', () => {
    expect(parse('count(haushalt[*].einkommen)')).toEqual({
      kind: 'call',
      name: 'count',
      args: [ref('haushalt[*]', 'einkommen')],
    });
    expect(printExpression(parse('count(haushalt[*].einkommen)'))).toBe('count(haushalt[*].einkommen)');
  });

  it('parses calls and key paths', () => {
    expect(parse('age(antragsteller.geburtsdatum, today())')).toEqual({
      kind: 'call',
      name: 'age',
      args: [ref('antragsteller', 'geburtsdatum'), { kind: 'call', name: 'today', args: [] }],
    });
  });

  it('reports syntax errors with their offset', () => {
    const cases: Array<[string, number]> = [
      ['a +', 3],
      ['(a', 2],
      ['a b', 2],
      ['a = 1 = 2', 6],
      ['"open', 0],
      ['a # b', 2],
      ['f(1,', 4],
      ['x.', 2],
      ['', 0],
    ];
    for (const [text, at] of cases) {
      expect(parseExpression(text), text).toMatchObject({
        ok: false,
        error: { code: 'DEF_RULE_SYNTAX', position: at },
      });
    }
  });

  it('reads keys in backticks: keywords, "-" and "." inside a key', () => {
    expect(parse('`e-mail` = 1')).toMatchObject({ left: ref('e-mail') });
    expect(parse('antrag.`a.b`.`self`[*].x')).toEqual(ref('antrag', 'a.b', 'self[*]', 'x'));
    expect(parse('`in` in [1]')).toMatchObject({ kind: 'in', value: ref('in') });
    expect(printExpression(parse('`e-mail` + `and`.b + `x`'))).toBe('`e-mail` + `and`.b + x');
  });

  it('reports quoted-key errors with positions, in German and English', () => {
    const cases: Array<[string, number, string]> = [
      ['a = `open', 4, 'unterminated quoted key'],
      ['a = ``', 4, 'empty quoted key'],
      ['`count`(x)', 7, "unexpected '('"],
      ['`a[*]`', 0, 'a key cannot contain brackets'],
      ['a # b', 2, "unexpected character '#'"],
    ];
    for (const [text, position, en] of cases) {
      const result = parseExpression(text);
      expect(result, text).toMatchObject({ ok: false, error: { code: 'DEF_RULE_SYNTAX', position } });
      if (!result.ok) {
        expect(result.error.message.en).toBe(en);
        expect(result.error.message.de).not.toBe(en);
      }
    }
  });

  it('reads "not in" only with the keyword, not a string "in"', () => {
    expect(parseExpression('a not "in"')).toMatchObject({ ok: false, error: { position: 2 } });
    expect(parse('a not in ["in"]')).toMatchObject({ kind: 'in', negated: true });
  });

  it('bounds long operator chains by tree depth', () => {
    const chain = (n: number) => `a${' and a'.repeat(n)}`;
    expect(parseExpression(chain(MAX_AST_DEPTH - 1)).ok).toBe(true);
    expect(parseExpression(chain(MAX_AST_DEPTH))).toMatchObject({
      ok: false,
      error: { code: 'DEF_RULE_SYNTAX' },
    });
    expect(parse(`x in [${'1, '.repeat(2000)}1]`)).toMatchObject({ kind: 'in' }); // long lists are flat
  });

  it('never throws, whatever the text (property)', () => {
    const soup = fc
      .array(
        fc.constantFrom(
          'a',
          '.',
          '(',
          ')',
          '[',
          ']',
          '*',
          ',',
          '"',
          "'",
          '`',
          '\\',
          '@',
          '2024-02-29',
          '1.5',
          ' ',
          'not',
          'in',
          '-',
          '=',
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), soup), (text) => {
        const result = parseExpression(text);
        if (result.ok) expect(checkAst(result.ast).ok).toBe(true);
        else expect(result.error.position).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 3000, seed: 13616 },
    );
  });

  it('rejects impossible dates as invalid literals', () => {
    expect(parseExpression('d > @2023-02-29')).toMatchObject({
      ok: false,
      error: { code: 'DEF_RULE_INVALID_LITERAL', position: 4 },
    });
  });

  it('bounds nesting depth and length instead of overflowing the stack', () => {
    expect(
      parseExpression(`${'('.repeat(MAX_EXPRESSION_DEPTH + 1)}1${')'.repeat(MAX_EXPRESSION_DEPTH + 1)}`).ok,
    ).toBe(false);
    expect(parseExpression('not '.repeat(5000) + 'true').ok).toBe(false);
    expect(parseExpression('1'.repeat(10_001)).ok).toBe(false);
    expect(parseExpression(`${'('.repeat(20)}1${')'.repeat(20)}`).ok).toBe(true);
  });
});

const name = fc.constantFrom(
  'a',
  'b',
  'antragsdatum',
  'haushalt',
  'x1',
  'e-mail',
  'in',
  'self',
  'a.b',
  'h[*]',
);
const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.constantFrom<Expr>(
    { kind: 'literal', type: 'boolean', value: true },
    { kind: 'literal', type: 'null', value: null },
    { kind: 'self' },
  ),
  fc
    .stringMatching(/^\d{1,4}(\.\d{1,3})?$/)
    .map((value): Expr => ({ kind: 'literal', type: 'number', value })),
  fc.string({ maxLength: 6 }).map((value): Expr => ({ kind: 'literal', type: 'string', value })),
  fc
    .constantFrom('2024-02-29', '1999-12-31')
    .map((value): Expr => ({ kind: 'literal', type: 'date', value })),
  fc.array(name, { minLength: 1, maxLength: 3 }).map((path): Expr => ({ kind: 'ref', path })),
);
const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({
      kind: fc.constant('unary' as const),
      op: fc.constantFrom('not' as const, '-' as const),
      operand: tie('expr'),
    }),
    fc.record({
      kind: fc.constant('binary' as const),
      op: fc.constantFrom('or', 'and', '=', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/') as fc.Arbitrary<
        Extract<Expr, { kind: 'binary' }>['op']
      >,
      left: tie('expr'),
      right: tie('expr'),
    }),
    fc.record({
      kind: fc.constant('in' as const),
      value: tie('expr'),
      list: tie('expr'),
      negated: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('call' as const),
      name: fc.constantFrom('count', 'age', 'f'),
      args: fc.array(tie('expr'), { maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant('list' as const), items: fc.array(tie('expr'), { maxLength: 3 }) }),
  ),
}));

describe('checkAst', () => {
  it('accepts what the parser produces and rejects malformed trees with a pointer', () => {
    expect(checkAst(parse('count(h[*].x) + 1 > 2 and not b in [@2024-02-29]')).ok).toBe(true);
    const bad: Array<[unknown, string]> = [
      [{ kind: 'nope' }, ''],
      [{ kind: 'literal', type: 'number', value: '-1' }, ''],
      [{ kind: 'literal', type: 'number', value: '1e5' }, ''],
      [{ kind: 'literal', type: 'date', value: '1.1.2024' }, ''],
      [{ kind: 'ref', path: [] }, ''],
      [{ kind: 'ref', path: ['a`b'] }, ''],
      [{ kind: 'call', name: 'and', args: [] }, ''],
      [{ kind: 'list', items: [{ kind: 'self' }, { kind: 'self', at: -1 }] }, '/items/1'],
      [{ kind: 'binary', op: '%', left: { kind: 'self' }, right: { kind: 'self' } }, ''],
      [{ kind: 'in', value: { kind: 'self' }, list: { kind: 'x' }, negated: false }, '/list'],
      [null, ''],
    ];
    for (const [tree, pointer] of bad) {
      expect(checkAst(tree), JSON.stringify(tree)).toMatchObject({ ok: false, problem: { pointer } });
    }
  });

  it('bounds depth and size without recursion', () => {
    let deep: unknown = { kind: 'self' };
    for (let i = 0; i < 200_000; i++) deep = { kind: 'unary', op: '-', operand: deep };
    expect(checkAst(deep).ok).toBe(false);
    const wide = { kind: 'list', items: Array.from({ length: 30_000 }, () => ({ kind: 'self' })) };
    expect(checkAst(wide)).toMatchObject({
      ok: false,
      problem: { message: { en: 'expression has too many nodes' } },
    });
  });
});

describe('printExpression', () => {
  it('round-trips: parse(format(ast)) equals ast', () => {
    fc.assert(
      fc.property(expr, (ast) => {
        expect(parse(printExpression(ast))).toEqual(stripPositions(ast));
      }),
      { numRuns: 2000, seed: 91379 },
    );
  });

  it('prints canonically with the parentheses the structure needs', () => {
    expect(printExpression(parse('(a+b)*c'))).toBe('(a + b) * c');
    expect(printExpression(parse('a - (b - c)'))).toBe('a - (b - c)');
    expect(printExpression(parse('not (a and b)'))).toBe('not (a and b)');
    expect(printExpression(parse("x in ['a']"))).toBe('x in ["a"]');
  });
});
