/**
 * Form state for renderers: what a UI needs to draw each element occurrence now, on top of an
 * incremental validation session (`CompiledForm.session`).
 *
 * Paths are JSON pointers into the data. Each element occurrence has a state (`get(path)`): the
 * form at `''`, a field or group at its pointer, a repeated element's list at its pointer and
 * each item at `…/index`. A state is an immutable snapshot: the same object until something in
 * it changes, so frameworks can compare by identity (React's `useSyncExternalStore`).
 *
 * Edits go through the session (`set`, `add`, `remove`), which applies or refuses them and
 * reports which issues appeared, disappeared or changed. A change then recomputes only the
 * states it can affect: the edited place, its ancestors and descendants, the elements holding
 * the issues that changed, the elements whose rules read the edited data (found through the
 * rules' dependencies) and everything below them, and below a container the edit created or
 * removed. Of those, only the states that differ from their previous snapshot are notified, each
 * path's listeners once, then the whole-form listeners once with the list of changed paths.
 *
 * Relevance, required-now and computed values come from the form's own rules, evaluated as the
 * validation walk evaluates them (same indices, same reference date), so a renderer shows what
 * validation will say.
 */

import type { Issue } from '../issues/issue.js';
import { pointerAppend, pointerTokens } from '../issues/pointer.js';
import type { CodeList, FieldDefinition, LocalText } from '../model/types.js';
import type { CompiledForm } from '../validate/compile.js';
import { todayUtc } from '../validate/compile.js';
import type { ValidationReport } from '../validate/result.js';
import type { ExecutableRule } from '../validate/rule-binding.js';
import type { SessionChange, ValidationSession } from '../validate/session.js';
import type { CompiledChild, CompiledContainer } from '../validate/tree.js';
import { hintOf, type Lang } from './hint.js';
import { type InputKind, inputKindOf } from './input-kind.js';

export type { Lang } from './hint.js';

/** One allowed value of a select field, named in the chosen language. */
export interface OptionState {
  readonly code: string;
  readonly label: string;
  readonly help?: string;
}

/** Repeat bounds of a repeated element (its list), with the rule-driven counts applied. */
export interface RepeatState {
  readonly min: number;
  /** `Infinity` for `*`. */
  readonly max: number;
  readonly count: number;
  /** Another item may be added (below the maximum and every `maxCount` rule). */
  readonly canAdd: boolean;
  /** An item may be removed (above the minimum and every `minCount` rule). */
  readonly canRemove: boolean;
}

/** Constraints an input can carry as attributes (from `praezisierung` and the file constraints). */
export interface InputConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly min?: number | string;
  readonly max?: number | string;
  readonly pattern?: string;
  readonly mediaTypes?: readonly string[];
  readonly maxSize?: number;
}

/** What a renderer needs to draw one element occurrence (or the form, at path `''`). */
export interface ElementState {
  /** JSON pointer of the occurrence: the list for a repeated element, `…/index` for an item. */
  readonly path: string;
  readonly kind: 'form' | 'group' | 'field';
  /** The key of the element (the last key of the path); `''` for the form. */
  readonly key: string;
  /** For an item of a repeated element: its index. */
  readonly index?: number;
  /** The FIM element. */
  readonly element: { readonly id: string; readonly version: string };
  readonly inputKind: InputKind;
  /** Label while filling in, in the chosen language (German when there is no English text). */
  readonly label: string;
  /** Help text while filling in, in the chosen language. */
  readonly help?: string;
  /** What the input accepts, said from its constraints (see `hint.ts`). */
  readonly hint?: string;
  /** Legal basis of the occurrence or element (`bezug`). */
  readonly bezug?: string;
  /** The element applies now (its relevance rules and those of every ancestor hold): show it. */
  readonly relevant: boolean;
  /**
   * A value is required now: the element applies, its minimum or a `required` rule asks for it,
   * and its container is present or itself required. Items are never required (they exist).
   */
  readonly required: boolean;
  /** The user does not edit it: a `locked` field or a computed one. */
  readonly readOnly: boolean;
  /** The current value (fields; for a repeated field the list). Undefined when absent. */
  readonly value?: unknown;
  /** What the element's computation rule gives now (computed fields), when it gives something. */
  readonly computed?: unknown;
  /** Allowed values of a select field, in code-list order. */
  readonly options?: readonly OptionState[];
  readonly constraints?: InputConstraints;
  /** Text of a label field (`feldart` label). */
  readonly content?: string;
  /** A repeated element's list: its bounds and count. */
  readonly repeat?: RepeatState;
  /** A repeated element's list: the paths of its items. */
  readonly items?: readonly string[];
  /** The form, a group or an item of a repeated group: the paths of its child occurrences. */
  readonly children?: readonly string[];
  /**
   * The issues at this path; issues at a place that has no state of its own (an unknown key,
   * inside a file value) belong to the nearest state above it. The list of a repeated field also
   * holds the issues of its items (which have their own states too).
   */
  readonly issues: readonly Issue[];
}

/** What one change did to the form state. */
export interface FormStateChange {
  /** What the session said (issues added, removed, changed; or the refusal). */
  readonly session: SessionChange;
  /** The paths whose state changed (added, changed or gone), in the order they were notified. */
  readonly paths: readonly string[];
}

/** Called with the new state of a path (undefined when the occurrence is gone). */
export type StateListener = (state: ElementState | undefined) => void;
/** Called once per change of the form state. */
export type FormListener = (change: FormStateChange) => void;

/** The state of a form being filled in; see the module comment. */
export interface FormState {
  readonly form: CompiledForm;
  /** The current data (do not mutate it: use `set`). */
  readonly data: Readonly<Record<string, unknown>>;
  readonly lang: Lang;
  readonly referenceDate: string;
  /** The current report, equal to a fresh validation of `data`. */
  report(): ValidationReport;
  /** The state at a path, or undefined when no element occurrence is there. */
  get(path: string): ElementState | undefined;
  /** Sets a value (see `ValidationSession.set`; `undefined` deletes) and notifies what changed. */
  set(path: string, value: unknown): FormStateChange;
  /** Appends an item to a repeated element's list (a group item starts as `{}`). */
  add(listPath: string, value?: unknown): FormStateChange;
  /** Removes an item of a repeated element's list. */
  remove(itemPath: string): FormStateChange;
  /** Switches the language of labels, help texts, hints and option names; notifies every state. */
  setLanguage(lang: Lang): FormStateChange;
  /** Calls `listener` whenever the state at `path` changes. Returns the unsubscribe function. */
  subscribe(path: string, listener: StateListener): () => void;
  /** Calls `listener` once per change of the form state. Returns the unsubscribe function. */
  subscribeAll(listener: FormListener): () => void;
}

/** Options of `createFormState`. */
export interface FormStateOptions {
  /** Initial data (copied). */
  readonly data?: unknown;
  readonly lang?: Lang;
  /** The day rules treat as today (ISO date); defaults to today in UTC. */
  readonly referenceDate?: string;
  /** Code lists for the options of select fields, besides those the definition carries. */
  readonly codeLists?: Iterable<CodeList>;
  /**
   * Keep computed fields filled: after each edit (and at the start), every computed field that
   * applies gets the value its rule gives (none while the data it needs is missing), as a portal
   * would show and send it. Off by default, so the data holds only what the caller set.
   */
  readonly fill?: boolean;
  /**
   * Remove the values of elements that no longer apply (after each edit and at the start), as
   * `validate(…, { prune: true })` does, so that a changed answer does not leave hidden values
   * behind that validation rejects (`NOT_RELEVANT`). Off by default.
   */
  readonly prune?: boolean;
}

/** Where a path leads in the definition. */
interface Located {
  readonly node: CompiledChild | undefined;
  /** Indices of the repeat items on the way (for an item, including its own index last). */
  readonly indices: readonly number[];
  /** The path names an item of a repeated element. */
  readonly item: boolean;
}

type DataRecord = Record<string, unknown>;

function isRecord(value: unknown): value is DataRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rules never throw into the UI: an error counts as unknown, as in validation. */
function evaluate(rule: ExecutableRule, root: unknown, indices: readonly number[], referenceDate: string) {
  try {
    return rule.evaluate({ root, indices, referenceDate });
  } catch {
    return null;
  }
}

function text(value: LocalText | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  return lang === 'en' ? (value.en ?? value.de) : value.de;
}

/** Where `path` leads, or undefined when it names no element occurrence or item. */
function locate(root: CompiledContainer, path: string): Located | undefined {
  if (path === '') return { node: undefined, indices: [], item: false };
  if (path[0] !== '/') return undefined;
  const tokens = pointerTokens(path);
  let container: CompiledContainer | undefined = root;
  const indices: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const child: CompiledChild | undefined = container?.byKey.get(tokens[i] as string);
    if (!child) return undefined;
    if (i === tokens.length - 1) return { node: child, indices, item: false };
    if (child.repeated) {
      const token = tokens[i + 1] as string;
      if (!/^(?:0|[1-9]\d{0,8})$/.test(token)) return undefined;
      indices.push(Number(token));
      i++;
      if (i === tokens.length - 1) return { node: child, indices, item: true };
    }
    container = child.container;
  }
  return undefined;
}

/** Reads the value at a pointer (own properties only), undefined when absent. */
function read(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const token of pointerTokens(path)) {
    if (Array.isArray(node)) node = /^\d+$/.test(token) ? node[Number(token)] : undefined;
    else if (isRecord(node)) node = Object.hasOwn(node, token) ? node[token] : undefined;
    else return undefined;
  }
  return node;
}

function parentPath(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

function isUnder(path: string, prefix: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
}

/** Structural equality of JSON values (the data and computed values). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameJson((a as DataRecord)[k], (b as DataRecord)[k]));
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}

/** Whether two snapshots say the same. */
function sameState(a: ElementState, b: ElementState): boolean {
  const ka = Object.keys(a) as (keyof ElementState)[];
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const x = a[k];
    const y = b[k];
    // Options are shared per language; issues are plain data (a re-check makes new equal ones).
    if (k === 'items' || k === 'children' || k === 'options')
      return sameList(x as readonly unknown[], y as readonly unknown[]);
    return sameJson(x, y);
  });
}

/** Whether a change of the dotted key path `changed` can change a rule reading `dependency`. */
function touches(dependency: string, changed: string): boolean {
  if (changed === '') return true;
  if (dependency.endsWith('#items')) {
    const list = dependency.slice(0, -'#items'.length);
    return changed === list || list.startsWith(`${changed}.`);
  }
  return (
    dependency === changed || dependency.startsWith(`${changed}.`) || changed.startsWith(`${dependency}.`)
  );
}

/** The dotted key path of a pointer's known elements (indices dropped). */
function keyPathOf(root: CompiledContainer, path: string): string {
  const keys: string[] = [];
  let container: CompiledContainer | undefined = root;
  const tokens = pointerTokens(path);
  for (let i = 0; i < tokens.length && container; i++) {
    const child: CompiledChild | undefined = container.byKey.get(tokens[i] as string);
    if (!child) break;
    keys.push(child.key);
    container = child.container;
    if (child.repeated) i++;
  }
  return keys.join('.');
}

/** One session change from an edit and the fills that followed it (issues that came and went drop out). */
function merge(first: SessionChange & { ok: true }, more: readonly SessionChange[]): SessionChange {
  if (more.length === 0) return first;
  let added = [...first.added];
  let removed = [...first.removed];
  let changed = [...first.changed];
  for (const next of more) {
    if (!next.ok) continue;
    const gone = new Set(next.removed);
    const fresh = added.filter((issue) => gone.has(issue));
    added = [...added.filter((issue) => !gone.has(issue)), ...next.added];
    removed = [...removed, ...next.removed.filter((issue) => !fresh.includes(issue))];
    changed = [...changed.filter((issue) => !gone.has(issue)), ...next.changed];
  }
  return { ok: true, added, removed, changed };
}

/** Creates the state of a form being filled in, starting from `options.data`. */
export function createFormState(form: CompiledForm, options: FormStateOptions = {}): FormState {
  const tree = form.tree;
  const referenceDate = options.referenceDate ?? todayUtc();
  const session: ValidationSession = form.session(options.data ?? {}, { referenceDate });
  let lang: Lang = options.lang ?? 'de';
  const codeLists = new Map<string, CodeList>();
  for (const list of [...(form.definition.codeLists ?? []), ...(options.codeLists ?? [])])
    codeLists.set(`${list.uri}_${list.version}`, list);

  /** Snapshots handed out, by path; recomputed only when a change can affect them. */
  const cache = new Map<string, ElementState>();
  const listeners = new Map<string, Set<StateListener>>();
  const formListeners = new Set<FormListener>();
  /** Issues by the path of the state they belong to; rebuilt after each change. */
  let issuesByPath = new Map<string, Issue[]>();
  /** Options per field and language: the same array while the language stays. */
  const optionCache = new Map<CompiledChild, { lang: Lang; options: readonly OptionState[] }>();

  /**
   * The states an issue belongs to: the nearest state at or above its path, and for an item of
   * a repeated field also the field's list (a renderer may draw the list as one input).
   */
  const ownersOf = (path: string): string[] => {
    let current = path;
    let located = locate(tree.root, current);
    while (current !== '' && located === undefined) {
      current = parentPath(current);
      located = locate(tree.root, current);
    }
    return located?.item && !located.node?.container ? [current, parentPath(current)] : [current];
  };
  const indexIssues = (): void => {
    issuesByPath = new Map();
    for (const issue of session.report().issues) {
      for (const owner of ownersOf(issue.path)) {
        const list = issuesByPath.get(owner);
        if (list) list.push(issue);
        else issuesByPath.set(owner, [issue]);
      }
    }
  };
  indexIssues();

  const data = (): DataRecord => session.data as DataRecord;

  /** Relevance of an occurrence and every ancestor, evaluated where the walk evaluates it. */
  const relevantAt = (node: CompiledChild, indices: readonly number[]): boolean => {
    // The ancestors: each key path prefix, with the indices of the repeats above it.
    let used = 0;
    let container: CompiledContainer = tree.root;
    for (const key of node.keys) {
      const child = container.byKey.get(key) as CompiledChild;
      const here = indices.slice(0, used);
      for (const rule of child.rules.relevant)
        if (evaluate(rule, data(), here, referenceDate) !== true) return false;
      if (child.repeated) used++;
      if (child.container) container = child.container;
    }
    return true;
  };

  /** Whether the occurrence of `node` at `path` must have a value now (see ElementState.required). */
  const requiredAt = (node: CompiledChild, path: string, indices: readonly number[]): boolean => {
    const own =
      node.min > 0 ||
      node.rules.required.some((rule) => evaluate(rule, data(), indices, referenceDate) === true);
    if (!own) return false;
    // The container: the form, an existing object, or a group occurrence that is itself required.
    const container = parentPath(path);
    if (container === '') return true;
    if (isRecord(read(data(), container))) return true;
    const above = locate(tree.root, container);
    if (!above?.node || above.item) return false;
    return requiredAt(above.node, container, above.indices);
  };

  const optionsOf = (node: CompiledChild, field: FieldDefinition): readonly OptionState[] | undefined => {
    const values =
      field.values ??
      (field.codeList ? codeLists.get(`${field.codeList.uri}_${field.codeList.version}`)?.values : undefined);
    if (values === undefined) return field.feldart === 'select' ? [] : undefined;
    const cached = optionCache.get(node);
    if (cached && cached.lang === lang) return cached.options;
    const options = values.map((value): OptionState => {
      const help = text(value.help, lang);
      return { code: value.code, label: text(value.name, lang) ?? value.code, ...(help ? { help } : {}) };
    });
    optionCache.set(node, { lang, options });
    return options;
  };

  const repeatOf = (node: CompiledChild, value: unknown, indices: readonly number[]): RepeatState => {
    const count = Array.isArray(value) ? value.length : 0;
    let max = node.max;
    let min = node.min;
    for (const rule of node.rules.maxCount) {
      const result = evaluate(rule, data(), indices, referenceDate);
      if (typeof result === 'number') max = Math.min(max, result);
    }
    for (const rule of node.rules.minCount) {
      const result = evaluate(rule, data(), indices, referenceDate);
      if (typeof result === 'number') min = Math.max(min, result);
    }
    return { min: node.min, max: node.max, count, canAdd: count < max, canRemove: count > min && count > 0 };
  };

  /** Every list item on the way to `path` is in the data. */
  const itemsExist = (path: string): boolean => {
    const tokens = pointerTokens(path);
    let container: CompiledContainer | undefined = tree.root;
    let current = '';
    for (let i = 0; i < tokens.length && container; i++) {
      const child: CompiledChild | undefined = container.byKey.get(tokens[i] as string);
      if (!child) return false;
      current = pointerAppend(current, child.key);
      if (child.repeated && i + 1 < tokens.length) {
        current = pointerAppend(current, tokens[++i] as string);
        if (read(data(), current) === undefined) return false;
      }
      container = child.container;
    }
    return true;
  };

  const compute = (path: string): ElementState | undefined => {
    const located = locate(tree.root, path);
    if (!located) return undefined;
    const issues = issuesByPath.get(path) ?? [];
    const { node, indices, item } = located;
    if (node === undefined) {
      const definition = form.definition;
      const help = text(definition.help, lang);
      return {
        path,
        kind: 'form',
        key: '',
        element: { id: definition.id, version: definition.version },
        inputKind: 'group',
        label: text(definition.label, lang) ?? definition.name,
        ...(help ? { help } : {}),
        ...(definition.bezug ? { bezug: definition.bezug } : {}),
        relevant: true,
        required: true,
        readOnly: false,
        children: tree.root.children.map((child) => pointerAppend('', child.key)),
        issues,
      };
    }
    const value = read(data(), path);
    // An item that is not there (index past the end), or anything inside one, has no state.
    if (indices.length > 0 && !itemsExist(path)) return undefined;
    const definition = node.definition;
    const containerIndices = item ? indices.slice(0, -1) : indices;
    const relevant = relevantAt(node, containerIndices);
    const help = text(definition.help, lang);
    const bezug = definition.occurrenceBezug ?? definition.bezug;
    const base = {
      path,
      kind: definition.kind,
      key: node.key,
      ...(item ? { index: indices[indices.length - 1] as number } : {}),
      element: { id: definition.id, version: definition.version },
      label: text(definition.label, lang) ?? definition.name,
      ...(help ? { help } : {}),
      ...(bezug ? { bezug } : {}),
      relevant,
      required: !item && !node.isLabel && relevant && requiredAt(node, path, containerIndices),
    };
    const list =
      node.repeated && !item
        ? {
            repeat: repeatOf(node, value, containerIndices),
            items: Array.isArray(value) ? value.map((_, index) => pointerAppend(path, index)) : [],
          }
        : {};
    if (definition.kind === 'group') {
      const children =
        node.repeated && !item
          ? {}
          : {
              children: (node.container as CompiledContainer).children.map((c) => pointerAppend(path, c.key)),
            };
      return { ...base, inputKind: 'group', readOnly: false, ...list, ...children, issues };
    }
    const field = definition;
    // Item rules run per item; for a single field at the occurrence's own indices.
    let computed: unknown;
    if (!node.repeated || item) {
      for (const rule of node.rules.calculate) {
        const result = evaluate(rule, data(), indices, referenceDate);
        if (result !== null && result !== undefined) {
          computed = result;
          break;
        }
      }
    }
    const hint = hintOf(field, lang);
    const options = optionsOf(node, field);
    const p = field.praezisierung ?? {};
    const constraints: InputConstraints = {
      ...(p.minLength !== undefined ? { minLength: p.minLength } : {}),
      ...(p.maxLength !== undefined ? { maxLength: p.maxLength } : {}),
      ...(p.minValue !== undefined ? { min: p.minValue } : {}),
      ...(p.maxValue !== undefined ? { max: p.maxValue } : {}),
      ...(p.pattern !== undefined ? { pattern: p.pattern } : {}),
      ...(field.file?.mediaTypes ? { mediaTypes: field.file.mediaTypes } : {}),
      ...(field.file?.maxSize !== undefined ? { maxSize: field.file.maxSize } : {}),
    };
    return {
      ...base,
      inputKind: inputKindOf(field),
      ...(hint ? { hint } : {}),
      readOnly: field.feldart === 'locked' || node.rules.calculate.length > 0,
      ...(value !== undefined ? { value } : {}),
      ...(computed !== undefined ? { computed } : {}),
      ...(options ? { options } : {}),
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
      ...(field.content !== undefined && field.feldart === 'label' ? { content: field.content } : {}),
      ...list,
      issues,
    };
  };

  const get = (path: string): ElementState | undefined => {
    const cached = cache.get(path);
    if (cached) return cached;
    const state = compute(path);
    if (state) cache.set(path, state);
    return state;
  };

  /** Recomputes the given cached paths and notifies those that changed. */
  const refresh = (candidates: Iterable<string>, change: SessionChange): FormStateChange => {
    const changed: string[] = [];
    const sorted = [...new Set(candidates)].filter((path) => cache.has(path) || listeners.has(path));
    sorted.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    for (const path of sorted) {
      const before = cache.get(path);
      const after = compute(path);
      if (before && after && sameState(before, after)) continue;
      if (after) cache.set(path, after);
      else cache.delete(path);
      if (before || after) changed.push(path);
    }
    for (const path of changed)
      for (const listener of [...(listeners.get(path) ?? [])]) listener(cache.get(path));
    const result: FormStateChange = { session: change, paths: changed };
    for (const listener of [...formListeners]) listener(result);
    return result;
  };

  /** The cached (or watched) paths an edit at `path` can affect; see the module comment. */
  const affected = (path: string, created: string | undefined, change: SessionChange): Set<string> => {
    const known = new Set([...cache.keys(), ...listeners.keys()]);
    const out = new Set<string>();
    if (path === '') return known;
    const below = (prefix: string) => {
      for (const candidate of known) if (isUnder(candidate, prefix)) out.add(candidate);
    };
    // The edited place, everything below it, and its ancestors (lists count their items).
    below(path);
    for (let p = parentPath(path); ; p = parentPath(p)) {
      out.add(p);
      if (p === '') break;
    }
    // Below a container the edit created or removed, required-now changes.
    if (created !== undefined) below(created);
    for (const issue of [...change.added, ...change.removed, ...change.changed])
      for (const owner of ownersOf(issue.path)) out.add(owner);
    // Elements whose rules read what changed, and everything below them.
    const keyPath = keyPathOf(tree.root, created ?? path);
    const ruleNodes = tree.allRules.filter(
      ({ node, rules }) =>
        node !== undefined &&
        Object.values(rules).some((list: readonly ExecutableRule[]) =>
          list.some((rule) => rule.dependencies.some((dependency) => touches(dependency, keyPath))),
        ),
    );
    if (ruleNodes.length > 0) {
      for (const candidate of known) {
        const located = locate(tree.root, candidate);
        const candidateKeys = located?.node?.keyPath;
        if (candidateKeys === undefined) continue;
        const under = ruleNodes.some(({ node }) => {
          const keys = (node as CompiledChild).keyPath;
          return candidateKeys === keys || candidateKeys.startsWith(`${keys}.`);
        });
        if (under) out.add(candidate);
      }
    }
    return out;
  };

  /** The highest container on the way to `path` that is absent now (an edit there creates it). */
  const absentAbove = (path: string): string | undefined => {
    const tokens = pointerTokens(path);
    let current = '';
    for (let i = 0; i < tokens.length - 1; i++) {
      current = pointerAppend(current, tokens[i] as string);
      if (read(data(), current) === undefined) return current;
    }
    return undefined;
  };

  /** Every occurrence of `node` in the data (for a repeated one: each item when `items`, else the list). */
  const placesOf = (node: CompiledChild, items: boolean): string[] => {
    let paths = [''];
    node.keys.forEach((key, depth) => {
      const next: string[] = [];
      const last = depth === node.keys.length - 1;
      for (const path of paths) {
        if (!isRecord(read(data(), path))) continue;
        const child = pointerAppend(path, key);
        const listed = locate(tree.root, child)?.node;
        const value = read(data(), child);
        if (listed?.repeated && (!last || items)) {
          if (Array.isArray(value)) for (let i = 0; i < value.length; i++) next.push(pointerAppend(child, i));
        } else next.push(child);
      }
      paths = next;
    });
    return paths;
  };

  /**
   * With `fill`: computed fields that apply get what their rules give. With `prune`: values of
   * elements that no longer apply are removed. Repeated until nothing changes (a filled value can
   * feed another rule), bounded. Returns the session changes and the paths edited.
   */
  const settle = (): { changes: SessionChange[]; places: string[] } => {
    const changes: SessionChange[] = [];
    const places: string[] = [];
    const apply = (place: string, value: unknown) => {
      const change = session.set(place, value);
      if (!change.ok) return false;
      changes.push(change);
      places.push(place);
      return true;
    };
    for (let round = 0; round < 8; round++) {
      let any = false;
      for (const { node, rules } of tree.allRules) {
        if (!node) continue;
        if (options.prune === true && rules.relevant.length > 0) {
          for (const place of placesOf(node, false)) {
            const located = locate(tree.root, place);
            if (read(data(), place) === undefined || !located) continue;
            if (!relevantAt(node, located.indices)) any = apply(place, undefined) || any;
          }
        }
        if (options.fill === true && rules.calculate.length > 0 && !node.container) {
          for (const place of placesOf(node, true)) {
            const state = compute(place);
            if (!state?.relevant || sameJson(state.computed, state.value)) continue;
            // Nothing to compute (data missing): a read-only value that says nothing now goes.
            any = apply(place, state.computed) || any;
          }
        }
      }
      if (!any) break;
    }
    return { changes, places };
  };
  if (options.fill === true || options.prune === true) {
    settle();
    indexIssues();
  }

  const set = (path: string, value: unknown): FormStateChange => {
    // A container created or removed by the edit: before (created) or after (removed an only child).
    const createdBefore = absentAbove(path);
    const first = session.set(path, value);
    const settled = first.ok ? settle() : { changes: [], places: [] };
    const change: SessionChange = first.ok ? merge(first, settled.changes) : first;
    if (!change.ok) {
      const result: FormStateChange = { session: change, paths: [] };
      for (const listener of [...formListeners]) listener(result);
      return result;
    }
    indexIssues();
    // A removed list item shifts the items after it: the list is the place that changed.
    const located = locate(tree.root, path);
    const edited = located?.item && value === undefined ? parentPath(path) : path;
    const normalised = edited.endsWith('/-') ? parentPath(edited) : edited;
    const candidates = affected(normalised, createdBefore, change);
    // A filled or pruned value is an edit of its own.
    for (const place of settled.places) for (const p of affected(place, undefined, change)) candidates.add(p);
    return refresh(candidates, change);
  };

  return {
    form,
    get data() {
      return session.data;
    },
    get lang() {
      return lang;
    },
    referenceDate,
    report: () => session.report(),
    get,
    set,
    add(listPath, value) {
      const located = locate(tree.root, listPath);
      // A new group item starts empty; a new field item as an empty answer, which validation flags.
      return set(`${listPath}/-`, value ?? (located?.node?.container ? {} : ''));
    },
    remove: (itemPath) => set(itemPath, undefined),
    setLanguage(next) {
      lang = next;
      const none: SessionChange = { ok: true, added: [], removed: [], changed: [] };
      return refresh([...cache.keys(), ...listeners.keys()], none);
    },
    subscribe(path, listener) {
      get(path);
      const watchers = listeners.get(path) ?? new Set<StateListener>();
      listeners.set(path, watchers);
      watchers.add(listener);
      return () => {
        watchers.delete(listener);
        if (watchers.size === 0 && listeners.get(path) === watchers) listeners.delete(path);
      };
    },
    subscribeAll(listener) {
      formListeners.add(listener);
      return () => formListeners.delete(listener);
    },
  };
}
