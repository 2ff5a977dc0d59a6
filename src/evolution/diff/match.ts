/**
 * Pairs the elements (fields and groups) of two versions of a definition. FIM ids are stable
 * across versions (the shipped forms and imported XDF keep them), so an element is matched by its
 * id first, then, for elements without a partner, by key path. The same FIM element may occur
 * several times in one version (a reused group); those occurrences pair up by id and key path,
 * then by id and key, and only an id unique among the unpaired ones pairs across any move.
 */

import type { ChildDefinition, FormDefinition } from '../../model/types.js';
import { foldDefinition, type Occurrence, occurrence } from '../../model/walk.js';

/** One element of a version with where it is. The form itself is the entry with `keyPath` ''. */
export interface Entry {
  readonly element: ChildDefinition | FormDefinition;
  /** Dotted keys from the form (`antragsteller.geburtsdatum`); '' for the form. */
  readonly keyPath: string;
  /** The key path with `[]` after each repeated ancestor (`haushalt[].verwandtschaft`). */
  readonly path: string;
  readonly parent: Entry | undefined;
  /** Position among the parent's children. */
  readonly index: number;
  readonly occurrence: Occurrence;
}

/** Every element of a definition, the form first, then document order. */
export function entriesOf(definition: FormDefinition): Entry[] {
  const root: Entry = {
    element: definition,
    keyPath: '',
    path: '',
    parent: undefined,
    index: 0,
    occurrence: { min: 1, max: 1, repeated: false },
  };
  const out: Entry[] = [root];
  foldDefinition<Entry>(definition, root, (visit, parent) => {
    const prefix = parent.keyPath === '' ? '' : `${parent.path}${parent.occurrence.repeated ? '[]' : ''}.`;
    const entry: Entry = {
      element: visit.element,
      keyPath: visit.keyPath,
      path: `${prefix}${visit.element.key}`,
      parent,
      index: visit.index,
      occurrence: occurrence(visit.element),
    };
    out.push(entry);
    return entry;
  });
  return out;
}

/** The pairing: old entry → new entry, plus the entries without a partner on each side. */
export interface Matching {
  readonly pairs: ReadonlyMap<Entry, Entry>;
  readonly removed: readonly Entry[];
  readonly added: readonly Entry[];
}

/** Pairs the entries of two versions (the forms always pair with each other). */
export function matchEntries(before: readonly Entry[], after: readonly Entry[]): Matching {
  const pairs = new Map<Entry, Entry>();
  const taken = new Set<Entry>();
  const [rootA, ...restA] = before;
  const [rootB, ...restB] = after;
  if (rootA && rootB) {
    pairs.set(rootA, rootB);
    taken.add(rootB);
  }
  const pass = (same: (a: Entry, b: Entry) => boolean, unique: boolean) => {
    for (const a of restA) {
      if (pairs.has(a)) continue;
      const candidates = restB.filter((b) => !taken.has(b) && same(a, b));
      if (candidates.length === 0) continue;
      if (unique) {
        const rivals = restA.filter((other) => !pairs.has(other) && same(other, candidates[0] as Entry));
        if (candidates.length > 1 || rivals.length > 1) continue;
      }
      const b = candidates[0] as Entry;
      pairs.set(a, b);
      taken.add(b);
    }
  };
  pass((a, b) => a.element.id === b.element.id && a.keyPath === b.keyPath, false);
  pass((a, b) => a.element.id === b.element.id, true);
  pass((a, b) => a.element.id === b.element.id && a.element.key === b.element.key, false);
  pass((a, b) => a.keyPath === b.keyPath, false);
  return {
    pairs,
    removed: restA.filter((a) => !pairs.has(a)),
    added: restB.filter((b) => !taken.has(b)),
  };
}

/**
 * Entries of the new version whose position among siblings changed: of the siblings that pair
 * with siblings of the same old parent, those outside a longest run that kept its order.
 * Insertions and removals around them do not count as moves.
 */
export function reorderedEntries(matching: Matching): Set<Entry> {
  const byParent = new Map<Entry, Array<{ a: Entry; b: Entry }>>();
  for (const [a, b] of matching.pairs) {
    if (!a.parent || !b.parent || matching.pairs.get(a.parent) !== b.parent) continue;
    const list = byParent.get(b.parent) ?? [];
    list.push({ a, b });
    byParent.set(b.parent, list);
  }
  const moved = new Set<Entry>();
  for (const list of byParent.values()) {
    list.sort((x, y) => x.a.index - y.a.index);
    const kept = longestIncreasing(list.map((item) => item.b.index));
    list.forEach((item, i) => {
      if (!kept.has(i)) moved.add(item.b);
    });
  }
  return moved;
}

/** Positions of one longest strictly increasing subsequence (the earliest one on ties). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const length: number[] = [];
  const previous: number[] = [];
  let best = -1;
  for (let i = 0; i < values.length; i++) {
    length[i] = 1;
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      if (
        (values[j] as number) < (values[i] as number) &&
        (length[j] as number) + 1 > (length[i] as number)
      ) {
        length[i] = (length[j] as number) + 1;
        previous[i] = j;
      }
    }
    if (best === -1 || (length[i] as number) > (length[best] as number)) best = i;
  }
  const kept = new Set<number>();
  for (let i = best; i !== -1; i = previous[i] as number) kept.add(i);
  return kept;
}
