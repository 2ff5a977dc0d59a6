/** A change found by one comparison, before it is placed (paths and ids are added by the diff). */

import type { RuleSide } from './change.js';
import type { ChangeKind } from './kinds.js';
import type { Axes } from './verdict.js';

export interface Found {
  readonly kind: ChangeKind;
  readonly facet?: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly codesAdded?: readonly string[];
  readonly codesRemoved?: readonly string[];
  readonly rule?: { readonly from?: RuleSide; readonly to?: RuleSide };
  readonly axes: Axes;
}
