/**
 * Canonical texts of definition content, to tell whether two occurrences of the same FIM
 * element (id, version) carry the same content. Object keys are sorted and undefined properties
 * left out, so the text depends on the content only, not on how it was written.
 */

import type { ChildDefinition } from './types.js';

/** Properties that belong to an occurrence, not to the element, and so may differ between uses. */
export const OCCURRENCE_PROPERTIES: ReadonlySet<string> = new Set(['key', 'cardinality', 'occurrenceBezug']);

/** A canonical text of any JSON-like value. */
export function fingerprint(value: unknown): string {
  return canonical(value, false);
}

/** A canonical text of an element's own content: its occurrence properties are left out. */
export function contentFingerprint(element: ChildDefinition): string {
  return canonical(element, true);
}

function canonical(value: unknown, skipOccurrence: boolean): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item, false)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .filter((key) => record[key] !== undefined && !(skipOccurrence && OCCURRENCE_PROPERTIES.has(key)))
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key], false)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
