/**
 * Deduplication of groups, fields and rules by id and version: an element that occurs several
 * times is read each time, compared with its first reading by a content fingerprint, and every
 * occurrence gets the first reading (the same object). A different content is a finding
 * (`XDF_CONFLICTING_DUPLICATE`); the findings of a repeated reading are those of its first.
 */

import type { ImportContext, Registry } from './context.js';

/**
 * Reads one occurrence and returns the first reading of the same element. `read` runs with its
 * findings kept apart; they count only for the first reading. `conflict` is called when this
 * occurrence differs from the first.
 */
export function readOnce<T>(
  context: ImportContext,
  registry: Registry<T>,
  read: () => T | undefined,
  identify: (value: T) => { readonly key: string; readonly fingerprint: string },
  conflict: (value: T) => void,
): T | undefined {
  const { value, issues } = context.collect(read);
  if (value === undefined) {
    context.issues.push(...issues);
    return undefined;
  }
  const { key, fingerprint: print } = identify(value);
  const seen = registry.get(key);
  if (!seen) {
    registry.set(key, { value, fingerprint: print });
    context.issues.push(...issues);
    return value;
  }
  if (seen.fingerprint !== print) conflict(value);
  return seen.value;
}
