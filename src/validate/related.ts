/**
 * The data a rule reads, seen from where it is evaluated (`Issue.related`): a path through a
 * repeat the rule's element lies in names the current item; a path through any other repeat
 * names the whole list. The plan is worked out once per rule from the compiled tree; at run time
 * only the current indices are filled in. The interpreter and the ahead-of-time module resolve
 * the same plans with `resolveRelated`.
 */

import type { ElementRef } from '../issues/issue.js';
import { pointerAppend } from '../issues/pointer.js';

/** One key of a dependency's path. */
export interface RelatedStep {
  /** `/key`, escaped. */
  readonly segment: string;
  readonly ref: ElementRef;
  /**
   * For a repeat: the level of the current index to append, or -1 when the repeat is not on the
   * rule's own path (the pointer then names the list and stops).
   */
  readonly level?: number;
}

/** Per dependency of a rule, its steps (empty when the path names no element). */
export type RelatedPlan = readonly (readonly RelatedStep[])[];

/** What the plan needs to know of an element. */
export interface RelatedNode {
  readonly repeated: boolean;
  readonly ref: ElementRef;
}

const ITEMS_SUFFIX = /#items$/;

/** The plan for a rule attached at `hostKeys` reading `dependencies` (dotted key paths). */
export function relatedPlan(
  hostKeys: readonly string[],
  dependencies: readonly string[],
  byKeyPath: (keyPath: string) => RelatedNode | undefined,
): RelatedPlan {
  return dependencies.map((dependency) => {
    const keys = dependency.replace(ITEMS_SUFFIX, '').split('.');
    const steps: RelatedStep[] = [];
    let repeatsOnHostPath = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const node = byKeyPath(keys.slice(0, i + 1).join('.'));
      if (!node) break;
      const segment = pointerAppend('', key);
      if (!node.repeated) {
        steps.push({ segment, ref: node.ref });
        continue;
      }
      const onHostPath = i < hostKeys.length && keys.slice(0, i + 1).every((k, j) => hostKeys[j] === k);
      steps.push({ segment, ref: node.ref, level: onHostPath ? repeatsOnHostPath++ : -1 });
      if (!onHostPath) break;
    }
    return steps;
  });
}

/** The pointers (and elements) a plan names at the current indices, without `own`, each once. */
export function resolveRelated(
  plan: RelatedPlan,
  indices: readonly number[],
  own: string,
): Array<{ readonly pointer: string; readonly ref: ElementRef }> {
  const targets = new Map<string, ElementRef>();
  for (const steps of plan) {
    let pointer = '';
    let ref: ElementRef | undefined;
    for (const step of steps) {
      pointer += step.segment;
      ref = step.ref;
      if (step.level === undefined) continue;
      const index = step.level < 0 ? undefined : indices[step.level];
      if (index === undefined) break;
      pointer = `${pointer}/${index}`;
    }
    if (ref && pointer !== own && !targets.has(pointer)) targets.set(pointer, ref);
  }
  return [...targets].map(([pointer, ref]) => ({ pointer, ref }));
}
