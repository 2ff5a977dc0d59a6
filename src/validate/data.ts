/**
 * Submission data as callers hand it over: plain objects and arrays of any shape, possibly
 * deeper than any form, shared or cyclic. Everything here works without recursion, in time
 * linear in the number of objects, and never throws, so that no value can make validation or a
 * session overflow the stack or hang:
 * - `copyData` copies the data a session or a pruning run works on;
 * - `depthProblem` finds where the data is nested deeper than the limit allows;
 * - `displayValue` and `sameValue` show and compare values for issue messages.
 */

import { pointerAppend } from '../issues/pointer.js';

type Container = Record<string, unknown> | unknown[];

/** Plain data containers: arrays and objects whose prototype is Object.prototype or null. */
function isContainer(value: unknown): value is Container {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Sets an own data property, so that a key such as `__proto__` stays data. */
export function defineData(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A copy of plain data: arrays and plain objects are copied (own enumerable string keys),
 * everything else (primitives, dates, class instances, functions) is kept as it is. Shared and
 * cyclic structures stay shared and cyclic in the copy.
 */
export function copyData<T>(value: T): T {
  if (!isContainer(value)) return value;
  const copies = new Map<object, Container>();
  const pending: Array<[Container, Container]> = [];
  const copyOf = (original: Container): Container => {
    const known = copies.get(original);
    if (known) return known;
    const copy: Container = Array.isArray(original) ? new Array(original.length) : {};
    copies.set(original, copy);
    pending.push([original, copy]);
    return copy;
  };
  const root = copyOf(value);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [original, copy] = next;
    if (Array.isArray(original)) {
      const target = copy as unknown[];
      for (let i = 0; i < original.length; i++) {
        const item = original[i];
        target[i] = isContainer(item) ? copyOf(item) : item;
      }
    } else {
      const target = copy as Record<string, unknown>;
      for (const key of Object.keys(original)) {
        const item = original[key];
        defineData(target, key, isContainer(item) ? copyOf(item) : item);
      }
    }
  }
  return root as T;
}

/**
 * The pointer of the first place where the data is nested deeper than `maxDepth` levels of
 * arrays and objects (the root object is level 1), or undefined. A cycle is infinitely deep.
 */
export function depthProblem(data: unknown, maxDepth: number): string | undefined {
  if (!isContainer(data)) return undefined;
  // Submissions are almost always small trees within the limit: a quick pass without
  // bookkeeping says so. It gives up on anything else (too deep, a cycle, shared objects
  // visited too often), and the exact walk below finds the pointer.
  const budget = { visits: QUICK_VISITS };
  if (maxDepth >= 1 && withinDepth(data, maxDepth - 1, budget)) return undefined;
  // Depth-first with an explicit stack. `height` memoises how deep below an object the data
  // goes, so shared objects are measured once; an object on the current path is a cycle.
  const height = new Map<object, number>();
  const onPath = new Set<object>();
  interface Frame {
    readonly node: Container;
    readonly path: string;
    readonly keys: readonly string[];
    next: number;
    deepest: number;
  }
  const stack: Frame[] = [];
  const enter = (node: Container, path: string): string | undefined => {
    if (stack.length + 1 > maxDepth) return path;
    onPath.add(node);
    stack.push({ node, path, keys: Array.isArray(node) ? [] : Object.keys(node), next: 0, deepest: 0 });
    return undefined;
  };
  const first = enter(data, '');
  if (first !== undefined) return first;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const node = frame.node;
    const count = Array.isArray(node) ? node.length : frame.keys.length;
    if (frame.next >= count) {
      stack.pop();
      onPath.delete(node);
      height.set(node, frame.deepest + 1);
      const parent = stack[stack.length - 1];
      if (parent) parent.deepest = Math.max(parent.deepest, frame.deepest + 1);
      continue;
    }
    const index = frame.next++;
    const key = Array.isArray(node) ? index : (frame.keys[index] as string);
    const child = Array.isArray(node) ? node[index] : node[key as string];
    if (!isContainer(child)) continue;
    const childPath = pointerAppend(frame.path, key);
    if (onPath.has(child)) return childPath;
    const known = height.get(child);
    if (known !== undefined) {
      if (stack.length + known > maxDepth) return childPath;
      frame.deepest = Math.max(frame.deepest, known);
      continue;
    }
    const problem = enter(child, childPath);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** How many containers the quick depth pass visits before it leaves the rest to the exact walk. */
const QUICK_VISITS = 100_000;

/**
 * True when no container below `node` is nested more than `levels` further (the quick pass of
 * `depthProblem`). Recursion is bounded by the depth limit and nothing is allocated. False when
 * it is too deep or the budget of visits ran out.
 */
function withinDepth(node: Container, levels: number, budget: { visits: number }): boolean {
  if (--budget.visits < 0) return false;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const child = node[i];
      if (isContainer(child) && (levels === 0 || !withinDepth(child, levels - 1, budget))) return false;
    }
    return true;
  }
  for (const key in node) {
    if (!Object.hasOwn(node, key)) continue;
    const child = node[key];
    if (isContainer(child) && (levels === 0 || !withinDepth(child, levels - 1, budget))) return false;
  }
  return true;
}

const DISPLAY_LENGTH = 50;

/**
 * A short text for a value in an issue message: strings as they are (cut after 50 characters),
 * other values in a JSON-like form cut after 50 characters. Bounded work for any value.
 */
export function displayValue(value: unknown): string {
  if (typeof value === 'string') return cut(value);
  let text = '';
  // Iterative rendering into a bounded text: a stack of pieces still to write.
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  while (pending.length > 0 && text.length <= DISPLAY_LENGTH) {
    const piece = pending.pop();
    if (piece instanceof Literal) {
      text += piece.text;
      continue;
    }
    if (typeof piece === 'string') text += JSON.stringify(cut(piece));
    else if (typeof piece === 'bigint') text += `${piece}`;
    else if (typeof piece === 'number' || typeof piece === 'boolean') text += String(piece);
    else if (piece === null || piece === undefined) text += piece === null ? 'null' : 'undefined';
    else if (typeof piece !== 'object') text += typeof piece;
    else if (seen.has(piece)) text += '…';
    else if (Array.isArray(piece)) {
      seen.add(piece);
      const parts: unknown[] = [new Literal('[')];
      const shown = Math.min(piece.length, DISPLAY_LENGTH);
      for (let i = 0; i < shown; i++) {
        if (i > 0) parts.push(new Literal(','));
        parts.push(piece[i]);
      }
      parts.push(new Literal(']'));
      for (let i = parts.length - 1; i >= 0; i--) pending.push(parts[i]);
    } else {
      seen.add(piece);
      const parts: unknown[] = [new Literal('{')];
      Object.keys(piece)
        .slice(0, DISPLAY_LENGTH)
        .forEach((key, i) => {
          parts.push(new Literal(`${i > 0 ? ',' : ''}${JSON.stringify(cut(key))}:`));
          parts.push((piece as Record<string, unknown>)[key]);
        });
      parts.push(new Literal('}'));
      for (let i = parts.length - 1; i >= 0; i--) pending.push(parts[i]);
    }
  }
  return cut(text);
}

class Literal {
  constructor(readonly text: string) {}
}

function cut(text: string): string {
  return text.length > DISPLAY_LENGTH ? `${text.slice(0, DISPLAY_LENGTH)}…` : text;
}

const COMPARE_BUDGET = 10_000;

/**
 * Structural equality of plain data (what a computed value is compared with). Compares at most
 * 10,000 values; structures larger than that, or cyclic ones, count as different.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const pending: Array<[unknown, unknown]> = [[a, b]];
  let budget = COMPARE_BUDGET;
  for (let pair = pending.pop(); pair !== undefined; pair = pending.pop()) {
    if (--budget < 0) return false;
    const [x, y] = pair;
    if (x === y) continue;
    if (!isContainer(x) || !isContainer(y)) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) {
      const other = y as unknown[];
      if (x.length !== other.length) return false;
      for (let i = 0; i < x.length; i++) pending.push([x[i], other[i]]);
      continue;
    }
    const left = x as Record<string, unknown>;
    const right = y as Record<string, unknown>;
    const keys = Object.keys(left);
    if (keys.length !== Object.keys(right).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(right, key)) return false;
      pending.push([left[key], right[key]]);
    }
  }
  return true;
}
