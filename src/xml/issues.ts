/**
 * Issues found while reading a message: each carries the JSON pointer of the data concerned
 * (`path`) and where the element is in the message (`xml: { xpath, line, column }`). Places are
 * a chain of small objects; pointers and XPaths are only built for an issue.
 */

import { pointerAppend } from '../validate/pointer.js';
import { buildIssue, type ElementRef, type Issue } from '../validate/report.js';
import { XML_CODES, type XmlCode } from './codes.js';
import type { XmlElement } from './parser/tree.js';

/** An element being read, with its data pointer token (a key, then an index for list items). */
export interface Place {
  readonly parent: Place | undefined;
  readonly element: XmlElement;
  /** The key of the value this element holds (undefined for elements outside the data). */
  readonly key?: string;
  /** The item index for elements of a repeated field or group. */
  readonly index?: number;
}

/** The name of an element as written (`prefix:local`). */
export function qname(element: { readonly prefix: string; readonly local: string }): string {
  return element.prefix ? `${element.prefix}:${element.local}` : element.local;
}

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

/** The XPath of an element from the root: `/m:root/m:child[2]/m:leaf[1]` (positions among same names). */
export function xpathOf(place: Place): string {
  const steps: string[] = [];
  for (let p: Place | undefined = place; p !== undefined; p = p.parent) {
    const parent = p.parent?.element;
    if (parent === undefined) {
      steps.push(`/${qname(p.element)}`);
      continue;
    }
    let position = 0;
    for (const sibling of parent.children) {
      if (sibling.kind !== 'element' || sibling.ns !== p.element.ns || sibling.local !== p.element.local)
        continue;
      position++;
      if (sibling === p.element) break;
    }
    steps.push(`/${qname(p.element)}[${position}]`);
  }
  return steps.reverse().join('');
}

/** A place for a child element of a place. */
export function childPlace(parent: Place, element: XmlElement, key?: string, index?: number): Place {
  if (key === undefined) return { parent, element };
  return index === undefined ? { parent, element, key } : { parent, element, key, index };
}

/** Collects the issues of one reading. */
export class IssueCollector {
  readonly issues: Issue[] = [];

  /** Adds an issue about an element (or an attribute of it). */
  add(code: XmlCode, place: Place, params: Record<string, unknown>, path = pathOf(place)): void {
    const info = XML_CODES[code];
    this.addIssue(buildIssue(code, info.severity, info, path, params), place);
  }

  /** Adds an issue built elsewhere, located at an element. */
  addIssue(issue: Issue, place: Place): void {
    this.issues.push({
      ...issue,
      xml: { xpath: xpathOf(place), line: place.element.line, column: place.element.column },
    });
  }
}

/** An issue of the XML catalogue without a location in a message (for writers). */
export function xmlIssue(
  code: XmlCode,
  path: string,
  params: Record<string, unknown>,
  element?: ElementRef,
): Issue {
  const info = XML_CODES[code];
  return buildIssue(code, info.severity, info, path, params, element);
}
