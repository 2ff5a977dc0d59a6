/**
 * Strict reading of parsed elements by a fixed structure (the header, code values, receipts):
 * expected attributes, child elements in sequence, no stray text. Whatever does not fit is
 * reported, never dropped silently.
 */

import { childPlace, type IssueCollector, type Place, qname } from './issues.js';
import { textOf } from './navigate.js';
import { XMLNS_NAMESPACE, type XmlElement } from './parser/tree.js';

export { textOf } from './navigate.js';

const XML_SPACE_ONLY = /^[ \t\n\r]*$/;

/** Whether a text is only XML white space (the indentation between elements). */
export function isSpace(text: string): boolean {
  return XML_SPACE_ONLY.test(text);
}

/**
 * The values of the allowed namespace-less attributes; any other attribute is reported.
 * Namespace declarations are not attributes of the content and pass.
 */
export function readAttributes(
  place: Place,
  allowed: readonly string[],
  collector: IssueCollector,
): Map<string, string> {
  const values = new Map<string, string>();
  for (const attribute of place.element.attributes) {
    if (attribute.ns === XMLNS_NAMESPACE) continue;
    if (attribute.ns === '' && allowed.includes(attribute.local))
      values.set(attribute.local, attribute.value);
    else {
      collector.add('XML_UNKNOWN_ATTRIBUTE', place, {
        attribute: qname(attribute),
        namespace: attribute.ns,
        element: qname(place.element),
      });
    }
  }
  return values;
}

/** Reports attributes other than namespace declarations. */
export function noAttributes(place: Place, collector: IssueCollector): void {
  if (place.element.attributes.length > 0) readAttributes(place, [], collector);
}

/** One expected child of a fixed sequence. */
export interface Expected {
  readonly name: string;
  readonly required: boolean;
  /** May occur more than once, next to each other (default: at most once). */
  readonly repeated?: boolean;
}

/**
 * Reads the children of an element that must be the given elements in order, in namespace `ns`,
 * each at most once unless `repeated`. Returns the elements found by name, in document order;
 * reports stray text, unknown, repeated, misplaced and missing elements.
 */
export function readSequenceAll(
  place: Place,
  expected: readonly Expected[],
  ns: string,
  collector: IssueCollector,
): Map<string, XmlElement[]> {
  const found = new Map<string, XmlElement[]>();
  let last = -1;
  let textReported = false;
  for (const node of place.element.children) {
    if (node.kind === 'text') {
      if (!textReported && !isSpace(node.value)) {
        textReported = true;
        collector.add('XML_UNEXPECTED_TEXT', place, { element: qname(place.element) });
      }
      continue;
    }
    const position = node.ns === ns ? expected.findIndex((e) => e.name === node.local) : -1;
    const here = childPlace(place, node);
    const before = found.get(node.local);
    if (position === -1) {
      collector.add('XML_UNKNOWN_ELEMENT', here, { element: qname(node), namespace: node.ns });
    } else if (before !== undefined && !expected[position]?.repeated) {
      collector.add('XML_DUPLICATE_ELEMENT', here, { element: qname(node) });
    } else {
      // A repeated element may follow itself; anything before the furthest one seen is misplaced.
      if (position < last) collector.add('XML_ELEMENT_ORDER', here, { element: qname(node) });
      last = Math.max(last, position);
      if (before) before.push(node);
      else found.set(node.local, [node]);
    }
  }
  for (const e of expected) {
    if (e.required && !found.has(e.name)) {
      collector.add('XML_MISSING_ELEMENT', place, { element: qname(place.element), child: e.name });
    }
  }
  return found;
}

/**
 * Reads the children of an element that must be the given elements in order, each at most once,
 * in namespace `ns`. Returns the elements found by name; reports stray text, unknown, repeated,
 * misplaced and missing elements.
 */
export function readSequence(
  place: Place,
  expected: readonly Expected[],
  ns: string,
  collector: IssueCollector,
): Map<string, XmlElement> {
  const first = new Map<string, XmlElement>();
  for (const [name, elements] of readSequenceAll(place, expected, ns, collector)) {
    const element = elements[0];
    if (element) first.set(name, element);
  }
  return first;
}

/** Reads an element that must hold only text (no attributes, no child elements). */
export function readText(place: Place, collector: IssueCollector): string {
  noAttributes(place, collector);
  for (const node of place.element.children) {
    if (node.kind === 'element') {
      collector.add('XML_UNEXPECTED_CHILD', childPlace(place, node), {
        element: qname(place.element),
        child: qname(node),
      });
    }
  }
  return textOf(place.element);
}
