/**
 * The JSON form of a rule expression (its abstract syntax tree). Plain serialisable objects:
 * an editor can store them, and `formatExpression` turns them back into the text syntax.
 * `at` is the offset in the source text, for messages; it is not part of an expression's meaning.
 */

export type BinaryOperator = 'or' | 'and' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/';

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

/** Every key path an expression reads, dotted; `self` counts as `selfPath` when given. */
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
    case 'call':
      expr.args.forEach(visit);
      break;
    default:
      break;
  }
  return out;
}
