/**
 * An independent model of a session edit, for tests: applies `value` at a JSON pointer to a
 * plain copy of the data by the rules documented for `ValidationSession.set`, written
 * separately from the library (recursive, over the definition rather than the compiled tree).
 * Tests apply each edit here and in the session and compare the session with a fresh
 * validation of this copy.
 */

import type { ChildDefinition, FormDefinition } from '../../src/model/types.js';

type Json = unknown;

/** What the definition says about a node: a group's children, a list of items, or nothing. */
type Shape =
  | { readonly kind: 'object'; readonly children: readonly ChildDefinition[] }
  | { readonly kind: 'list'; readonly item: readonly ChildDefinition[] | undefined }
  | undefined;

function repeats(child: ChildDefinition): boolean {
  const max = (child.cardinality ?? '1:1').split(':')[1];
  return max === '*' || Number(max) > 1;
}

function childShape(shape: Shape, nodeIsList: boolean, token: string): Shape {
  if (nodeIsList) {
    return shape?.kind === 'list' && shape.item ? { kind: 'object', children: shape.item } : undefined;
  }
  if (shape?.kind !== 'object') return undefined;
  const child = shape.children.find((c) => c.key === token);
  if (!child) return undefined;
  const groupChildren = child.kind === 'group' ? child.children : undefined;
  if (repeats(child)) return { kind: 'list', item: groupChildren };
  return groupChildren ? { kind: 'object', children: groupChildren } : undefined;
}

function indexOf(token: string, length: number): number {
  if (token === '-') return length;
  return /^(0|[1-9][0-9]*)$/.test(token) && token.length < 10 ? Number(token) : Number.NaN;
}

function isContainer(value: Json): value is Record<string, Json> | Json[] {
  return typeof value === 'object' && value !== null;
}

/**
 * Returns the edited copy, or undefined when the session must refuse the edit. `data` is not
 * changed.
 */
export function oracleSet(form: FormDefinition, data: Json, pointer: string, value: Json): Json | undefined {
  if (pointer === '') {
    return isContainer(value) && !Array.isArray(value) ? structuredClone(value) : undefined;
  }
  if (!pointer.startsWith('/') || /~([^01]|$)/.test(pointer)) return undefined;
  const tokens = pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const copy = structuredClone(data) as Record<string, Json>;
  return put(copy, tokens, value, { kind: 'object', children: form.children }) ? copy : undefined;
}

/** Puts the value below `node`; false when refused. May have changed `node` only when true. */
function put(node: Record<string, Json> | Json[], tokens: string[], value: Json, shape: Shape): boolean {
  const [token, ...rest] = tokens as [string, ...string[]];
  const below = childShape(shape, Array.isArray(node), token);
  if (Array.isArray(node)) {
    const index = indexOf(token, node.length);
    if (rest.length === 0) {
      if (value === undefined) {
        if (!(index < node.length)) return false;
        node.splice(index, 1);
        return true;
      }
      if (!(index <= node.length)) return false;
      node[index] = structuredClone(value);
      return true;
    }
    if (!(index <= node.length)) return false;
    return descend(node[index], rest, value, below, (created) => {
      node[index] = created;
    });
  }
  if (rest.length === 0) {
    if (value === undefined) delete node[token];
    else
      Object.defineProperty(node, token, {
        value: structuredClone(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return true;
  }
  const current = Object.hasOwn(node, token) ? node[token] : undefined;
  return descend(current, rest, value, below, (created) => {
    Object.defineProperty(node, token, {
      value: created,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
}

function descend(
  current: Json,
  rest: string[],
  value: Json,
  shape: Shape,
  attach: (created: Record<string, Json> | Json[]) => void,
): boolean {
  if (current === undefined) {
    const next = rest[0] as string;
    const created: Record<string, Json> | Json[] =
      shape?.kind === 'list' && !Number.isNaN(indexOf(next, 0)) ? [] : {};
    // Try on the new container first, so a refused edit leaves nothing behind.
    if (!put(created, rest, value, shape)) return false;
    if (value === undefined) return true; // deleting below something absent changes nothing
    attach(created);
    return true;
  }
  if (!isContainer(current)) return false;
  return put(current, rest, value, shape);
}
