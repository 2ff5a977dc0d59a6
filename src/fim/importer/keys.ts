/**
 * Post-processing: the keys of imported elements. The antrag extension may record them (the
 * schema's key, the children's keys of a container, as the exporter wrote them); a recorded key
 * is used when it is a valid, unreserved key, recorded child keys only when there is one for
 * every child and they are unique. Otherwise keys are derived from the names (`fim/keys.ts`).
 */

import { isUsableKey } from '../../model/keys.js';
import type { ChildDefinition } from '../../model/types.js';
import { deriveKey, uniqueKeys } from '../keys.js';

/** The key of a schema: the recorded one if usable, else derived from its name. */
export function schemaKey(recorded: string | undefined, name: string, id: string): string {
  return recorded !== undefined && isUsableKey(recorded) ? recorded : deriveKey(name, 'schema', id);
}

/** The keys of a container's children, in order: the recorded ones if usable, else derived and made unique. */
export function childKeys(
  children: readonly { readonly content: ChildDefinition; readonly name: string }[],
  recorded: readonly string[] | undefined,
): readonly string[] {
  const usable =
    recorded !== undefined &&
    recorded.length === children.length &&
    new Set(recorded).size === recorded.length &&
    recorded.every(isUsableKey);
  return usable
    ? recorded
    : uniqueKeys(children.map((child) => deriveKey(child.name, child.content.kind, child.content.id)));
}
