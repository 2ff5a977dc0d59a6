/**
 * The shape of this library's XÖV-style messages: namespace and root element per form and
 * version, the header's values (`nachrichtenkopf.g2g`), element names (readable keys or FIM ids)
 * and code-list identities. See docs/xml.md.
 */

import { formatMessage } from '../issues/catalogue.js';
import { DefinitionError } from '../model/definition-error.js';
import type { LintFinding } from '../model/lint.js';
import type { ChildDefinition, FieldDefinition, FormDefinition } from '../model/types.js';
import { XML_CODES } from './codes.js';
import { isNcName } from './parser/chars.js';
import { isIriReference } from './parser/iri.js';

/**
 * An XÖV code whose code list the element fixes (`verzeichnisdienst`, `kanal`): the code and the
 * list version (`listVersionID`). The list itself is in `HEADER_CODE_LISTS`.
 */
export interface HeaderCode {
  /** The code (an `xs:token`: no leading, trailing or doubled white space). */
  readonly code: string;
  /**
   * The version of the list (`listVersionID`, required in messages). When absent, the writer uses
   * the version in `HEADER_CODE_LISTS`; the reader always gives the one the message names.
   */
  readonly listVersionID?: string;
}

/** A way to reach an authority (`erreichbarkeit`, XÖV type `Kommunikation`). */
export interface Erreichbarkeit {
  /** The channel, a code of `urn:de:xoev:codeliste:erreichbarkeit` (e.g. `01` E-Mail, `02` Telefon). */
  readonly kanal: HeaderCode;
  /** The address on that channel: an e-mail address, a phone number, a URL. */
  readonly kennung: string;
  /** A note on the channel (e.g. office hours). */
  readonly zusatz?: string;
}

/** An authority in the header (`autor`, `leser`; XÖV type `Behoerde`). */
export interface Behoerde {
  /**
   * The directory the `kennung` is registered in, a code of
   * `urn:xoev-de:kosit:codeliste:verzeichnisdienst`. Default `{ code: 'DVDV', listVersionID: '3' }`
   * (the Deutsches Verwaltungsdiensteverzeichnis, as in published XÖV messages); the reader always
   * gives the one the message names.
   */
  readonly verzeichnisdienst?: HeaderCode;
  /** The authority's id in that directory, e.g. `psw:01003110` (prefix and organisation id). */
  readonly kennung: string;
  readonly name: string;
  /** Ways to reach the authority, in order. Absent when there are none (never an empty list). */
  readonly erreichbarkeit?: readonly Erreichbarkeit[];
}

/** The message header (`nachrichtenkopf.g2g`) and the root's product attributes. */
export interface MessageHeader {
  /** RFC 4122 UUID, new for every message. */
  readonly nachrichtenUUID: string;
  /** xs:dateTime with time zone, e.g. `2026-03-02T10:15:00+01:00` or `2026-03-02T09:15:00.250Z`. */
  readonly erstellungszeitpunkt: string;
  readonly autor: Behoerde;
  readonly leser: Behoerde;
  /** UUID of the message this one answers. */
  readonly referenzUUID?: string;
  /**
   * The DVDV service the message is sent to: the targetNamespace of the service's WSDL as
   * registered in the DVDV, for when sender and receiver cannot tell it otherwise.
   */
  readonly dvdvDienstkennung?: string;
  /** Root attribute `produkt`: the software that wrote the message (default `antrag`). */
  readonly produkt?: string;
  /** Root attribute `produkthersteller`: who makes that software (default `antrag`). */
  readonly produkthersteller?: string;
  /** Root attribute `produktversion`: its version or patch level (absent unless given). */
  readonly produktversion?: string;
  /** True for test messages (root attribute `test`). */
  readonly test?: boolean;
}

/**
 * The code lists of the header codes the XÖV base message fixes (`listURI`), with the version
 * this library writes when a `HeaderCode` names none: the versions published messages of XÖV
 * standards use (XPersonenstand, XBeteiligung, XBau). `verzeichnisdienst` also names the default
 * directory.
 */
export const HEADER_CODE_LISTS = {
  verzeichnisdienst: {
    uri: 'urn:xoev-de:kosit:codeliste:verzeichnisdienst',
    version: '3',
    defaultCode: 'DVDV',
  },
  kanal: { uri: 'urn:de:xoev:codeliste:erreichbarkeit', version: '3' },
} as const satisfies Record<string, ListIdentity & { readonly defaultCode?: string }>;

/** How elements are named: readable keys (XÖV style, default) or FIM ids. */
export interface NamingOptions {
  readonly naming?: 'key' | 'fim-id';
  /** With FIM ids: add the version (`F99000001V1.0.0`), as FIM-derived XSDs do. */
  readonly versionSuffix?: boolean;
}

/** RFC 4122 UUID (versions 1 to 8, RFC 9562). */
export const UUID =
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
/** The same as an XSD pattern. */
export const UUID_XSD_PATTERN =
  '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}';
/** The header element and the namespace-less names inside it, as in the XÖV base components. */
export const HEADER_ELEMENT = 'nachrichtenkopf.g2g';

/** The identity of a code list in messages (`listURI`, `listVersionID`). */
export interface ListIdentity {
  readonly uri: string;
  readonly version: string;
}

export interface MessageShape {
  readonly namespace: string;
  readonly rootElement: string;
  readonly standard: string;
  /** The root attribute `version`: the form's version. */
  readonly version: string;
  /** The message-type code: the number at the end of the root element. */
  readonly messageType: string;
  readonly messageTypeList: ListIdentity;
}

const ROOT_ELEMENT = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)+\.(\d{4})$/;
const shapes = new WeakMap<FormDefinition, MessageShape>();

function settingsFinding(setting: string, value: string, rule: string): LintFinding {
  const params = { setting, value, rule };
  const info = XML_CODES.XML_MESSAGE_SETTINGS;
  return {
    code: 'XML_MESSAGE_SETTINGS',
    severity: 'error',
    path: `/message/${setting}`,
    keyPath: '',
    message: { de: formatMessage(info.de, params), en: formatMessage(info.en, params) },
    params,
  };
}

/**
 * The message settings of a form, with defaults derived from its key and version: namespace
 * `urn:antrag:<key>:<version>`, root `<key>.antrag.0001`, standard `<key>`, message types in
 * `urn:antrag:<standard>:codeliste:nachrichtentyp` at the form's version. Throws a
 * `DefinitionError` for settings no message can carry (a root that is no XÖV message name, a
 * namespace that is no URI).
 */
export function messageShape(definition: FormDefinition): MessageShape {
  const cached = shapes.get(definition);
  if (cached) return cached;
  const settings = definition.message ?? {};
  const rootElement = settings.rootElement ?? `${definition.key}.antrag.0001`;
  const standard = settings.standard ?? definition.key;
  const namespace = settings.namespace ?? `urn:antrag:${definition.key}:${definition.version}`;
  const findings: LintFinding[] = [];
  const match = ROOT_ELEMENT.exec(rootElement);
  if (!match || !isNcName(rootElement)) {
    findings.push(settingsFinding('rootElement', rootElement, '<gruppe>.<nachricht>.<NNNN>'));
  }
  if (namespace === '' || !isIriReference(namespace) || !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(namespace)) {
    findings.push(settingsFinding('namespace', namespace, 'an absolute URI'));
  }
  if (standard === '') findings.push(settingsFinding('standard', standard, 'not empty'));
  if (findings.length > 0) throw new DefinitionError(findings);
  const shape: MessageShape = {
    namespace,
    rootElement,
    standard,
    version: definition.version,
    messageType: match?.[2] ?? '0001',
    messageTypeList: { uri: `urn:antrag:${standard}:codeliste:nachrichtentyp`, version: definition.version },
  };
  shapes.set(definition, shape);
  return shape;
}

/** The element name of a child. */
export function elementName(child: ChildDefinition, options: NamingOptions = {}): string {
  if (options.naming !== 'fim-id') return child.key;
  return options.versionSuffix ? `${child.id}V${child.version}` : child.id;
}

/**
 * The code list a select field's values belong to in messages: the referenced list, or for
 * inline values a list of this form, `urn:antrag:<standard>:codeliste:<field id>` at the field's
 * version. Undefined for fields without values.
 */
export function fieldListIdentity(field: FieldDefinition, shape: MessageShape): ListIdentity | undefined {
  if (field.codeList) return { uri: field.codeList.uri, version: field.codeList.version };
  if (field.values)
    return { uri: `urn:antrag:${shape.standard}:codeliste:${field.id}`, version: field.version };
  return undefined;
}
