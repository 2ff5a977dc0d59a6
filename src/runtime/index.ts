/**
 * `antrag/runtime`: what a validator module written by `compileToModule` (`antrag compile`)
 * imports, and nothing more: the issue catalogue and message formatting, the value checks
 * (lengths, bounds, dates, code lists, DIN 91379, files), the rule function library with its
 * date, decimal and check-digit helpers, the walk's rule steps and the run envelope. No parser,
 * no linter, no XSD regex translator: patterns arrive in the module as regular expressions.
 * The interpreter (`compile`) runs the very same functions, so both produce identical reports.
 *
 * These exports serve generated code; they are not an API to build on by hand.
 */

export { FUNCTIONS } from '../rules/library.js';
export {
  arith,
  callEager,
  callPerItem,
  convert,
  equalValues,
  item,
  logic,
  logicRight,
  neg,
  not,
  ordered,
  orderValues,
  own,
  readFan,
  toPlainData,
  within,
} from '../rules/plan.js';
export { makeIssue } from '../validate/report.js';
export { runValidation } from '../validate/run.js';
export {
  checkBinary,
  checkCode,
  checkNumber,
  checkTemporal,
  checkText,
  numberIsValid,
  temporalIsValid,
  textIsValid,
} from '../validate/values.js';
export {
  checkItemRules,
  checkOccurrenceRules,
  describeType,
  failedRelevance,
  fillCalculated,
  hasUnknownKey,
  isRecord,
  reportIrrelevant,
  reportUnknownKeys,
} from '../validate/walk.js';
