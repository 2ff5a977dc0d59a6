/**
 * Prints an expression AST in the canonical text syntax, with only the parentheses its structure
 * needs: `parseExpression(printExpression(e))` gives `e` back for every tree `checkAst` accepts
 * (a property test checks this). Keys that are keywords or not plain names print in backticks.
 */

import { ALL_ITEMS } from './grammar.js';
import type { Expr } from './nodes.js';
import { KEYWORDS } from './scan.js';

const PRECEDENCE: Readonly<Record<string, number>> = {
  or: 1,
  and: 2,
  not: 3,
  '=': 4,
  '!=': 4,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  in: 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
};
const NEGATE = 7;
const ATOM = 8;

function precedence(expr: Expr): number {
  switch (expr.kind) {
    case 'binary':
      return PRECEDENCE[expr.op] as number;
    case 'in':
      return PRECEDENCE.in as number;
    case 'unary':
      return expr.op === 'not' ? (PRECEDENCE.not as number) : NEGATE;
    default:
      return ATOM;
  }
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

function key(segment: string): string {
  const all = segment.endsWith(ALL_ITEMS);
  const name = all ? segment.slice(0, -ALL_ITEMS.length) : segment;
  const text = PLAIN_KEY.test(name) && !KEYWORDS.has(name) ? name : `\`${name}\``;
  return all ? `${text}${ALL_ITEMS}` : text;
}

function wrap(expr: Expr, parens: boolean): string {
  const text = printExpression(expr);
  return parens ? `(${text})` : text;
}

/** The canonical text of an expression tree. */
export function printExpression(expr: Expr): string {
  switch (expr.kind) {
    case 'literal':
      switch (expr.type) {
        case 'string':
          return quote(expr.value);
        case 'number':
          return expr.value;
        case 'date':
          return `@${expr.value}`;
        case 'boolean':
          return expr.value ? 'true' : 'false';
        case 'null':
          return 'null';
      }
      break;
    case 'ref':
      return expr.path.map(key).join('.');
    case 'self':
      return 'self';
    case 'list':
      return `[${expr.items.map(printExpression).join(', ')}]`;
    case 'call':
      return `${expr.name}(${expr.args.map(printExpression).join(', ')})`;
    case 'unary':
      if (expr.op === 'not')
        return `not ${wrap(expr.operand, precedence(expr.operand) < (PRECEDENCE.not as number))}`;
      return `-${wrap(expr.operand, precedence(expr.operand) < NEGATE)}`;
    case 'in': {
      const level = PRECEDENCE.in as number;
      const value = wrap(expr.value, precedence(expr.value) <= level);
      const list = wrap(expr.list, precedence(expr.list) <= level);
      return `${value} ${expr.negated ? 'not in' : 'in'} ${list}`;
    }
    case 'binary': {
      const level = PRECEDENCE[expr.op] as number;
      // Comparisons do not chain; the other operators associate to the left.
      const comparison = level === PRECEDENCE['='];
      const left = wrap(
        expr.left,
        comparison ? precedence(expr.left) <= level : precedence(expr.left) < level,
      );
      const right = wrap(expr.right, precedence(expr.right) <= level);
      return `${left} ${expr.op} ${right}`;
    }
  }
  return '';
}
