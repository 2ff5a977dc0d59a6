/**
 * From a submission of a derived form to one of its parent: `toParentSubmission` removes the
 * values of the elements the derived form added (every element the parent does not have at the
 * same path of keys with the same FIM id), in every occurrence of repeated groups. Nothing else changes: restricted
 * cardinalities, codes and praezisierung only narrow what the parent allows, and hidden elements
 * are absent anyway, so a submission valid for the derived form is valid for the parent
 * (a property test in reduce.test.ts says so).
 */

import type { FormDefinition } from '../../model/types.js';
import { SKIP, walkDefinition } from '../../model/walk.js';

/** Paths of keys to remove, as a tree: a key maps to `true` (remove it) or to the keys below it. */
type Removal = Map<string, Removal | true>;

/**
 * The elements of `derived` that the parent does not have at the same path of keys with the same
 * FIM id (an added group once, not its children). The id matters when a derivation hides an
 * element and adds another under the same key.
 */
export function addedPaths(parent: FormDefinition, derived: FormDefinition): string[][] {
  const known = new Map<string, string>();
  walkDefinition(parent, (visit) => {
    known.set(JSON.stringify(visit.keys), visit.element.id);
  });
  const added: string[][] = [];
  walkDefinition(derived, (visit) => {
    if (known.get(JSON.stringify(visit.keys)) === visit.element.id) return undefined;
    added.push([...visit.keys]);
    return SKIP;
  });
  return added;
}

function removalTree(paths: readonly (readonly string[])[]): Removal {
  const root: Removal = new Map();
  for (const path of paths) {
    let node = root;
    path.forEach((key, index) => {
      if (index === path.length - 1) {
        node.set(key, true);
        return;
      }
      const next = node.get(key);
      if (next === true) return;
      const child: Removal = next ?? new Map();
      node.set(key, child);
      node = child;
    });
  }
  return root;
}

function prune(value: unknown, removal: Removal): unknown {
  if (Array.isArray(value)) return value.map((item) => prune(item, removal));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const below = removal.get(key);
    if (below === true) continue;
    out[key] = below === undefined ? item : prune(item, below);
  }
  return out;
}

/**
 * The submission as the parent form sees it: the values of elements the derived form added are
 * removed (a new object; the input is not changed).
 *
 * @example
 * ```ts
 * const forParent = toParentSubmission(data, fuehrerschein, bayern);
 * compile(fuehrerschein).validate(forParent).valid; // true when data is valid for bayern
 * ```
 */
export function toParentSubmission(
  submission: unknown,
  parent: FormDefinition,
  derived: FormDefinition,
): unknown {
  return prune(submission, removalTree(addedPaths(parent, derived)));
}
