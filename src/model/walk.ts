/**
 * The one walk over a definition: every element (field or group) in document order, with where
 * it is (keys, dotted key path, JSON pointer into the definition, depth), how often it occurs
 * (`occurrence`) and its parent. Lint, rule checking, validation, the FIM, JSON Schema and
 * TypeScript writers and the documentation walk definitions through it.
 *
 * The walk is bounded: groups nested deeper than `MAX_DEFINITION_DEPTH` are not entered (the
 * lint reports them as DEF_TOO_DEEP), so an unlinted, hostile definition cannot overflow the
 * stack. It uses no recursion itself.
 *
 * `foldDefinition` hands each element the value its parent's visit returned, so writers build
 * nested output (a JSON Schema, a TypeScript type) without a walk of their own.
 */

import {
  type ChildDefinition,
  type FormDefinition,
  type GroupDefinition,
  parseCardinality,
} from './types.js';

/** Deepest nesting of groups a definition may have (keeps every walk bounded). */
export const MAX_DEFINITION_DEPTH = 64;

/** How often an element occurs in its parent (XDF `anzahl`). */
export interface Occurrence {
  readonly min: number;
  /** `Infinity` for `*`. */
  readonly max: number;
  /** More than one occurrence is allowed: the value is a list. */
  readonly repeated: boolean;
}

const ONCE: Occurrence = { min: 1, max: 1, repeated: false };

/**
 * The occurrence of a child. Absent cardinality is `1:1`; a malformed one (which the lint
 * reports) counts as `1:1` too.
 */
export function occurrence(child: ChildDefinition): Occurrence {
  if (child.cardinality === undefined || child.cardinality === '1:1') return ONCE;
  const parsed = parseCardinality(child.cardinality);
  return parsed ? { ...parsed, repeated: parsed.max > 1 } : ONCE;
}

/** A container of elements: the form or a group. */
export type Container = FormDefinition | GroupDefinition;

/** One element met on the walk. */
export interface ElementVisit {
  readonly element: ChildDefinition;
  readonly parent: Container;
  /** Position among the parent's children. */
  readonly index: number;
  /** Keys from the form down to the element. */
  readonly keys: readonly string[];
  /** The keys joined with `.` (`antragsteller.familienname`). */
  readonly keyPath: string;
  /** JSON pointer of the element in the definition (`/children/0/children/2`). */
  readonly path: string;
  /** 1 for the form's children, 2 for theirs, … */
  readonly depth: number;
  readonly occurrence: Occurrence;
}

/** Returned by a visit: do not walk into this group. */
export const SKIP = Symbol('skip');

/** What a fold's visit returns: the value the element's children receive, or SKIP. */
export type FoldStep<Value> = Value | typeof SKIP;

/** Options of a walk. */
export interface WalkOptions {
  /** Called for a group whose children lie deeper than `MAX_DEFINITION_DEPTH` (not entered). */
  readonly tooDeep?: (group: ElementVisit) => void;
}

/**
 * Visits every element in document order (pre-order). `visit` receives what the visit of the
 * element's parent returned (`root` for the form's children) and returns what the element's
 * children receive; SKIP leaves a group's children out.
 */
export function foldDefinition<Value>(
  definition: FormDefinition,
  root: Value,
  visit: (element: ElementVisit, parentValue: Value) => FoldStep<Value>,
  options: WalkOptions = {},
): void {
  interface Frame {
    readonly container: Container;
    readonly visit: ElementVisit | undefined;
    readonly value: Value;
    index: number;
  }
  const stack: Frame[] = [{ container: definition, visit: undefined, value: root, index: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const index = frame.index++;
    const element = frame.container.children[index];
    if (element === undefined) {
      stack.pop();
      continue;
    }
    const above = frame.visit;
    const keys = above ? [...above.keys, element.key] : [element.key];
    const here: ElementVisit = {
      element,
      parent: frame.container,
      index,
      keys,
      keyPath: above ? `${above.keyPath}.${element.key}` : element.key,
      path: `${above ? above.path : ''}/children/${index}`,
      depth: stack.length,
      occurrence: occurrence(element),
    };
    const value = visit(here, frame.value);
    if (element.kind !== 'group' || value === SKIP) continue;
    if (here.depth >= MAX_DEFINITION_DEPTH) {
      options.tooDeep?.(here);
      continue;
    }
    stack.push({ container: element, visit: here, value, index: 0 });
  }
}

/** Visits every element in document order; return SKIP to leave a group's children out. */
export function walkDefinition(
  definition: FormDefinition,
  visit: (element: ElementVisit) => unknown,
  options: WalkOptions = {},
): void {
  foldDefinition<undefined>(
    definition,
    undefined,
    (element) => (visit(element) === SKIP ? SKIP : undefined),
    options,
  );
}

/** Every element of the definition in document order, with where it is. */
export function elementsOf(definition: FormDefinition): ElementVisit[] {
  const out: ElementVisit[] = [];
  walkDefinition(definition, (element) => {
    out.push(element);
  });
  return out;
}
