/**
 * The order of issues in a Report: document order of their paths (definition order of keys,
 * list items by index, unknown keys after known ones), then code, rule and message. Full
 * validation and the incremental session sort with the same comparator, so they agree exactly.
 */

import type { Issue } from '../issues/issue.js';
import { pointerTokens } from '../issues/pointer.js';

/** What ordering needs of a container: its children by key (the compiled tree is one). */
export interface OrderContainer {
  readonly byKey: ReadonlyMap<string, OrderNode>;
}

/** What ordering needs of a child: its position among its siblings, and its own children. */
export interface OrderNode {
  readonly position: number;
  readonly repeated: boolean;
  readonly container?: OrderContainer | undefined;
}

const UNKNOWN = Number.MAX_SAFE_INTEGER;

/** Sort keys of a path: per level the key's position (or item index). */
function sortKey(root: OrderContainer, pointer: string): Array<number | string> {
  const key: Array<number | string> = [];
  let container: OrderContainer | undefined = root;
  let expectIndex = false;
  for (const token of pointerTokens(pointer)) {
    if (expectIndex) {
      key.push(/^\d+$/.test(token) ? Number(token) : token);
      expectIndex = false;
      continue;
    }
    const child: OrderNode | undefined = container?.byKey.get(token);
    if (!child) {
      // Unknown keys sort after all known ones, by name.
      key.push(UNKNOWN, token);
      container = undefined;
      continue;
    }
    key.push(child.position);
    container = child.container;
    expectIndex = child.repeated;
  }
  return key;
}

function compareKeys(a: Array<number | string>, b: Array<number | string>): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Sort keys by issue object: a session sorts mostly the same issues after every change. */
const keyCache = new WeakMap<Issue, Array<number | string>>();

/** Sorts issues in place into report order. */
export function sortIssues(root: OrderContainer, issues: Issue[]): Issue[] {
  if (issues.length < 2) return issues;
  const keys = new Map<Issue, Array<number | string>>();
  for (const issue of issues) {
    let key = keyCache.get(issue);
    if (!key) {
      key = sortKey(root, issue.path);
      keyCache.set(issue, key);
    }
    keys.set(issue, key);
  }
  return issues.sort(
    (a, b) =>
      compareKeys(keys.get(a) ?? [], keys.get(b) ?? []) ||
      cmp(a.code, b.code) ||
      cmp(text(a.params.ruleId), text(b.params.ruleId)) ||
      cmp(a.message.en, b.message.en),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
