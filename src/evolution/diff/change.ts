/**
 * A change as data: what changed (`kind`, `facet`), where in both versions (key path and FIM
 * id/version of the element), the values before and after, and its classification on both
 * axes. Plain JSON: a diff can be written to a file and read back unchanged.
 */

import type { ChangeKind } from './kinds.js';
import type { Verdict } from './verdict.js';

/** Where a change is in one version: the element's key path and FIM id and version. */
export interface ChangeSide {
  /** Key path with `[]` after repeated ancestors (`haushalt[].verwandtschaft`); '' for the form. */
  readonly path: string;
  readonly id: string;
  readonly version: string;
}

/** The rule a rule change concerns, in one version. */
export interface RuleSide {
  readonly id: string;
  readonly version: string;
  readonly name: string;
}

/** One change between two versions of a definition. */
export interface Change {
  readonly kind: ChangeKind;
  /** The property or facet concerned, where a kind covers several (`maxLength`, `label`, `namespace`). */
  readonly facet?: string;
  /** The element in the old version; absent for an added element. */
  readonly from?: ChangeSide;
  /** The element in the new version; absent for a removed element. */
  readonly to?: ChangeSide;
  /** For rule changes: the rule in each version (one side only for an added or removed rule). */
  readonly rule?: { readonly from?: RuleSide; readonly to?: RuleSide };
  /** The value before (absent when the property was absent). */
  readonly before?: unknown;
  /** The value after (absent when the property is absent). */
  readonly after?: unknown;
  /** Codes only the new version allows (code list changes, when both lists are known). */
  readonly codesAdded?: readonly string[];
  /** Codes only the old version allows. */
  readonly codesRemoved?: readonly string[];
  /** A receiver on the new version reading submissions made for the old one. */
  readonly oldToNew: Verdict;
  /** A receiver on the old version reading submissions made for the new one. */
  readonly newToOld: Verdict;
}

/** A JSON copy of a definition value (undefined stays absent). */
export function jsonValue(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
