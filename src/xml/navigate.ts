/**
 * Navigation in the namespace-resolved tree of `parser/`: child elements by local name and
 * namespace, the text of an element, attribute values, names as written, XPaths. Pure look-ups:
 * nothing here reports, normalises or throws; strict reading with issues is `reading.ts`, the
 * FIM conventions on top (trimmed text, XÖV codes) are `fim/tree.ts`.
 */

import type { XmlElement } from './parser/tree.js';

/**
 * The child elements of `parent` in document order, with local name `local` and namespace `ns`
 * (either left out: any).
 */
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

/** The first child element with local name `local` in namespace `ns` (any namespace when undefined). */
export function childElement(parent: XmlElement, local: string, ns?: string): XmlElement | undefined {
  for (const node of parent.children) {
    if (node.kind === 'element' && node.local === local && (ns === undefined || node.ns === ns)) return node;
  }
  return undefined;
}

/** The first child element of any name. */
export function firstChildElement(parent: XmlElement): XmlElement | undefined {
  for (const node of parent.children) if (node.kind === 'element') return node;
  return undefined;
}

/** The text content of an element: its text children joined (not its descendants'), unchanged. */
export function textOf(element: XmlElement): string {
  const children = element.children;
  if (children.length === 1) {
    const only = children[0];
    return only?.kind === 'text' ? only.value : '';
  }
  let text = '';
  for (const child of children) if (child.kind === 'text') text += child.value;
  return text;
}

/** The value of the attribute `local` in namespace `ns` (default: no namespace, as unprefixed attributes are). */
export function attribute(element: XmlElement, local: string, ns = ''): string | undefined {
  for (const attr of element.attributes) if (attr.local === local && attr.ns === ns) return attr.value;
  return undefined;
}

/** The name of an element or attribute as written (`prefix:local`), for messages. */
export function qname(node: { readonly prefix: string; readonly local: string }): string {
  return node.prefix ? `${node.prefix}:${node.local}` : node.local;
}

/**
 * The XPath of every element of a tree, `/p:root/p:child[2]`, with positions among siblings of
 * the same written name. One pass; for issues of a tree read as a whole (the XDF importer).
 */
export function xpathIndex(root: XmlElement): Map<XmlElement, string> {
  const index = new Map<XmlElement, string>();
  index.set(root, `/${qname(root)}`);
  const stack: XmlElement[] = [root];
  for (let parent = stack.pop(); parent !== undefined; parent = stack.pop()) {
    const base = index.get(parent) ?? '';
    const counts = new Map<string, number>();
    for (const node of parent.children) {
      if (node.kind !== 'element') continue;
      const name = qname(node);
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      index.set(node, `${base}/${name}[${n}]`);
      stack.push(node);
    }
  }
  return index;
}
