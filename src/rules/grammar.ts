/**
 * Parses the text syntax of rule expressions into the JSON AST.
 *
 * Precedence, loosest first: `or`; `and`; `not`; comparisons (`= != < <= > >=`, `in`,
 * `not in`; not chainable); `+ -`; `* /`; unary `-`; then literals, lists, calls, references and
 * parentheses. `==` is read as `=`. Binary operators associate to the left.
 *
 * Limits, so that no input can hang or overflow the stack: at most MAX_EXPRESSION_LENGTH
 * characters, MAX_EXPRESSION_DEPTH levels of parentheses, calls, lists and prefix operators, and
 * a tree at most MAX_AST_DEPTH deep (long `and`/`or`/`+` chains count one level per operator).
 */

import { isIsoDate } from '../text/temporal.js';
import { type BinaryOperator, checkAst, type Expr } from './nodes.js';
import { scan, type Token } from './scan.js';

/** Longest expression text accepted, in UTF-16 code units. */
export const MAX_EXPRESSION_LENGTH = 10_000;
/** Deepest nesting of parentheses, calls, lists and prefix operators accepted. */
export const MAX_EXPRESSION_DEPTH = 64;

/** Why a text is not an expression, and where. */
export interface ParseError {
  readonly code: 'DEF_RULE_SYNTAX' | 'DEF_RULE_INVALID_LITERAL';
  readonly message: { readonly de: string; readonly en: string };
  /** Offset in the text (UTF-16 code units, 0-based). */
  readonly position: number;
}

/** The tree of an expression, or the first error in its text. */
export type ParseResult =
  | { readonly ok: true; readonly ast: Expr }
  | { readonly ok: false; readonly error: ParseError };

class Failure extends Error {
  constructor(readonly error: ParseError) {
    super(error.message.en);
  }
}

/** Suffix of a path segment that means all items of a repeat. */
export const ALL_ITEMS = '[*]';

const COMPARISONS = new Set(['=', '!=', '<', '<=', '>', '>=']);

/** Parses an expression. Never throws. */
export function parseExpression(text: string): ParseResult {
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return {
      ok: false,
      error: {
        code: 'DEF_RULE_SYNTAX',
        message: {
          de: `Der Ausdruck ist länger als ${MAX_EXPRESSION_LENGTH} Zeichen.`,
          en: `The expression is longer than ${MAX_EXPRESSION_LENGTH} characters.`,
        },
        position: 0,
      },
    };
  }
  try {
    const ast = new Parser(scan(text)).parse();
    // Long operator chains are loops in the parser but levels in the tree: bound them too.
    const checked = checkAst(ast);
    if (!checked.ok) {
      const { message, at } = checked.problem;
      return { ok: false, error: { code: 'DEF_RULE_SYNTAX', message, position: at } };
    }
    return { ok: true, ast };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, error: error.error };
    throw error;
  }
}

class Parser {
  #pos = 0;
  #depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): Expr {
    const expr = this.or();
    const token = this.peek();
    if (token.kind !== 'end')
      this.fail(token, `unerwartetes „${token.value}“`, `unexpected '${token.value}'`);
    return expr;
  }

  private peek(): Token {
    return this.tokens[this.#pos] ?? (this.tokens[this.tokens.length - 1] as Token);
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.#pos++;
    return token;
  }

  private is(kind: Token['kind'], value?: string): boolean {
    const token = this.peek();
    return token.kind === kind && (value === undefined || token.value === value);
  }

  private expect(kind: Token['kind'], value: string): Token {
    if (!this.is(kind, value)) {
      const token = this.peek();
      const found = token.kind === 'end' ? 'Ende' : `„${token.value}“`;
      this.fail(
        token,
        `„${value}“ erwartet, ${found} gefunden`,
        `expected '${value}', found ${token.kind === 'end' ? 'end' : `'${token.value}'`}`,
      );
    }
    return this.next();
  }

  private fail(token: Token, de: string, en: string, code: ParseError['code'] = 'DEF_RULE_SYNTAX'): never {
    if (token.kind === 'error') {
      throw new Failure({
        code,
        message: { de: token.de ?? token.value, en: token.value },
        position: token.at,
      });
    }
    throw new Failure({ code, message: { de, en }, position: token.at });
  }

  private nested<T>(token: Token, parse: () => T): T {
    if (++this.#depth > MAX_EXPRESSION_DEPTH) {
      this.fail(token, 'zu tief verschachtelt', 'nested too deeply');
    }
    const result = parse();
    this.#depth--;
    return result;
  }

  private or(): Expr {
    let left = this.and();
    while (this.is('keyword', 'or')) {
      const token = this.next();
      left = { kind: 'binary', op: 'or', left, right: this.and(), at: token.at };
    }
    return left;
  }

  private and(): Expr {
    let left = this.not();
    while (this.is('keyword', 'and')) {
      const token = this.next();
      left = { kind: 'binary', op: 'and', left, right: this.not(), at: token.at };
    }
    return left;
  }

  private not(): Expr {
    if (this.is('keyword', 'not')) {
      const token = this.next();
      return this.nested(token, () => ({ kind: 'unary', op: 'not', operand: this.not(), at: token.at }));
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const left = this.additive();
    const token = this.peek();
    let result: Expr = left;
    if (token.kind === 'operator' && COMPARISONS.has(token.value)) {
      this.next();
      result = {
        kind: 'binary',
        op: token.value as BinaryOperator,
        left,
        right: this.additive(),
        at: token.at,
      };
    } else if (token.kind === 'keyword' && token.value === 'in') {
      this.next();
      result = { kind: 'in', value: left, list: this.additive(), negated: false, at: token.at };
    } else if (
      token.kind === 'keyword' &&
      token.value === 'not' &&
      this.tokens[this.#pos + 1]?.kind === 'keyword' &&
      this.tokens[this.#pos + 1]?.value === 'in'
    ) {
      this.next();
      this.next();
      result = { kind: 'in', value: left, list: this.additive(), negated: true, at: token.at };
    } else {
      return left;
    }
    const after = this.peek();
    if (
      (after.kind === 'operator' && COMPARISONS.has(after.value)) ||
      (after.kind === 'keyword' && after.value === 'in')
    ) {
      this.fail(
        after,
        'Vergleiche lassen sich nicht verketten; Klammern setzen',
        'comparisons do not chain; use parentheses',
      );
    }
    return result;
  }

  private additive(): Expr {
    let left = this.multiplicative();
    while (this.is('operator', '+') || this.is('operator', '-')) {
      const token = this.next();
      left = {
        kind: 'binary',
        op: token.value as '+' | '-',
        left,
        right: this.multiplicative(),
        at: token.at,
      };
    }
    return left;
  }

  private multiplicative(): Expr {
    let left = this.unary();
    while (this.is('operator', '*') || this.is('operator', '/')) {
      const token = this.next();
      left = { kind: 'binary', op: token.value as '*' | '/', left, right: this.unary(), at: token.at };
    }
    return left;
  }

  private unary(): Expr {
    if (this.is('operator', '-')) {
      const token = this.next();
      return this.nested(token, () => ({ kind: 'unary', op: '-', operand: this.unary(), at: token.at }));
    }
    return this.primary();
  }

  private primary(): Expr {
    const token = this.next();
    switch (token.kind) {
      case 'number':
        return { kind: 'literal', type: 'number', value: token.value, at: token.at };
      case 'string':
        return { kind: 'literal', type: 'string', value: token.value, at: token.at };
      case 'date':
        if (!isIsoDate(token.value)) {
          this.fail(
            token,
            `@${token.value} ist kein gültiges Datum (JJJJ-MM-TT)`,
            `@${token.value} is not a valid date (YYYY-MM-DD)`,
            'DEF_RULE_INVALID_LITERAL',
          );
        }
        return { kind: 'literal', type: 'date', value: token.value, at: token.at };
      case 'keyword':
        if (token.value === 'true' || token.value === 'false') {
          return { kind: 'literal', type: 'boolean', value: token.value === 'true', at: token.at };
        }
        if (token.value === 'null') return { kind: 'literal', type: 'null', value: null, at: token.at };
        if (token.value === 'self') return { kind: 'self', at: token.at };
        break;
      case 'name':
        return this.nameExpr(token);
      case 'punct':
        if (token.value === '(') {
          return this.nested(token, () => {
            const inner = this.or();
            this.expect('punct', ')');
            return inner;
          });
        }
        if (token.value === '[') return this.nested(token, () => this.list(token));
        break;
      default:
        break;
    }
    const found = token.kind === 'end' ? 'Ende des Ausdrucks' : `„${token.value}“`;
    return this.fail(
      token,
      `Wert erwartet, ${found} gefunden`,
      `expected a value, found ${token.kind === 'end' ? 'end of expression' : `'${token.value}'`}`,
    );
  }

  private list(open: Token): Expr {
    const items: Expr[] = [];
    if (!this.is('punct', ']')) {
      items.push(this.or());
      while (this.is('punct', ',')) {
        this.next();
        items.push(this.or());
      }
    }
    this.expect('punct', ']');
    return { kind: 'list', items, at: open.at };
  }

  private nameExpr(first: Token): Expr {
    // A quoted name is always a key: `self`(…) is not a call.
    if (!first.quoted && this.is('punct', '(')) {
      this.next();
      return this.nested(first, () => {
        const args: Expr[] = [];
        if (!this.is('punct', ')')) {
          args.push(this.or());
          while (this.is('punct', ',')) {
            this.next();
            args.push(this.or());
          }
        }
        this.expect('punct', ')');
        return { kind: 'call', name: first.value, args, at: first.at };
      });
    }
    const path = [this.allItems(this.key(first))];
    while (this.is('punct', '.')) {
      this.next();
      const part = this.next();
      if (part.kind !== 'name') this.fail(part, 'Schlüssel nach „.“ erwartet', "expected a key after '.'");
      path.push(this.allItems(this.key(part)));
    }
    return { kind: 'ref', path, at: first.at };
  }

  /** A key; brackets are not allowed inside backticks (they would read as `[*]`). */
  private key(token: Token): string {
    if (token.quoted && /[[\]]/.test(token.value)) {
      this.fail(token, 'Schlüssel darf keine eckigen Klammern enthalten', 'a key cannot contain brackets');
    }
    return token.value;
  }

  /** `key[*]`: all items of a repeat, also from inside one of them. */
  private allItems(key: string): string {
    const open = this.tokens[this.#pos];
    const star = this.tokens[this.#pos + 1];
    const close = this.tokens[this.#pos + 2];
    if (open?.value === '[' && star?.value === '*' && close?.value === ']' && open.kind === 'punct') {
      this.#pos += 3;
      return `${key}${ALL_ITEMS}`;
    }
    return key;
  }
}
