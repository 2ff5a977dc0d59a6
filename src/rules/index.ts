/**
 * The public surface of the rule language, for `src/index.ts` to re-export. Validation and the
 * incremental session use the modules directly; users get parsing, printing, checking and
 * compiling of expressions, the function and code catalogues, and the check-digit validators.
 */

export { type Decimal, toText as decimalToText } from '../text/decimal.js';
export { checkRules } from './check.js';
export { isIban, isRvNummer, isSteuerId } from './check-digits.js';
export {
  type CompiledExpression,
  compileExpression,
  type RuleHost,
  scopeOf,
} from './compile-expression.js';
export { type CompiledRule, compileRule, type RuleNotCompiled, ruleCompiler } from './compile-rule.js';
export type { EvalContext as RuleEvalContext } from './context.js';
export {
  MAX_EXPRESSION_DEPTH,
  MAX_EXPRESSION_LENGTH,
  type ParseError as ExpressionParseError,
  type ParseResult as ExpressionParseResult,
  parseExpression,
} from './grammar.js';
export {
  FUNCTIONS as RULE_FUNCTIONS,
  type FunctionName as RuleFunctionName,
  type FunctionSpec as RuleFunctionSpec,
} from './library.js';
export {
  type AstProblem,
  type BinaryOperator,
  checkAst,
  collectReferences,
  type Expr,
  MAX_AST_DEPTH,
  MAX_AST_NODES,
} from './nodes.js';
export { printExpression } from './printer.js';
export { RULE_CODES, type RuleCode } from './rule-codes.js';
export type { RuleType, Value as RuleValue } from './values.js';
