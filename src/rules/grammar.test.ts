import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatExpression } from './format.js';
import { MAX_EXPRESSION_DEPTH, parseExpression } from './grammar.js';
import { type Expr, stripPositions } from './nodes.js';

function parse(text: string): Expr {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message.en}`);
  return stripPositions(result.expr);
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
    expect(formatExpression(parse('count(haushalt[*].einkommen)'))).toBe('count(haushalt[*].einkommen)');
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
        error: { code: 'DEF_RULE_SYNTAX', at },
      });
    }
  });

  it('rejects impossible dates as invalid literals', () => {
    expect(parseExpression('d > @2023-02-29')).toMatchObject({
      ok: false,
      error: { code: 'DEF_RULE_INVALID_LITERAL', at: 4 },
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

const name = fc.constantFrom('a', 'b', 'antragsdatum', 'haushalt', 'x1');
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

describe('formatExpression', () => {
  it('round-trips: parse(format(ast)) equals ast', () => {
    fc.assert(
      fc.property(expr, (ast) => {
        expect(parse(formatExpression(ast))).toEqual(stripPositions(ast));
      }),
      { numRuns: 2000, seed: 91379 },
    );
  });

  it('prints canonically with the parentheses the structure needs', () => {
    expect(formatExpression(parse('(a+b)*c'))).toBe('(a + b) * c');
    expect(formatExpression(parse('a - (b - c)'))).toBe('a - (b - c)');
    expect(formatExpression(parse('not (a and b)'))).toBe('not (a and b)');
    expect(formatExpression(parse("x in ['a']"))).toBe('x in ["a"]');
  });
});
