/**
 * What every renderer shares: the form state, the page's language, which fields show their
 * issues (touched ones, all after a submit attempt), and the DOM ids derived from paths.
 */
import type { ElementState, FormState, Issue, Lang } from '../../src/index.js';

export interface RenderContext {
  readonly state: FormState;
  /** Paths the user changed: their issues show while typing. */
  readonly touched: Set<string>;
  /** After a submit attempt every issue shows. */
  showAll: boolean;
  /** Re-shows one field (after it is touched) by path; all of them after a submit attempt. */
  readonly refreshers: Map<string, () => void>;
}

/** Unsubscribe functions of a rendered part, called when the part is drawn anew. */
export type Scope = Array<() => void>;

/** A DOM id for a path (ids must not contain `/`). */
export function idOf(path: string): string {
  return `f${path.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
}

/** The issues a field shows now: errors and warnings, once touched or after a submit attempt. */
export function shownIssues(context: RenderContext, state: ElementState): readonly Issue[] {
  if (!context.showAll && !context.touched.has(state.path)) return [];
  return state.issues.filter((issue) => issue.severity !== 'info');
}

export function lang(context: RenderContext): Lang {
  return context.state.lang;
}

/** Creates an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children);
  return element;
}
