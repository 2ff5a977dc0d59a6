/**
 * The structure check of an XDF file against the content model of its version
 * (`content-model.ts`): every child element the XSD does not allow where it stands (in the XDF
 * namespace or any other), and every repetition of an element that may occur only once. The
 * importer reads the first occurrence of a single-valued element and ignores unknown elements;
 * this check is what makes both visible. It walks the whole file once, including every
 * occurrence of elements the importer deduplicates, and never throws.
 */

import { childElement, childElements } from '../xml/navigate.js';
import type { XmlElement } from '../xml/parse.js';
import {
  type ChildSpec,
  type ContentModel,
  XDF2_CONTENT,
  XDF3_CONTENT,
  type XdfContext,
} from './content-model.js';
import { normalisedText } from './tree.js';
import { FIELD_MESSAGE, GROUP_MESSAGE, SCHEMA_MESSAGE } from './xdf.js';

export type StructureFinding =
  | {
      readonly kind: 'unknown';
      readonly element: XmlElement;
      readonly parent: XmlElement;
      /** The nearest schema, group, field or rule around it (for its id and the JSON pointer). */
      readonly owner: XmlElement | undefined;
    }
  | {
      readonly kind: 'repeated';
      readonly element: XmlElement;
      readonly parent: XmlElement;
      readonly owner: XmlElement | undefined;
      /** The occurrence the importer kept. */
      readonly kept: XmlElement;
      /** 2 for the second occurrence, and so on. */
      readonly occurrence: number;
      readonly keptOccurrence: number;
      /** The element identifies something (id, version, a code list): an error, not a warning. */
      readonly identity: boolean;
    };

const ROOT_CONTEXT: Readonly<Record<string, XdfContext>> = {
  [SCHEMA_MESSAGE]: 'schemaMessage',
  [GROUP_MESSAGE]: 'groupMessage',
  [FIELD_MESSAGE]: 'fieldMessage',
};
const OWNERS: ReadonlySet<XdfContext> = new Set(['schema', 'group', 'field', 'rule']);

/** Checks a message whose root is one of the three XDF messages the importer reads. */
export function checkStructure(root: XmlElement, version: 2 | 3, ns: string): StructureFinding[] {
  const model: ContentModel = version === 2 ? XDF2_CONTENT : XDF3_CONTENT;
  const rootContext = ROOT_CONTEXT[root.local];
  if (rootContext === undefined) return [];
  const findings: StructureFinding[] = [];
  const stack: { element: XmlElement; context: XdfContext; owner: XmlElement | undefined }[] = [
    { element: root, context: rootContext, owner: undefined },
  ];
  while (stack.length > 0) {
    const { element: parent, context, owner } = stack.pop() as (typeof stack)[number];
    const allowed = model[context];
    const slots = new Map<string, XmlElement[]>();
    for (const child of childElements(parent)) {
      // XÖV codes have unqualified children; the importer reads them in any namespace.
      const known = (context === 'code' || child.ns === ns) && Object.hasOwn(allowed, child.local);
      const spec = known ? allowed[child.local] : undefined;
      if (!spec) {
        findings.push({ kind: 'unknown', element: child, parent, owner });
        continue;
      }
      const slot = spec.choice ?? child.local;
      const list = slots.get(slot);
      if (list) list.push(child);
      else slots.set(slot, [child]);
    }
    for (const occurrences of slots.values()) {
      const spec = allowed[(occurrences[0] as XmlElement).local] as ChildSpec;
      const kept = spec.many ? undefined : keptOf(occurrences, spec);
      for (const [index, child] of occurrences.entries()) {
        if (kept !== undefined && child !== kept) {
          findings.push({
            kind: 'repeated',
            element: child,
            parent,
            owner,
            kept,
            occurrence: index + 1,
            keptOccurrence: occurrences.indexOf(kept) + 1,
            identity: spec.identity === true || allowed[kept.local]?.identity === true,
          });
          continue;
        }
        const childSpec = allowed[child.local] as ChildSpec;
        stack.push({
          element: child,
          context: childSpec.context,
          owner: OWNERS.has(childSpec.context) ? child : owner,
        });
      }
    }
  }
  // In document order.
  return findings.sort((a, b) => a.element.line - b.element.line || a.element.column - b.element.column);
}

/**
 * The occurrence the importer reads: of a text element the first with content (an empty element
 * is an absent property, as everywhere), otherwise the first.
 */
function keptOf(occurrences: readonly XmlElement[], spec: ChildSpec): XmlElement {
  const first = occurrences[0] as XmlElement;
  if (spec.context !== 'leaf') return first;
  return occurrences.find((element) => normalisedText(element) !== undefined) ?? first;
}

/** A short text of an element for messages: its text, or its descendants' texts, at most 80 characters. */
export function summary(element: XmlElement): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (node: XmlElement) => {
    const own = normalisedText(node);
    if (own !== undefined) {
      parts.push(own);
      length += own.length + 1;
    }
    for (const child of childElements(node)) if (length <= 80) visit(child);
  };
  visit(element);
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The id and version of a schema, group, field or rule element, as written (first occurrence). */
export function identityOf(element: XmlElement, ns: string): { id: string; version: string } | undefined {
  const ident = childElement(element, 'identifikation', ns);
  const id = ident ? normalisedText(childElement(ident, 'id', ns)) : undefined;
  if (id === undefined || ident === undefined) return undefined;
  return { id, version: normalisedText(childElement(ident, 'version', ns)) ?? '' };
}
