/**
 * The forms a service offers: definitions (plain data, so they travel to worker threads as they
 * are) with the code lists given at start, found by key and version. A key may be offered in
 * several versions (e.g. the shipped 2.0.0 and a 1.0.0 given with `--form`); without a version a
 * request means the highest.
 */

import { compareVersions } from '../evolution/versions/order.js';
import type { CodeList, FormDefinition } from '../model/types.js';

/** What a service offers: its definitions and the code lists that apply to all of them. */
export interface FormSet {
  readonly definitions: readonly FormDefinition[];
  readonly codeLists: readonly CodeList[];
}

/** One entry of `GET /forms`. */
export interface FormSummary {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  /** The versions offered, highest first; requests without a version use the first. */
  readonly versions: readonly string[];
  /** FIM `freigabestatus` of the highest version, when the definition has one. */
  readonly status?: number;
}

/** The definitions of each key, highest version first. A later definition replaces an equal version. */
export function byKey(definitions: readonly FormDefinition[]): Map<string, FormDefinition[]> {
  const map = new Map<string, FormDefinition[]>();
  for (const definition of definitions) {
    const list = (map.get(definition.key) ?? []).filter((d) => d.version !== definition.version);
    list.push(definition);
    list.sort((a, b) => compareVersions(b.version, a.version));
    map.set(definition.key, list);
  }
  return map;
}

/** Finds a definition by key and version (the highest when no version is given). */
export function findForm(
  forms: ReadonlyMap<string, readonly FormDefinition[]>,
  key: string,
  version?: string,
): FormDefinition | undefined {
  const list = forms.get(key);
  if (!list) return undefined;
  return version === undefined ? list[0] : list.find((d) => d.version === version);
}

/** The list `GET /forms` answers, sorted by key. */
export function summaries(forms: ReadonlyMap<string, readonly FormDefinition[]>): FormSummary[] {
  return [...forms.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => {
      const top = list[0] as FormDefinition;
      return {
        key,
        id: top.id,
        name: top.name,
        versions: list.map((d) => d.version),
        ...(top.status === undefined ? {} : { status: top.status }),
      };
    });
}
