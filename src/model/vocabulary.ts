/** Membership in the model's vocabularies (`FELDARTEN`, `RULE_TYPEN`, …) for values read from files. */

/** True when the value is one of the vocabulary's (e.g. `isOneOf(FELDARTEN, text)`). */
export function isOneOf<T extends string | number>(vocabulary: readonly T[], value: unknown): value is T {
  return (vocabulary as readonly unknown[]).includes(value);
}
