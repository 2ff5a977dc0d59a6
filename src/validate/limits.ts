/**
 * Hard limits that protect validation from hostile input. Definition-driven checks (maxLength,
 * cardinality) come first; these limits bound the work any input can cause.
 */
export interface ValidationLimits {
  /** Longest text value checked, in UTF-16 code units. Longer texts get `LIMIT_TEXT_LENGTH`. */
  readonly maxTextLength: number;
  /** Most items checked in one repeated element. More get `LIMIT_ITEMS`. */
  readonly maxItems: number;
  /** Largest JSON text `parseSubmission` accepts, in bytes of UTF-8. */
  readonly maxJsonBytes: number;
  /** Deepest nesting of arrays and objects `parseSubmission` accepts. */
  readonly maxJsonDepth: number;
  /**
   * Most issues in one Report (of `validate`, `fromXml` and a session). Further issues are only
   * counted, in one `LIMIT_ISSUES` issue at the end.
   */
  readonly maxIssues: number;
}

/** The default limits (documented in docs/report.md); override with `compile(definition, { limits })`. */
export const DEFAULT_VALIDATION_LIMITS: ValidationLimits = {
  maxTextLength: 1_000_000,
  maxItems: 100_000,
  maxJsonBytes: 128 * 1024 * 1024,
  maxJsonDepth: 256,
  maxIssues: 1000,
};

export function resolveLimits(limits: Partial<ValidationLimits> | undefined): ValidationLimits {
  return limits ? { ...DEFAULT_VALIDATION_LIMITS, ...limits } : DEFAULT_VALIDATION_LIMITS;
}
