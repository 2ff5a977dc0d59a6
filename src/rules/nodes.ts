/**
 * The JSON form of a rule expression (its abstract syntax tree). Plain serialisable objects:
 * an editor can store them, and `printExpression` turns them back into the text syntax.
 * `at` is the offset in the source text, for messages; it is not part of an expression's meaning.
 */

export type BinaryOperator = 'or' | 'and' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/';

/** One node of an expression tree (see docs/rules.md, "The JSON form"). */
export type Expr =
  /** Numbers are kept as decimal text (`"0.1"`), dates as ISO text (`"2024-02-29"`). */
  | { readonly kind: 'literal'; readonly type: 'string'; readonly value: string; readonly at?: number }
  | { readonly kind: 'literal'; readonly type: 'number'; readonly value: string; readonly at?: number }
  | { readonly kind: 'literal'; readonly type: 'date'; readonly value: string; readonly at?: number }
  | { readonly kind: 'literal'; readonly type: 'boolean'; readonly value: boolean; readonly at?: number }
  | { readonly kind: 'literal'; readonly type: 'null'; readonly value: null; readonly at?: number }
  /** A key path from the form root, e.g. `antragsteller.geburtsdatum`; `haushalt[*]` is all items. */
  | { readonly kind: 'ref'; readonly path: readonly string[]; readonly at?: number }
  /** The value of the element the rule is attached to. */
  | { readonly kind: 'self'; readonly at?: number }
  | { readonly kind: 'list'; readonly items: readonly Expr[]; readonly at?: number }
  | { readonly kind: 'unary'; readonly op: 'not' | '-'; readonly operand: Expr; readonly at?: number }
  | {
      readonly kind: 'binary';
      readonly op: BinaryOperator;
      readonly left: Expr;
      readonly right: Expr;
      readonly at?: number;
    }
  /** `value in list` / `value not in list`. */
  | {
      readonly kind: 'in';
      readonly value: Expr;
      readonly list: Expr;
      readonly negated: boolean;
      readonly at?: number;
    }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[]; readonly at?: number };

/** The same expression without source positions (for comparing and storing). */
export function stripPositions(expr: Expr): Expr {
  switch (expr.kind) {
    case 'literal':
      return { kind: 'literal', type: expr.type, value: expr.value } as Expr;
    case 'ref':
      return { kind: 'ref', path: [...expr.path] };
    case 'self':
      return { kind: 'self' };
    case 'list':
      return { kind: 'list', items: expr.items.map(stripPositions) };
    case 'unary':
      return { kind: 'unary', op: expr.op, operand: stripPositions(expr.operand) };
    case 'binary':
      return {
        kind: 'binary',
        op: expr.op,
        left: stripPositions(expr.left),
        right: stripPositions(expr.right),
      };
    case 'in':
      return {
        kind: 'in',
        value: stripPositions(expr.value),
        list: stripPositions(expr.list),
        negated: expr.negated,
      };
    case 'call':
      return { kind: 'call', name: expr.name, args: expr.args.map(stripPositions) };
  }
}

/**
 * Every key path an expression reads, dotted; `self` counts as `selfPath` when given. A path
 * ending in `#items` depends only on which items a repeat has.
 */
export function collectReferences(expr: Expr, selfPath?: string, out: Set<string> = new Set()): Set<string> {
  const visit = (child: Expr) => collectReferences(child, selfPath, out);
  switch (expr.kind) {
    case 'ref':
      out.add(expr.path.map((segment) => segment.replace('[*]', '')).join('.'));
      break;
    case 'self':
      if (selfPath !== undefined) out.add(selfPath);
      break;
    case 'list':
      expr.items.forEach(visit);
      break;
    case 'unary':
      visit(expr.operand);
      break;
    case 'binary':
      visit(expr.left);
      visit(expr.right);
      break;
    case 'in':
      visit(expr.value);
      visit(expr.list);
      break;
    case 'call': {
      // countWhere reads only how many items its repeat has (its condition reads the values).
      const [target, ...rest] = expr.args;
      if (expr.name === 'countWhere' && target?.kind === 'ref') {
        out.add(`${target.path.map((segment) => segment.replace('[*]', '')).join('.')}${ITEMS_ONLY}`);
        rest.forEach(visit);
      } else {
        expr.args.forEach(visit);
      }
      break;
    }
    default:
      break;
  }
  return out;
}

/**
 * Suffix of a dependency on the items of a repeat only (added or removed items), not on the
 * values inside them.
 */
export const ITEMS_ONLY = '#items';

/** Deepest expression tree accepted (parsed or given as JSON); keeps every recursive walk bounded. */
export const MAX_AST_DEPTH = 256;
/** Most nodes an expression tree may have (a 10,000-character text has fewer). */
export const MAX_AST_NODES = 20_000;

const BINARY_OPERATORS = new Set(['or', 'and', '=', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/']);
/** Unsigned decimal text as the parser produces it; negative numbers are unary minus. */
const NUMBER_TEXT = /^\d+(?:\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FUNCTION_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const WORDS = new Set(['and', 'or', 'not', 'in', 'true', 'false', 'null', 'self']);
/** A key path segment: any text without backticks, brackets or line breaks, optionally `[*]`. */
const SEGMENT = /^[^`[\]\r\n]+(?:\[\*\])?$/;

/** Why a value is not a well-formed expression tree (see `checkAst`). */
export interface AstProblem {
  readonly message: { readonly de: string; readonly en: string };
  /** Source offset of the offending node when it has one, else 0. */
  readonly at: number;
  /** JSON pointer of the offending node inside the tree. */
  readonly pointer: string;
}

function problem(node: unknown, pointer: string, de: string, en: string): AstProblem {
  const at =
    typeof node === 'object' && node !== null && Number.isSafeInteger((node as { at?: unknown }).at)
      ? ((node as { at: number }).at ?? 0)
      : 0;
  return { message: { de, en }, at: Math.max(0, at), pointer };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The structural problem of one node (not its children), or undefined. */
function nodeProblem(node: unknown, pointer: string): AstProblem | undefined {
  const bad = (de: string, en: string) => problem(node, pointer, de, en);
  if (!isRecord(node)) return bad('Knoten ist kein Objekt', 'node is not an object');
  if (node.at !== undefined && !(Number.isSafeInteger(node.at) && (node.at as number) >= 0)) {
    return bad('„at“ ist keine Position', '"at" is not a position');
  }
  switch (node.kind) {
    case 'literal':
      switch (node.type) {
        case 'string':
          return typeof node.value === 'string' ? undefined : bad('Text erwartet', 'expected a string value');
        case 'number':
          return typeof node.value === 'string' && NUMBER_TEXT.test(node.value)
            ? undefined
            : bad('Zahl als Dezimaltext erwartet', 'expected a number as unsigned decimal text');
        case 'date':
          return typeof node.value === 'string' && ISO_DATE.test(node.value)
            ? undefined
            : bad('Datum JJJJ-MM-TT erwartet', 'expected a date YYYY-MM-DD');
        case 'boolean':
          return typeof node.value === 'boolean'
            ? undefined
            : bad('Wahrheitswert erwartet', 'expected a boolean');
        case 'null':
          return node.value === null ? undefined : bad('null erwartet', 'expected null');
        default:
          return bad('unbekannter Literaltyp', 'unknown literal type');
      }
    case 'ref':
      return Array.isArray(node.path) &&
        node.path.length > 0 &&
        node.path.every((segment) => typeof segment === 'string' && SEGMENT.test(segment))
        ? undefined
        : bad('ungültiger Schlüsselpfad', 'invalid key path');
    case 'self':
      return undefined;
    case 'list':
      return Array.isArray(node.items) ? undefined : bad('„items“ fehlt', 'missing "items"');
    case 'unary':
      return (node.op === 'not' || node.op === '-') && node.operand !== undefined
        ? undefined
        : bad('ungültiger unärer Operator', 'invalid unary operator');
    case 'binary':
      return typeof node.op === 'string' &&
        BINARY_OPERATORS.has(node.op) &&
        node.left !== undefined &&
        node.right !== undefined
        ? undefined
        : bad('ungültiger binärer Operator', 'invalid binary operator');
    case 'in':
      return typeof node.negated === 'boolean' && node.value !== undefined && node.list !== undefined
        ? undefined
        : bad('ungültiger in-Ausdruck', 'invalid in expression');
    case 'call':
      return typeof node.name === 'string' &&
        FUNCTION_NAME.test(node.name) &&
        !WORDS.has(node.name) &&
        Array.isArray(node.args)
        ? undefined
        : bad('ungültiger Funktionsaufruf', 'invalid function call');
    default:
      return bad('unbekannte Knotenart', 'unknown node kind');
  }
}

function children(node: Record<string, unknown>): Array<[unknown, string]> {
  switch (node.kind) {
    case 'list':
      return (node.items as unknown[]).map((item, i) => [item, `/items/${i}`]);
    case 'unary':
      return [[node.operand, '/operand']];
    case 'binary':
      return [
        [node.left, '/left'],
        [node.right, '/right'],
      ];
    case 'in':
      return [
        [node.value, '/value'],
        [node.list, '/list'],
      ];
    case 'call':
      return (node.args as unknown[]).map((arg, i) => [arg, `/args/${i}`]);
    default:
      return [];
  }
}

/**
 * Checks that a value is a well-formed expression tree (for ASTs stored as JSON or built by an
 * editor): known node kinds and operators, literals in canonical form, at most MAX_AST_DEPTH
 * levels and MAX_AST_NODES nodes. Iterative, so a hostile tree cannot overflow the stack.
 */
export function checkAst(value: unknown): { ok: true; ast: Expr } | { ok: false; problem: AstProblem } {
  const stack: Array<[unknown, string, number]> = [[value, '', 1]];
  let count = 0;
  while (stack.length > 0) {
    const [node, pointer, depth] = stack.pop() as [unknown, string, number];
    if (++count > MAX_AST_NODES) {
      return {
        ok: false,
        problem: problem(node, pointer, 'Ausdruck hat zu viele Knoten', 'expression has too many nodes'),
      };
    }
    if (depth > MAX_AST_DEPTH) {
      return {
        ok: false,
        problem: problem(
          node,
          pointer,
          `Ausdruck ist tiefer als ${MAX_AST_DEPTH} Ebenen verschachtelt`,
          `expression is nested deeper than ${MAX_AST_DEPTH} levels`,
        ),
      };
    }
    const found = nodeProblem(node, pointer);
    if (found) return { ok: false, problem: found };
    for (const [child, suffix] of children(node as Record<string, unknown>)) {
      stack.push([child, pointer + suffix, depth + 1]);
    }
  }
  return { ok: true, ast: value as Expr };
}
