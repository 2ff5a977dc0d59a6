/**
 * Small helpers for reading the namespace-resolved XML tree of `src/xml/parse.ts`: child elements
 * by namespace and local name, text content, XÖV codes, and an XPath index for issue locations.
 */

import type { XmlElement } from '../xml/parse.js';

/** The child elements of `parent` in namespace `ns` (any namespace when `ns` is undefined). */
export function childElements(parent: XmlElement, local?: string, ns?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of parent.children) {
    if (node.kind !== 'element') continue;
    if (local !== undefined && node.local !== local) continue;
    if (ns !== undefined && node.ns !== ns) continue;
    out.push(node);
  }
  return out;
}

/** The first child element with this local name in namespace `ns`. */
export function childElement(parent: XmlElement, local: string, ns?: string): XmlElement | undefined {
  for (const node of parent.children) {
    if (node.kind === 'element' && node.local === local && (ns === undefined || node.ns === ns)) return node;
  }
  return undefined;
}

/** The concatenated text children of an element (not of its descendants), unchanged. */
export function rawText(element: XmlElement): string {
  let text = '';
  for (const node of element.children) if (node.kind === 'text') text += node.value;
  return text;
}

/**
 * The text of an element as the importer reads it: leading and trailing white space (the
 * indentation of pretty-printed files) removed, everything else kept, including the CR that
 * real files carry in `bezug` (written as `&#13;`). Empty text is undefined.
 */
export function normalisedText(element: XmlElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  const text = rawText(element).trim();
  return text === '' ? undefined : text;
}

/** The value of an attribute without namespace. */
export function attribute(element: XmlElement, local: string): string | undefined {
  for (const attr of element.attributes) if (attr.local === local && attr.ns === '') return attr.value;
  return undefined;
}

/**
 * The code of an XÖV code element (`<x><code>…</code></x>`; `code` in any or no namespace): the
 * first `code` with content, as for every single-valued text element.
 */
export function codeOf(element: XmlElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  for (const code of childElements(element, 'code')) {
    const text = normalisedText(code);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** The prefixed name of an element, for messages. */
export function qualifiedName(element: XmlElement): string {
  return element.prefix ? `${element.prefix}:${element.local}` : element.local;
}

/** XPaths of every element of a tree, with positions among same-named siblings. */
export function xpathIndex(root: XmlElement): Map<XmlElement, string> {
  const index = new Map<XmlElement, string>();
  index.set(root, `/${qualifiedName(root)}`);
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const parent = stack.pop() as XmlElement;
    const base = index.get(parent) ?? '';
    const counts = new Map<string, number>();
    for (const node of parent.children) {
      if (node.kind !== 'element') continue;
      const name = qualifiedName(node);
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      index.set(node, `${base}/${name}[${n}]`);
      stack.push(node);
    }
  }
  return index;
}
