/**
 * The key rule: what a readable element key (the JSON property and XML element name) may be.
 * One place for the definition lint, the FIM importer's derived keys and the XML writer.
 */

/** A key: an ASCII letter or `_`, then letters, digits, `_`, `.` and `-` (also an XML NCName). */
export const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Names that reach JavaScript's object machinery and never become data keys. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True when the key follows the key rule and is not reserved. */
export function isUsableKey(key: string): boolean {
  return KEY_PATTERN.test(key) && !RESERVED_KEYS.has(key);
}
