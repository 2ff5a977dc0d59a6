/**
 * One edit of a session's data at a JSON pointer, applied or refused — never half-applied,
 * never silently dropped. The rules follow RFC 6901 with what a form needs:
 * - the pointer must be RFC 6901 syntax; `''` replaces the whole submission (with an object);
 * - in a list, the last token may be an index up to the list's length (the length, or `-`,
 *   appends); `undefined` removes the item; on the way an index must name an existing item,
 *   or the next item to be created;
 * - a container missing on the way is created: a list where the form repeats the element, an
 *   object otherwise; a value on the way that is neither list nor object refuses the edit;
 * - `undefined` deletes a key (nothing to delete is fine: the edit is applied, nothing changes);
 * - the value is copied, so later changes to the caller's object do not reach the session.
 * The definition is only consulted to choose list or object for created containers.
 */

import { parsePointer } from '../issues/pointer.js';
import { copyData, defineData } from './data.js';
import type { CompiledChild, CompiledContainer } from './tree.js';

/** Why an edit was refused. */
export type EditRefusal =
  | { readonly code: 'SESSION_POINTER_SYNTAX'; readonly params: { readonly pointer: string } }
  | {
      readonly code: 'SESSION_INDEX';
      readonly params: { readonly pointer: string; readonly token: string; readonly length: number };
    }
  | {
      readonly code: 'SESSION_NOT_CONTAINER';
      readonly params: { readonly pointer: string; readonly at: string; readonly actual: string };
    }
  | { readonly code: 'SESSION_ROOT_NOT_OBJECT'; readonly params: { readonly actual: string } };

/** What an applied edit did: where the data changed and which containers it created. */
export interface AppliedEdit {
  /** The tokens of the edited place. */
  readonly tokens: readonly string[];
  /** How many tokens lead to the highest container the edit created (tokens.length if none). */
  readonly createdAt: number;
  /** For an edit of a list item: whether it added or removed an item (shifting the others). */
  readonly listLengthChanged: boolean;
}

export type EditResult =
  | { readonly ok: true; readonly edit: AppliedEdit }
  | { readonly ok: false; readonly refusal: EditRefusal };

type DataRecord = Record<string, unknown>;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * What the definition says about a place in the data: whether the element there repeats (so a
 * container created there is a list) and the container of its children (for a repeated group,
 * of its items). Undefined where the definition knows nothing (unknown keys, field values).
 */
type Shape = { readonly list: boolean; readonly container: CompiledContainer | undefined } | undefined;

/** The shape one token further down, given whether the current node is (or becomes) a list. */
function shapeBelow(shape: Shape, isList: boolean, token: string): Shape {
  if (isList)
    return shape?.list === true && shape.container ? { list: false, container: shape.container } : undefined;
  if (shape === undefined || shape.list || !shape.container) return undefined;
  const child: CompiledChild | undefined = shape.container.byKey.get(token);
  if (!child) return undefined;
  return { list: child.repeated, container: child.container };
}

function pointerOf(tokens: readonly string[]): string {
  return tokens.map((token) => `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function isIndex(token: string): boolean {
  return /^(?:0|[1-9]\d{0,8})$/.test(token);
}

/**
 * Applies `value` at `pointer` in `root`. For `''` the caller replaces its root with the copy
 * returned in `replacement`.
 */
export function applyEdit(
  formRoot: CompiledContainer,
  root: DataRecord,
  pointer: string,
  value: unknown,
): EditResult & { readonly replacement?: DataRecord } {
  const parsed = parsePointer(pointer);
  if (!parsed.ok) return { ok: false, refusal: { code: 'SESSION_POINTER_SYNTAX', params: { pointer } } };
  const tokens = parsed.tokens;
  if (tokens.length === 0) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, refusal: { code: 'SESSION_ROOT_NOT_OBJECT', params: { actual: kindOf(value) } } };
    }
    return {
      ok: true,
      edit: { tokens, createdAt: 0, listLengthChanged: false },
      replacement: copyData(value as DataRecord),
    };
  }

  // First pass: check the way without changing anything, so a refused edit changes nothing.
  // `shape` is the definition's view of the node being looked at, following the data's own
  // shape: what a container created there must be (and the definition below it).
  let node: unknown = root;
  let shape: Shape = { list: false, container: formRoot };
  let createdAt = tokens.length;
  const plan: Array<'list' | 'object'> = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as string;
    const created = createdAt < tokens.length;
    const isList = created ? plan[plan.length - 1] === 'list' : Array.isArray(node);
    let next: unknown;
    if (isList) {
      const length = created ? 0 : (node as unknown[]).length;
      const index = token === '-' ? length : isIndex(token) ? Number(token) : Number.NaN;
      if (!(index <= length)) {
        return { ok: false, refusal: { code: 'SESSION_INDEX', params: { pointer, token, length } } };
      }
      next = created ? undefined : (node as unknown[])[index];
    } else {
      next = !created && Object.hasOwn(node as DataRecord, token) ? (node as DataRecord)[token] : undefined;
    }
    shape = shapeBelow(shape, isList, token);
    if (next === undefined) {
      if (!created) createdAt = i + 1;
      const nextToken = tokens[i + 1] as string;
      plan.push(shape?.list === true && (isIndex(nextToken) || nextToken === '-') ? 'list' : 'object');
    } else if (typeof next !== 'object' || next === null) {
      const at = pointerOf(tokens.slice(0, i + 1));
      return {
        ok: false,
        refusal: { code: 'SESSION_NOT_CONTAINER', params: { pointer, at, actual: kindOf(next) } },
      };
    }
    node = next;
  }
  const last = tokens[tokens.length - 1] as string;
  const lastIsList = createdAt < tokens.length ? plan[plan.length - 1] === 'list' : Array.isArray(node);
  if (lastIsList) {
    const length = createdAt < tokens.length ? 0 : (node as unknown[]).length;
    const index = last === '-' ? length : isIndex(last) ? Number(last) : Number.NaN;
    const limit = value === undefined ? length - 1 : length;
    if (!(index <= limit)) {
      return { ok: false, refusal: { code: 'SESSION_INDEX', params: { pointer, token: last, length } } };
    }
  }

  // Second pass: apply. Containers are created from `createdAt` on, following the plan.
  const copy = copyData(value);
  if (value === undefined && createdAt < tokens.length) {
    // Deleting below something absent: nothing to do.
    return { ok: true, edit: { tokens, createdAt: tokens.length, listLengthChanged: false } };
  }
  let target: unknown = root;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as string;
    let next = read(target, token);
    if (next === undefined) {
      next = plan[i - (createdAt - 1)] === 'list' ? [] : {};
      write(target, token, next);
    }
    target = next;
  }
  let listLengthChanged = false;
  if (Array.isArray(target)) {
    const index = last === '-' ? target.length : Number(last);
    if (value === undefined) {
      target.splice(index, 1);
      listLengthChanged = true;
    } else {
      listLengthChanged = index === target.length;
      target[index] = copy;
    }
  } else if (value === undefined) {
    delete (target as DataRecord)[last];
  } else {
    defineData(target as DataRecord, last, copy);
  }
  return { ok: true, edit: { tokens, createdAt, listLengthChanged } };
}

function read(container: unknown, token: string): unknown {
  if (Array.isArray(container)) return container[token === '-' ? container.length : Number(token)];
  return Object.hasOwn(container as DataRecord, token) ? (container as DataRecord)[token] : undefined;
}

function write(container: unknown, token: string, value: unknown): void {
  if (Array.isArray(container)) container[token === '-' ? container.length : Number(token)] = value;
  else defineData(container as DataRecord, token, value);
}
