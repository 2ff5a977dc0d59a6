/**
 * Type-checks an expression against a form definition and compiles it into a closure, in one
 * pass: what is checked is exactly what runs. No `eval`, no `new Function`: the result is a tree
 * of ordinary closures, so rules run under a strict Content-Security-Policy.
 *
 * References are key paths from the form root. A path through a repeated element means the
 * current item when the rule is evaluated inside that item (the element the rule is attached to
 * lies within it); otherwise it means all items, a list, usable only where a list is accepted
 * (aggregate functions, the right side of `in`).
 *
 * Null semantics: missing or unusable data is `null`. Arithmetic, ordering and functions of null
 * give null; `=` and `!=` treat null as a value (`x = null` tests absence), and so does `in`;
 * `and`/`or` follow Kleene logic (`false and null` is false, `true or null` is true).
 *
 * Times and date-times compare by the instant they denote, so `10:00:00+01:00 = 09:00:00Z`; one
 * with a zone and one without are ordered only when ±14:00 decides it, otherwise the order is
 * null, and they are never equal (`src/text/temporal.ts`).
 */

import type { Datentyp, FormDefinition } from '../model/types.js';
import { foldDefinition } from '../model/walk.js';
import { parseDecimal } from '../text/decimal.js';
import { isIsoDate } from '../text/temporal.js';
import { compileXsdPattern } from '../text/xsd-regex.js';
import { isInstantType } from './compare.js';
import { ALL_ITEMS } from './grammar.js';
import { type FunctionSpec, functionNamed } from './library.js';
import { checkAst, type Expr } from './nodes.js';
import { type Evaluator, NULL_PLAN, type Plan, type Step, toEvaluator } from './plan.js';
import type { RuleCode } from './rule-codes.js';
import { type BaseType, baseOf, comparable, type RuleType, scalar, typeName, type Value } from './values.js';

export type { Evaluator } from './plan.js';

/** A type error, with the offset in the expression text. */
export interface ExpressionFinding {
  readonly code: RuleCode;
  readonly at: number;
  readonly params: Readonly<Record<string, unknown>>;
}

/** The element a rule is attached to. */
export interface RuleHost {
  /** Keys from the root to the element; empty for form rules. */
  readonly keys: readonly string[];
  /** True when the rule is evaluated per item of the element (constraint, calculate). */
  readonly perItem: boolean;
}

/** A type-checked expression: its static type, its plan and closure, and what the check found. */
export interface CompiledExpression {
  readonly type: RuleType;
  /** The resolved expression both back ends run (closures here, source code in `src/aot/`). */
  readonly plan: Plan;
  readonly evaluate: Evaluator;
  readonly findings: readonly ExpressionFinding[];
}

/** The definition's elements, by key, as the type checker sees them. */
export interface ScopeNode {
  readonly key: string;
  readonly repeated: boolean;
  readonly base: BaseType;
  readonly datentyp?: Datentyp;
  /** The codes of a select field, when the definition knows them (inline or a carried list). */
  readonly codes?: ReadonlySet<string>;
  readonly children?: ReadonlyMap<string, ScopeNode>;
}

export type Scope = ReadonlyMap<string, ScopeNode>;

const scopeCache = new WeakMap<FormDefinition, Scope>();

/** The scope of a definition (cached per definition object). */
export function scopeOf(definition: FormDefinition): Scope {
  let scope = scopeCache.get(definition);
  if (!scope) {
    scope = scopeFor(definition);
    scopeCache.set(definition, scope);
  }
  return scope;
}

function scopeFor(definition: FormDefinition): Scope {
  const codeLists = definition.codeLists ?? [];
  const root = new Map<string, ScopeNode>();
  // The walk is bounded, so an unlinted, deeply nested definition cannot overflow the stack.
  foldDefinition(definition, root, ({ element: child, occurrence }, map) => {
    const { repeated } = occurrence;
    if (child.kind === 'group') {
      const children = new Map<string, ScopeNode>();
      map.set(child.key, { key: child.key, repeated, base: 'group', children });
      return children;
    }
    if (child.feldart === 'label') return map;
    const values =
      child.values ??
      codeLists.find((list) => list.uri === child.codeList?.uri && list.version === child.codeList?.version)
        ?.values;
    map.set(child.key, {
      key: child.key,
      repeated,
      base: baseOf(child.datentyp),
      datentyp: child.datentyp,
      ...(child.feldart === 'select' && values ? { codes: new Set(values.map((value) => value.code)) } : {}),
    });
    return map;
  });
  return root;
}

const ERROR_TYPE: RuleType = scalar('null');

/**
 * Compiles an expression for a host element of a definition. Never throws: a tree that is not
 * well-formed (see `checkAst`; e.g. a hand-edited JSON AST) is a DEF_RULE_SYNTAX finding.
 */
export function compileExpression(expr: Expr, scope: Scope, host: RuleHost): CompiledExpression {
  const checked = checkAst(expr);
  if (!checked.ok) {
    const { message, at, pointer } = checked.problem;
    return {
      type: ERROR_TYPE,
      plan: NULL_PLAN,
      evaluate: () => null,
      findings: [{ code: 'DEF_RULE_SYNTAX', at, params: { detail: message.en, pointer } }],
    };
  }
  const findings: ExpressionFinding[] = [];
  const report = (code: RuleCode, at: number | undefined, params: Record<string, unknown> = {}) => {
    findings.push({ code, at: at ?? 0, params });
  };
  const compiled = compileNode(expr, scope, host, report);
  return { ...compiled, evaluate: toEvaluator(compiled.plan), findings };
}

type Report = (code: RuleCode, at: number | undefined, params?: Record<string, unknown>) => void;

interface Typed {
  readonly type: RuleType;
  readonly plan: Plan;
}

const constant = (value: Value): Plan => (value === null ? NULL_PLAN : { op: 'const', value });

/** A scalar is required here: a list from a repeat is a scope error, other lists a type error. */
function requireScalar(node: Typed, at: number | undefined, report: Report): void {
  if (!node.type.list) return;
  if (node.type.fromRepeat) report('DEF_RULE_REPEAT_SCOPE', at);
  else report('DEF_RULE_TYPE_MISMATCH', at, { expected: 'single value', actual: typeName(node.type) });
}

function expectBase(node: Typed, bases: readonly BaseType[], at: number | undefined, report: Report): void {
  if (node.type.list) {
    requireScalar(node, at, report);
    return;
  }
  if (node.type.base !== 'null' && !bases.includes(node.type.base)) {
    report('DEF_RULE_TYPE_MISMATCH', at, { expected: bases.join(' or '), actual: typeName(node.type) });
  }
}

function compileNode(expr: Expr, scope: Scope, host: RuleHost, report: Report): Typed {
  switch (expr.kind) {
    case 'literal':
      return compileLiteral(expr, report);
    case 'self':
      if (host.keys.length === 0) {
        report('DEF_RULE_UNKNOWN_REFERENCE', expr.at, { reference: 'self' });
        return { type: ERROR_TYPE, plan: constant(null) };
      }
      return compileReference(host.keys, expr.at, scope, host, report);
    case 'ref':
      return compileReference(expr.path, expr.at, scope, host, report);
    case 'list': {
      const items = expr.items.map((item) => compileNode(item, scope, host, report));
      let base: BaseType = 'null';
      for (const [index, item] of items.entries()) {
        requireScalar(item, expr.items[index]?.at, report);
        if (item.type.base === 'null') continue;
        if (base === 'null') base = item.type.base;
        else if (item.type.base !== base) {
          report('DEF_RULE_TYPE_MISMATCH', expr.items[index]?.at, { expected: base, actual: item.type.base });
        }
      }
      return { type: { base, list: true }, plan: { op: 'list', items: items.map((item) => item.plan) } };
    }
    case 'unary': {
      const operand = compileNode(expr.operand, scope, host, report);
      if (expr.op === 'not') {
        expectBase(operand, ['boolean'], expr.operand.at, report);
        return { type: scalar('boolean'), plan: { op: 'not', operand: operand.plan } };
      }
      expectBase(operand, ['number'], expr.operand.at, report);
      return { type: scalar('number'), plan: { op: 'neg', operand: operand.plan } };
    }
    case 'binary':
      return compileBinary(expr, scope, host, report);
    case 'in':
      return compileIn(expr, scope, host, report);
    case 'call':
      return compileCall(expr, scope, host, report);
  }
}

function compileLiteral(expr: Extract<Expr, { kind: 'literal' }>, report: Report): Typed {
  switch (expr.type) {
    case 'number': {
      const value = parseDecimal(expr.value);
      if (!value) report('DEF_RULE_INVALID_LITERAL', expr.at, { literal: expr.value });
      return { type: scalar('number'), plan: constant(value ?? null) };
    }
    case 'date':
      if (!isIsoDate(expr.value)) report('DEF_RULE_INVALID_LITERAL', expr.at, { literal: `@${expr.value}` });
      return { type: scalar('date'), plan: constant(expr.value) };
    case 'string':
      return { type: scalar('string'), plan: constant(expr.value) };
    case 'boolean':
      return { type: scalar('boolean'), plan: constant(expr.value) };
    case 'null':
      return { type: scalar('null'), plan: constant(null) };
  }
}

function compileReference(
  path: readonly string[],
  at: number | undefined,
  scope: Scope,
  host: RuleHost,
  report: Report,
): Typed {
  const steps: Step[] = [];
  let nodes: Scope | undefined = scope;
  let node: ScopeNode | undefined;
  let onHostPath = true;
  let level = 0;
  let fans = false;
  for (const [index, segment] of path.entries()) {
    const all = segment.endsWith(ALL_ITEMS);
    const key = all ? segment.slice(0, -ALL_ITEMS.length) : segment;
    node = nodes?.get(key);
    if (!node) {
      report('DEF_RULE_UNKNOWN_REFERENCE', at, { reference: path.slice(0, index + 1).join('.') });
      return { type: ERROR_TYPE, plan: constant(null) };
    }
    if (all && !node.repeated) {
      report('DEF_RULE_TYPE_MISMATCH', at, { expected: 'a repeated element before [*]', actual: key });
    }
    onHostPath = onHostPath && host.keys[index] === key;
    // The host's own repeat counts as "current item" only for rules evaluated per item.
    const inScope =
      onHostPath && (index < host.keys.length - 1 || (index === host.keys.length - 1 && host.perItem));
    if (node.repeated && inScope && !all) {
      steps.push({ key, mode: 'current', level });
    } else if (node.repeated) {
      steps.push({ key, mode: 'fan' });
      fans = true;
    } else {
      steps.push({ key, mode: 'single' });
    }
    if (node.repeated && inScope) level++;
    // After "all items" the rest of the path is read in every item, never as the current one.
    if (all) onHostPath = false;
    nodes = node.children;
  }
  const leaf = node as ScopeNode;
  const codes = leaf.codes ? { codes: leaf.codes } : {};
  const type: RuleType = fans
    ? { base: leaf.base, list: true, fromRepeat: true, ...codes }
    : { ...scalar(leaf.base), ...codes };
  return { type, plan: { op: 'ref', steps, base: leaf.base, fans } };
}

/**
 * A select field compared with a text literal: the literal must be one of the field's codes,
 * otherwise the comparison could never hold (a typo in the rule).
 */
function checkCode(codes: ReadonlySet<string> | undefined, literal: Expr, report: Report): void {
  if (!codes || literal.kind !== 'literal' || literal.type !== 'string' || codes.has(literal.value)) return;
  report('DEF_RULE_INVALID_LITERAL', literal.at, {
    literal: JSON.stringify(literal.value),
    detail: `not one of the codes ${[...codes].join(', ')}`,
  });
}

function compileBinary(
  expr: Extract<Expr, { kind: 'binary' }>,
  scope: Scope,
  host: RuleHost,
  report: Report,
): Typed {
  const left = compileNode(expr.left, scope, host, report);
  const right = compileNode(expr.right, scope, host, report);
  switch (expr.op) {
    case 'and':
    case 'or': {
      expectBase(left, ['boolean'], expr.left.at, report);
      expectBase(right, ['boolean'], expr.right.at, report);
      return { type: scalar('boolean'), plan: { op: expr.op, left: left.plan, right: right.plan } };
    }
    case '=':
    case '!=': {
      requireScalar(left, expr.left.at, report);
      requireScalar(right, expr.right.at, report);
      if (!left.type.list && !right.type.list && !comparable(left.type, right.type)) {
        report('DEF_RULE_TYPE_MISMATCH', expr.at, {
          expected: typeName(left.type),
          actual: typeName(right.type),
        });
      }
      checkCode(left.type.codes, expr.right, report);
      checkCode(right.type.codes, expr.left, report);
      const negated = expr.op === '!=';
      const instants = isInstantType(left.type, right.type);
      return {
        type: scalar('boolean'),
        plan: { op: 'equal', negated, instants, left: left.plan, right: right.plan },
      };
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const bases: BaseType[] = ['number', 'date', 'time', 'datetime', 'string'];
      expectBase(left, bases, expr.left.at, report);
      expectBase(right, bases, expr.right.at, report);
      if (!left.type.list && !right.type.list && !comparable(left.type, right.type)) {
        report('DEF_RULE_TYPE_MISMATCH', expr.at, {
          expected: typeName(left.type),
          actual: typeName(right.type),
        });
      }
      const instants = isInstantType(left.type, right.type);
      return {
        type: scalar('boolean'),
        plan: { op: 'order', test: expr.op, instants, left: left.plan, right: right.plan },
      };
    }
    default: {
      expectBase(left, ['number'], expr.left.at, report);
      expectBase(right, ['number'], expr.right.at, report);
      return {
        type: scalar('number'),
        plan: { op: 'arith', operator: expr.op, left: left.plan, right: right.plan },
      };
    }
  }
}

function compileIn(expr: Extract<Expr, { kind: 'in' }>, scope: Scope, host: RuleHost, report: Report): Typed {
  const value = compileNode(expr.value, scope, host, report);
  const list = compileNode(expr.list, scope, host, report);
  requireScalar(value, expr.value.at, report);
  if (!list.type.list) {
    report('DEF_RULE_TYPE_MISMATCH', expr.list.at, { expected: 'list', actual: typeName(list.type) });
  } else if (!value.type.list && !comparable(value.type, { base: list.type.base, list: false })) {
    report('DEF_RULE_TYPE_MISMATCH', expr.at, { expected: list.type.base, actual: typeName(value.type) });
  }
  if (expr.list.kind === 'list')
    for (const item of expr.list.items) checkCode(value.type.codes, item, report);
  checkCode(list.type.codes, expr.value, report);
  const instants = isInstantType(value.type, list.type);
  return {
    type: scalar('boolean'),
    plan: { op: 'in', negated: expr.negated, instants, value: value.plan, list: list.plan },
  };
}

function compileCall(
  expr: Extract<Expr, { kind: 'call' }>,
  scope: Scope,
  host: RuleHost,
  report: Report,
): Typed {
  const spec = functionNamed(expr.name);
  if (spec?.evaluation === 'per-item') return compilePerItem(expr, spec, scope, host, report);
  const args = expr.args.map((arg) => compileNode(arg, scope, host, report));
  if (!spec) {
    report('DEF_RULE_UNKNOWN_FUNCTION', expr.at, { name: expr.name });
    return { type: ERROR_TYPE, plan: constant(null) };
  }
  if (args.length < spec.required || args.length > spec.params.length) {
    report('DEF_RULE_ARITY', expr.at, { name: expr.name, expected: arity(spec), actual: args.length });
    return { type: spec.result(args.map((a) => a.type)), plan: constant(null) };
  }
  args.forEach((arg, index) => {
    const param = spec.params[index];
    const at = expr.args[index]?.at;
    if (!param) return;
    if (param.literal && expr.args[index]?.kind !== 'literal') {
      report('DEF_RULE_INVALID_LITERAL', at, { literal: expr.name, detail: 'must be a literal' });
    }
    if (param.shape !== 'list') requireScalar(arg, at, report);
    if (param.types !== 'any' && arg.type.base !== 'null' && !param.types.includes(arg.type.base)) {
      report('DEF_RULE_TYPE_MISMATCH', at, {
        expected: param.types.join(' or '),
        actual: typeName(arg.type),
      });
    }
  });
  if (spec.sameTypeArgs) {
    const [first, second] = spec.sameTypeArgs.map((index) => args[index]?.type ?? ERROR_TYPE) as [
      RuleType,
      RuleType,
    ];
    if (!comparable(first, second)) {
      report('DEF_RULE_TYPE_MISMATCH', expr.at, { expected: typeName(first), actual: typeName(second) });
    }
  }
  const types = args.map((arg) => arg.type);
  const type = spec.result(types);
  const plans = args.map((arg) => arg.plan);
  switch (spec.evaluation) {
    case 'lazy':
      return { type, plan: { op: 'lazy', name: expr.name, spec, args: plans } };
    case 'pattern': {
      const patternNode = expr.args[spec.pattern];
      const pattern =
        patternNode?.kind === 'literal' && patternNode.type === 'string' ? patternNode.value : undefined;
      const compiled = pattern === undefined ? undefined : compileXsdPattern(pattern);
      if (compiled && !compiled.ok)
        report('DEF_RULE_INVALID_PATTERN', patternNode?.at, { pattern, detail: compiled.error });
      if (!compiled?.ok) return { type, plan: NULL_PLAN };
      return { type, plan: { op: 'pattern', name: expr.name, spec, args: plans, regex: compiled.regex } };
    }
    default:
      return { type, plan: { op: 'eager', name: expr.name, spec, args: plans, types } };
  }
}

/** The number of arguments a function takes, as the arity finding states it. */
function arity(spec: FunctionSpec): string {
  return spec.required === spec.params.length ? `${spec.required}` : `${spec.required}–${spec.params.length}`;
}

/**
 * A per-item function (`countWhere(repeat, condition)`): the condition is compiled as if it were
 * a rule inside the repeat, so paths through the repeat mean the item; the function's `apply`
 * gets the condition's value per item (none when the repeat is absent). The repeats around it
 * must be current items where the rule stands (otherwise their items would be ambiguous).
 */
function compilePerItem(
  expr: Extract<Expr, { kind: 'call' }>,
  spec: Extract<FunctionSpec, { evaluation: 'per-item' }>,
  scope: Scope,
  host: RuleHost,
  report: Report,
): Typed {
  const number: RuleType = spec.result([]);
  const [target, condition] = expr.args;
  if (expr.args.length !== 2 || !target || !condition) {
    report('DEF_RULE_ARITY', expr.at, { name: expr.name, expected: arity(spec), actual: expr.args.length });
    return { type: number, plan: constant(null) };
  }
  if (target.kind !== 'ref' || target.path.some((segment) => segment.endsWith(ALL_ITEMS))) {
    report('DEF_RULE_TYPE_MISMATCH', target.at, {
      expected: 'the key path of a repeat',
      actual: target.kind,
    });
    return { type: number, plan: constant(null) };
  }
  // Resolve the repeat and the levels of its repeated ancestors in the rule's scope.
  let nodes: Scope | undefined = scope;
  let node: ScopeNode | undefined;
  let level = 0;
  for (const [index, key] of target.path.entries()) {
    node = nodes?.get(key);
    if (!node) {
      report('DEF_RULE_UNKNOWN_REFERENCE', target.at, {
        reference: target.path.slice(0, index + 1).join('.'),
      });
      return { type: number, plan: constant(null) };
    }
    const last = index === target.path.length - 1;
    if (!last && node.repeated) {
      const inScope =
        host.keys[index] === key && target.path.slice(0, index).every((k, i) => host.keys[i] === k);
      if (!inScope || (index === host.keys.length - 1 && !host.perItem)) {
        report('DEF_RULE_REPEAT_SCOPE', target.at);
        return { type: number, plan: constant(null) };
      }
      level++;
    }
    nodes = node.children;
  }
  if (!node?.repeated) {
    report('DEF_RULE_TYPE_MISMATCH', target.at, {
      expected: 'a repeated element',
      actual: target.path.join('.'),
    });
    return { type: number, plan: constant(null) };
  }
  const inner = compileNode(condition, scope, { keys: target.path, perItem: true }, report);
  expectBase(inner, ['boolean'], condition.at, report);
  return {
    type: number,
    plan: {
      op: 'per-item',
      name: expr.name,
      spec,
      steps: target.path,
      outerLevels: level,
      condition: inner.plan,
    },
  };
}
