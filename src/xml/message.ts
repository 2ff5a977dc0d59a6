/**
 * The shape of this library's XÖV-style messages: namespace and root element per form and
 * version, the header (`nachrichtenkopf.g2g`), and element names (readable keys or FIM ids).
 * See docs/xml.md.
 */

import type { ChildDefinition, FormDefinition } from '../model/types.js';

/** An authority in the header (`autor`, `leser`). */
export interface Behoerde {
  /** Directory id, e.g. `psw:01003110` (DVDV/PVOG identifier). */
  readonly kennung: string;
  readonly name: string;
}

/** The message header (`nachrichtenkopf.g2g`) and the root's product attributes. */
export interface MessageHeader {
  /** RFC 4122 UUID, new for every message. */
  readonly nachrichtenUUID: string;
  /** xs:dateTime with time zone, e.g. `2026-03-02T10:15:00+01:00`. */
  readonly erstellungszeitpunkt: string;
  readonly autor: Behoerde;
  readonly leser: Behoerde;
  /** UUID of the message this one answers. */
  readonly referenzUUID?: string;
  readonly produkt?: string;
  readonly produkthersteller?: string;
  readonly produktversion?: string;
  /** True for test messages (root attribute `test`). */
  readonly test?: boolean;
}

/** How elements are named: readable keys (XÖV style, default) or FIM ids. */
export interface NamingOptions {
  readonly naming?: 'key' | 'fim-id';
  /** With FIM ids: add the version (`F99000001V1.0.0`), as FIM-derived XSDs do. */
  readonly versionSuffix?: boolean;
}

export const UUID =
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
export const DATETIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export interface MessageShape {
  readonly namespace: string;
  readonly rootElement: string;
  readonly standard: string;
  /** The message-type code: the number at the end of the root element. */
  readonly messageType: string;
  readonly messageTypeList: { readonly uri: string; readonly version: string };
}

/** The message settings of a form, with defaults derived from its key and version. */
export function messageShape(definition: FormDefinition): MessageShape {
  const rootElement = definition.message?.rootElement ?? `${definition.key}.antrag.0001`;
  const standard = definition.message?.standard ?? definition.key;
  return {
    namespace: definition.message?.namespace ?? `urn:antrag:${definition.key}:${definition.version}`,
    rootElement,
    standard,
    messageType: /\.(\d{4})$/.exec(rootElement)?.[1] ?? '0001',
    messageTypeList: { uri: `urn:antrag:${standard}:codeliste:nachrichtentyp`, version: definition.version },
  };
}

/** The element name of a child. */
export function elementName(child: ChildDefinition, options: NamingOptions = {}): string {
  if (options.naming !== 'fim-id') return child.key;
  return options.versionSuffix ? `${child.id}V${child.version}` : child.id;
}

export const HEADER_ELEMENT = 'nachrichtenkopf.g2g';
