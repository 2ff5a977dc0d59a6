/**
 * Issues found while reading a message: each carries the JSON pointer of the data concerned
 * (`path`) and where the element is in the message (`xml: { xpath, line, column }`). Places are
 * a chain of small objects; pointers and XPaths are only built for an issue.
 */

import { buildIssue, type ElementRef, type Issue } from '../issues/issue.js';
import { pointerAppend } from '../issues/pointer.js';
import { IssueList } from '../validate/issue-list.js';
import { DEFAULT_VALIDATION_LIMITS } from '../validate/limits.js';
import { XML_CODES, type XmlCode, type XmlParams } from './codes.js';
import { qname } from './navigate.js';
import type { XmlElement, XmlNode } from './parser/tree.js';

/** An element being read, with its data pointer token (a key, then an index for list items). */
export interface Place {
  readonly parent: Place | undefined;
  readonly element: XmlElement;
  /** The key of the value this element holds (undefined for elements outside the data). */
  readonly key?: string;
  /** The item index for elements of a repeated field or group. */
  readonly index?: number;
}

export { qname } from './navigate.js';

/** The JSON pointer of the data a place holds. */
export function pathOf(place: Place | undefined): string {
  const tokens: (string | number)[] = [];
  for (let p = place; p !== undefined; p = p.parent) {
    if (p.index !== undefined) tokens.push(p.index);
    if (p.key !== undefined) tokens.push(p.key);
  }
  let path = '';
  for (let i = tokens.length - 1; i >= 0; i--) path = pointerAppend(path, tokens[i] as string | number);
  return path;
}

/**
 * Where the count of same-name positions stands in one parent's children. Issues are mostly made
 * in document order, so counting goes on from where it stopped: the positions of all children of
 * a parent with a million children cost one pass, not one pass per issue.
 */
interface Cursor {
  /** The next child to count. */
  index: number;
  /** Elements counted so far, by name. */
  readonly counts: Map<string, number>;
  /** The last element counted and its position. */
  last: XmlElement | undefined;
  position: number;
}

const cursors = new WeakMap<XmlElement, Cursor>();

/** Document order of two elements, by where their start tags are. */
function isBefore(a: XmlElement, b: XmlElement): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/** The position (1-based) of `element` among the children of `parent` with its ns and local name. */
function positionAmongNamesakes(parent: XmlElement, element: XmlElement): number {
  let cursor = cursors.get(parent);
  if (cursor?.last === element) return cursor.position;
  if (cursor === undefined || (cursor.last !== undefined && !isBefore(cursor.last, element))) {
    cursor = { index: 0, counts: new Map(), last: undefined, position: 0 };
    cursors.set(parent, cursor);
  }
  const children = parent.children;
  while (cursor.index < children.length) {
    const sibling = children[cursor.index++] as XmlNode;
    if (sibling.kind !== 'element') continue;
    const name = `${sibling.ns}\u0000${sibling.local}`;
    const position = (cursor.counts.get(name) ?? 0) + 1;
    cursor.counts.set(name, position);
    if (sibling === element) {
      cursor.last = element;
      cursor.position = position;
      return position;
    }
  }
  return 1; // not a child of `parent`: cannot happen for places
}

/** The XPath of an element from the root: `/m:root/m:child[2]/m:leaf[1]` (positions among same names). */
export function xpathOf(place: Place): string {
  const steps: string[] = [];
  for (let p: Place | undefined = place; p !== undefined; p = p.parent) {
    const parent = p.parent?.element;
    if (parent === undefined) steps.push(`/${qname(p.element)}`);
    else steps.push(`/${qname(p.element)}[${positionAmongNamesakes(parent, p.element)}]`);
  }
  return steps.reverse().join('');
}

/** A place for a child element of a place. */
export function childPlace(parent: Place, element: XmlElement, key?: string, index?: number): Place {
  if (key === undefined) return { parent, element };
  return index === undefined ? { parent, element, key } : { parent, element, key, index };
}

/**
 * Collects the issues of one reading, at most `max` of them (the rest are counted: see
 * `IssueList`); an issue that will not be kept is never built.
 */
export class IssueCollector {
  readonly list: IssueList;
  /** Issues added so far, kept or only counted. */
  count = 0;

  constructor(max = DEFAULT_VALIDATION_LIMITS.maxIssues) {
    this.list = new IssueList(max);
  }

  /** The kept issues. */
  get issues(): readonly Issue[] {
    return this.list.kept;
  }

  /** The kept issues and the summary of the omitted ones, if any. */
  all(): Issue[] {
    const summary = this.list.summary();
    return summary ? [...this.list.kept, summary] : [...this.list.kept];
  }

  /** Adds an issue about an element (or an attribute of it); `path` defaults to the place's. */
  add<Code extends XmlCode>(code: Code, place: Place, params: XmlParams<Code>, path?: string): void {
    const info = XML_CODES[code];
    this.addBuilt(info.severity, place, () =>
      buildIssue(code, info.severity, info, path ?? pathOf(place), params),
    );
  }

  /** Adds an issue built elsewhere, located at an element. */
  addIssue(issue: Issue, place: Place): void {
    this.addBuilt(issue.severity, place, () => issue);
  }

  /** Counts an issue; builds and keeps it with its location only while the list has room. */
  private addBuilt(severity: Issue['severity'], place: Place, build: () => Issue): void {
    this.count++;
    if (this.list.full) {
      this.list.omit(severity);
      return;
    }
    this.list.push({
      ...build(),
      xml: { xpath: xpathOf(place), line: place.element.line, column: place.element.column },
    });
  }
}

/** An issue of the XML catalogue without a location in a message (for writers). */
export function xmlIssue<Code extends XmlCode>(
  code: Code,
  path: string,
  params: XmlParams<Code>,
  element?: ElementRef,
): Issue {
  const info = XML_CODES[code];
  return buildIssue(code, info.severity, info, path, params, element);
}
