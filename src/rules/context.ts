/**
 * Where a rule is evaluated: the one context every evaluator receives, from the compiled
 * expression down to the functions of the library, and that validation and the session supply.
 */

/** Where an expression or rule is evaluated. */
export interface EvalContext {
  /** The whole submission. */
  readonly root: unknown;
  /**
   * Indices of the repeat items on the way from the root to the evaluated element, outermost
   * first. For item rules (constraint, calculate) on a repeated element the last index is the
   * item's own.
   */
  readonly indices: readonly number[];
  /** The day the rules treat as "today" (ISO date), so results are reproducible. */
  readonly referenceDate: string;
}
