/**
 * Typed drafts of the definition objects the stages build property by property: every property
 * optional and writable while reading, and checked complete when done. Properties are set in
 * reading order, which is the order of the keys in the JSON of the definition.
 */

/** An object of type `T` being built. */
export type Draft<T> = { -readonly [K in keyof T]?: T[K] };

/** Sets a property only when the value is defined (for exactOptionalPropertyTypes). */
export function put<T, K extends keyof T>(target: Draft<T>, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/**
 * The finished object: every `required` property is set. A missing one is a bug of the importer
 * (reported as `XDF_INTERNAL_ERROR` by `importXdf`), never a property of the file.
 */
export function finished<T>(draft: Draft<T>, required: readonly (keyof T & string)[]): T {
  for (const key of required) {
    if (draft[key] === undefined) throw new Error(`internal: ${key} not set`);
  }
  return draft as T;
}
