/**
 * Key paths of a migration and the index of a definition they resolve against.
 *
 * A path names an element from the form root: keys joined by `.`, with `[]` right after every
 * repeated element (`haushalt[].verwandtschaft`, `fahrzeugarten[]`). Writing the repeats keeps a
 * reader aware where one value becomes a list; a `[]` missing or misplaced is a finding. Keys may
 * themselves contain `.` (the key rule allows it): a path is matched against the keys the
 * definition has, longest key first, never split blindly.
 */

import type { ChildDefinition, CodeList, FieldDefinition, FormDefinition } from '../../model/types.js';
import { type Container, occurrence } from '../../model/walk.js';

/** One element of a definition as a migration sees it. */
export interface PathNode {
  /** The path with `[]` after each repeated element. */
  readonly path: string;
  /** Keys from the root (what the rule language and the data use). */
  readonly keys: readonly string[];
  readonly element: ChildDefinition;
  readonly parent: PathNode | undefined;
  /** More than one occurrence: the value is a list. */
  readonly repeated: boolean;
  readonly min: number;
  /** The repeated groups on the way down, outermost first, this one included if it is one. */
  readonly repeats: readonly PathNode[];
  readonly children: readonly PathNode[];
}

/** Every element of a definition by path, by FIM id, and in document order. */
export interface PathIndex {
  readonly definition: FormDefinition;
  readonly byPath: ReadonlyMap<string, PathNode>;
  readonly byId: ReadonlyMap<string, readonly PathNode[]>;
  readonly nodes: readonly PathNode[];
  readonly roots: readonly PathNode[];
}

const indexes = new WeakMap<FormDefinition, PathIndex>();

/** The index of a definition (cached per definition object). */
export function pathIndex(definition: FormDefinition): PathIndex {
  let index = indexes.get(definition);
  if (index) return index;
  const byPath = new Map<string, PathNode>();
  const byId = new Map<string, PathNode[]>();
  const nodes: PathNode[] = [];
  // Groups are bounded by the lint's depth limit; compileMigration compiles (lints) both first.
  const build = (container: Container, parent: PathNode | undefined): PathNode[] =>
    container.children.map((element) => {
      const { repeated, min } = occurrence(element);
      const path = `${parent ? `${parent.path}.` : ''}${element.key}${repeated ? '[]' : ''}`;
      const children: PathNode[] = [];
      const above = parent?.repeats ?? [];
      const node: PathNode = {
        path,
        keys: [...(parent?.keys ?? []), element.key],
        element,
        parent,
        repeated,
        min,
        repeats: [],
        children,
      };
      const repeats = repeated && element.kind === 'group' ? [...above, node] : above;
      (node as { repeats: readonly PathNode[] }).repeats = repeats;
      byPath.set(path, node);
      byId.set(element.id, [...(byId.get(element.id) ?? []), node]);
      nodes.push(node);
      if (element.kind === 'group') children.push(...build(element, node));
      return node;
    });
  const roots = build(definition, undefined);
  index = { definition, byPath, byId, nodes, roots };
  indexes.set(definition, index);
  return index;
}

/** Why a path does not resolve. */
export type PathProblem =
  | { readonly kind: 'syntax' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'list'; readonly key: string };

/** Keys joined by `.`, each maybe followed by `[]`; no empty step. */
const PATH_SYNTAX = /^[A-Za-z_][A-Za-z0-9_-]*(\[\])?(\.[A-Za-z0-9_][A-Za-z0-9_-]*(\[\])?)*$/;

/** Resolves a path against a definition: the node, or what is wrong with the path. */
export function resolvePath(
  index: PathIndex,
  path: string,
): { readonly ok: true; readonly node: PathNode } | { readonly ok: false; readonly problem: PathProblem } {
  if (!PATH_SYNTAX.test(path)) {
    return { ok: false, problem: { kind: 'syntax' } };
  }
  let candidates = index.roots;
  let rest = path;
  let node: PathNode | undefined;
  for (;;) {
    let match: { node: PathNode; list: boolean; after: string } | undefined;
    for (const candidate of candidates) {
      const key = candidate.element.key;
      if (!rest.startsWith(key)) continue;
      let after = rest.slice(key.length);
      const list = after.startsWith('[]');
      if (list) after = after.slice(2);
      if (after !== '' && !after.startsWith('.')) continue;
      if (!match || key.length > match.node.element.key.length) match = { node: candidate, list, after };
    }
    if (!match) return { ok: false, problem: { kind: 'unknown' } };
    node = match.node;
    if (match.list !== node.repeated) return { ok: false, problem: { kind: 'list', key: node.element.key } };
    if (match.after === '') return { ok: true, node };
    rest = match.after.slice(1);
    candidates = node.children;
  }
}

/**
 * The codes a field allows, when known (inline values or a list pinned by URI and version);
 * booleans have `true` and `false`.
 */
export function codesOf(field: FieldDefinition, lists: readonly CodeList[]): ReadonlySet<string> | undefined {
  if (field.datentyp === 'bool') return new Set(['true', 'false']);
  if (field.feldart !== 'select') return undefined;
  const values =
    field.values ??
    lists.find((list) => list.uri === field.codeList?.uri && list.version === field.codeList?.version)
      ?.values;
  return values ? new Set(values.map((value) => value.code)) : undefined;
}

/** True for an element that takes a value (every group, every field but static text). */
export function takesValue(node: PathNode): boolean {
  return node.element.kind === 'group' || node.element.feldart !== 'label';
}
