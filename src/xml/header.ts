/**
 * The message header `nachrichtenkopf.g2g` of the XÖV base message (unqualified variant, as in
 * XWasser, XPersonenstand, XBau): `identifikation.nachricht` with `nachrichtenUUID`,
 * `nachrichtentyp` (an XÖV code) and `erstellungszeitpunkt`; then `leser` and `autor`, each
 * `verzeichnisdienst` (a code), `kennung`, `name` and any number of `erreichbarkeit`
 * (`kanal` code, `kennung`, optional `zusatz`); then the optional `referenzUUID` and
 * `dvdvDienstkennung`. The header element is qualified; its children are unqualified, as in the
 * XÖV schemas. One writer, one reader and one XSD fragment, shared by messages and receipts:
 * whatever the reader does not know is reported where it is, never dropped.
 */

import type { Issue } from '../issues/issue.js';
import { parseDateTime } from '../text/temporal.js';
import { escapeAttribute, escapeText, nonXmlCodePoint } from './escape.js';
import { childPlace, type IssueCollector, type Place, qname, xmlIssue } from './issues.js';
import {
  type Behoerde,
  type Erreichbarkeit,
  HEADER_CODE_LISTS,
  HEADER_ELEMENT,
  type HeaderCode,
  type ListIdentity,
  type MessageHeader,
  UUID,
  UUID_XSD_PATTERN,
} from './message.js';
import type { XmlElement } from './parser/tree.js';
import { readAttributes, readSequence, readSequenceAll, readText } from './reading.js';

/** What a header must say besides its values: the message type and its code list. */
export interface HeaderKind {
  readonly messageType: string;
  readonly messageTypeList: ListIdentity;
}

const UUID_EXPECTED = 'RFC 4122 UUID';
const DATETIME_EXPECTED = 'xs:dateTime with time zone (YYYY-MM-DDThh:mm:ss[.s] and Z or ±hh:mm)';
const TOKEN_EXPECTED = 'a code (xs:token, not empty)';
/** xs:token, not empty: no tab, CR or LF, no leading, trailing or doubled space. */
const TOKEN = /^[^\t\n\r ]+(?: [^\t\n\r ]+)*$/;
/** xs:normalizedString: no tab, CR or LF. */
const NORMALIZED = /^[^\t\n\r]*$/;
/** The lexical form `parseDateTime` accepts, with the zone required (for the XSD). */
const DATETIME_WITH_ZONE_XSD_PATTERN =
  '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+\\-]\\d{2}:\\d{2})';

/** `erstellungszeitpunkt`: an xs:dateTime with a zone, decided by the temporal module. */
function isZonedDateTime(value: string): boolean {
  return parseDateTime(value)?.zoned === true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The code of a header code with its list version filled in. */
function completeCode(code: HeaderCode, list: ListIdentity): Required<HeaderCode> {
  return { code: code.code, listVersionID: code.listVersionID ?? list.version };
}

const DEFAULT_DIRECTORY: Required<HeaderCode> = {
  code: HEADER_CODE_LISTS.verzeichnisdienst.defaultCode,
  listVersionID: HEADER_CODE_LISTS.verzeichnisdienst.version,
};

function completeAuthority(authority: Behoerde): Behoerde {
  const { verzeichnisdienst, erreichbarkeit, ...rest } = authority;
  return {
    verzeichnisdienst:
      verzeichnisdienst === undefined
        ? DEFAULT_DIRECTORY
        : completeCode(verzeichnisdienst, HEADER_CODE_LISTS.verzeichnisdienst),
    ...rest,
    ...(erreichbarkeit === undefined
      ? {}
      : {
          erreichbarkeit: erreichbarkeit.map(
            (entry): Erreichbarkeit => ({
              ...entry,
              kanal: completeCode(entry.kanal, HEADER_CODE_LISTS.kanal),
            }),
          ),
        }),
  };
}

/**
 * The header as it is written, with the defaults filled in: `verzeichnisdienst` DVDV and the list
 * versions of `HEADER_CODE_LISTS`. The reader gives this shape back. Expects a header without
 * `headerIssues`.
 */
export function completeHeader(header: MessageHeader): MessageHeader {
  return { ...header, leser: completeAuthority(header.leser), autor: completeAuthority(header.autor) };
}

/** The problems of a header before it is written (as issues with code XML_HEADER or XML_INVALID_CHARACTER). */
export function headerIssues(header: MessageHeader): Issue[] {
  const issues: Issue[] = [];
  const texts: string[] = [];
  const problem = (field: string, expected: string) =>
    issues.push(xmlIssue('XML_HEADER', '', { field, expected }));
  /** A text (optionally not empty); collected for the character check. */
  const text = (value: unknown, field: string, nonEmpty: boolean): void => {
    if (typeof value !== 'string' || (nonEmpty && value === '')) problem(field, 'a text');
    else texts.push(value);
  };
  const code = (value: unknown, field: string): void => {
    if (!isRecord(value)) {
      problem(field, '{ code, listVersionID? }');
      return;
    }
    if (typeof value.code !== 'string' || !TOKEN.test(value.code)) problem(`${field}/code`, TOKEN_EXPECTED);
    else texts.push(value.code);
    const version = value.listVersionID;
    if (version !== undefined && (typeof version !== 'string' || !NORMALIZED.test(version))) {
      problem(`${field}/listVersionID`, 'a text without tab, CR or LF (xs:normalizedString)');
    } else if (version !== undefined) texts.push(version);
  };
  const uuid = (value: unknown, field: string) => {
    if (typeof value !== 'string' || !UUID.test(value)) problem(field, UUID_EXPECTED);
  };

  if (!isRecord(header)) return [xmlIssue('XML_HEADER', '', { field: 'header', expected: 'an object' })];
  uuid(header.nachrichtenUUID, 'nachrichtenUUID');
  if (header.referenzUUID !== undefined) uuid(header.referenzUUID, 'referenzUUID');
  if (typeof header.erstellungszeitpunkt !== 'string' || !isZonedDateTime(header.erstellungszeitpunkt)) {
    problem('erstellungszeitpunkt', DATETIME_EXPECTED);
  }
  for (const role of ['leser', 'autor'] as const) {
    const authority: unknown = header[role];
    if (!isRecord(authority)) {
      problem(role, '{ verzeichnisdienst?, kennung, name, erreichbarkeit? }');
      continue;
    }
    if (authority.verzeichnisdienst !== undefined)
      code(authority.verzeichnisdienst, `${role}/verzeichnisdienst`);
    text(authority.kennung, `${role}/kennung`, true);
    text(authority.name, `${role}/name`, true);
    const reach = authority.erreichbarkeit;
    if (reach === undefined) continue;
    // A message cannot tell an empty list from none: refused like empty lists in the body.
    if (!Array.isArray(reach) || reach.length === 0) {
      problem(`${role}/erreichbarkeit`, 'a list with at least one entry, or no property');
      continue;
    }
    for (const [index, entry] of (reach as readonly unknown[]).entries()) {
      const at = `${role}/erreichbarkeit/${index}`;
      if (!isRecord(entry)) {
        problem(at, '{ kanal, kennung, zusatz? }');
        continue;
      }
      code(entry.kanal, `${at}/kanal`);
      text(entry.kennung, `${at}/kennung`, false);
      if (entry.zusatz !== undefined) text(entry.zusatz, `${at}/zusatz`, false);
    }
  }
  if (header.dvdvDienstkennung !== undefined) text(header.dvdvDienstkennung, 'dvdvDienstkennung', true);
  for (const attribute of ['produkt', 'produkthersteller', 'produktversion'] as const) {
    if (header[attribute] !== undefined) text(header[attribute], attribute, false);
  }
  if (header.test !== undefined && typeof header.test !== 'boolean') problem('test', 'true | false');
  if (issues.length > 0) return issues;
  for (const value of texts) {
    const codePoint = nonXmlCodePoint(value);
    if (codePoint !== undefined) issues.push(xmlIssue('XML_INVALID_CHARACTER', '', { codePoint }));
  }
  return issues;
}

/** An element holding an XÖV code with its fixed list (`<name listURI=… listVersionID=…><code>…</code></name>`). */
function codeElement(name: string, code: HeaderCode, list: ListIdentity): string {
  const complete = completeCode(code, list);
  return `<${name} listURI="${escapeAttribute(list.uri)}" listVersionID="${escapeAttribute(complete.listVersionID)}"><code>${escapeText(complete.code)}</code></${name}>`;
}

/** The header element's lines (children unqualified). `line(depth, text)` writes one line. */
export function writeHeader(
  line: (depth: number, text: string) => void,
  depth: number,
  prefix: string,
  header: MessageHeader,
  kind: HeaderKind,
): void {
  const list = kind.messageTypeList;
  const element = (name: string, value: string) => `<${name}>${escapeText(value)}</${name}>`;
  line(depth, `<${prefix}:${HEADER_ELEMENT}>`);
  line(depth + 1, '<identifikation.nachricht>');
  line(depth + 2, element('nachrichtenUUID', header.nachrichtenUUID));
  line(
    depth + 2,
    `<nachrichtentyp listURI="${escapeAttribute(list.uri)}" listVersionID="${escapeAttribute(list.version)}"><code>${escapeText(kind.messageType)}</code></nachrichtentyp>`,
  );
  line(depth + 2, element('erstellungszeitpunkt', header.erstellungszeitpunkt));
  line(depth + 1, '</identifikation.nachricht>');
  // One line per authority, like code values in the body: the message stays as long as before.
  for (const role of ['leser', 'autor'] as const) {
    const authority = header[role];
    const directory = authority.verzeichnisdienst ?? DEFAULT_DIRECTORY;
    let content =
      codeElement('verzeichnisdienst', directory, HEADER_CODE_LISTS.verzeichnisdienst) +
      element('kennung', authority.kennung) +
      element('name', authority.name);
    for (const reach of authority.erreichbarkeit ?? []) {
      content += `<erreichbarkeit>${codeElement('kanal', reach.kanal, HEADER_CODE_LISTS.kanal)}${element('kennung', reach.kennung)}${reach.zusatz === undefined ? '' : element('zusatz', reach.zusatz)}</erreichbarkeit>`;
    }
    line(depth + 1, `<${role}>${content}</${role}>`);
  }
  if (header.referenzUUID !== undefined) line(depth + 1, element('referenzUUID', header.referenzUUID));
  if (header.dvdvDienstkennung !== undefined) {
    line(depth + 1, element('dvdvDienstkennung', header.dvdvDienstkennung));
  }
  line(depth, `</${prefix}:${HEADER_ELEMENT}>`);
}

const HEADER_SEQUENCE = [
  { name: 'identifikation.nachricht', required: true },
  { name: 'leser', required: true },
  { name: 'autor', required: true },
  { name: 'referenzUUID', required: false },
  { name: 'dvdvDienstkennung', required: false },
] as const;
const IDENTIFICATION_SEQUENCE = [
  { name: 'nachrichtenUUID', required: true },
  { name: 'nachrichtentyp', required: true },
  { name: 'erstellungszeitpunkt', required: true },
] as const;
const AUTHORITY_SEQUENCE = [
  { name: 'verzeichnisdienst', required: true },
  { name: 'kennung', required: true },
  { name: 'name', required: true },
  { name: 'erreichbarkeit', required: false, repeated: true },
] as const;
const REACH_SEQUENCE = [
  { name: 'kanal', required: true },
  { name: 'kennung', required: true },
  { name: 'zusatz', required: false },
] as const;
/** The children of an XÖV code value. */
export const CODE_SEQUENCE = [
  { name: 'code', required: true },
  { name: 'name', required: false },
] as const;
/** The children of the header's codes from fixed lists: the XÖV base message allows no `name`. */
const LIST_CODE_SEQUENCE = [{ name: 'code', required: true }] as const;

/** The header as read: the product attributes come from the root element. */
export type ReadHeader = Omit<MessageHeader, 'produkt' | 'produkthersteller' | 'produktversion' | 'test'>;

/**
 * Reads the header element. Returns the header (in the shape of `completeHeader`) when every
 * required value is there and valid; reports every problem either way.
 */
export function readHeader(
  place: Place,
  kind: HeaderKind,
  collector: IssueCollector,
): ReadHeader | undefined {
  readAttributes(place, [], collector);
  const before = collector.count;
  const parts = readSequence(place, HEADER_SEQUENCE, '', collector);
  const text = (parent: Place, element: XmlElement | undefined) =>
    element === undefined ? undefined : readText(childPlace(parent, element), collector);
  const problem = (at: Place, field: string, expected: string) =>
    collector.add('XML_HEADER', at, { field, expected });

  const identification = parts.get('identifikation.nachricht');
  let uuid: string | undefined;
  let created: string | undefined;
  if (identification) {
    const at = childPlace(place, identification);
    readAttributes(at, [], collector);
    const fields = readSequence(at, IDENTIFICATION_SEQUENCE, '', collector);
    uuid = text(at, fields.get('nachrichtenUUID'));
    if (uuid !== undefined && !UUID.test(uuid)) problem(at, 'nachrichtenUUID', UUID_EXPECTED);
    created = text(at, fields.get('erstellungszeitpunkt'));
    if (created !== undefined && !isZonedDateTime(created)) {
      problem(at, 'erstellungszeitpunkt', DATETIME_EXPECTED);
    }
    const type = fields.get('nachrichtentyp');
    if (type) readMessageType(childPlace(at, type), kind, collector);
  }
  const leser = readAuthority(place, parts.get('leser'), collector);
  const autor = readAuthority(place, parts.get('autor'), collector);
  const referenzUUID = text(place, parts.get('referenzUUID'));
  if (referenzUUID !== undefined && !UUID.test(referenzUUID)) problem(place, 'referenzUUID', UUID_EXPECTED);
  const dvdvDienstkennung = text(place, parts.get('dvdvDienstkennung'));
  if (collector.count > before || !uuid || !created || !leser || !autor) return undefined;
  return {
    nachrichtenUUID: uuid,
    erstellungszeitpunkt: created,
    leser,
    autor,
    ...(referenzUUID === undefined ? {} : { referenzUUID }),
    ...(dvdvDienstkennung === undefined ? {} : { dvdvDienstkennung }),
  };
}

/** Reads `leser` or `autor`. */
function readAuthority(
  parent: Place,
  element: XmlElement | undefined,
  collector: IssueCollector,
): Behoerde | undefined {
  if (!element) return undefined;
  const at = childPlace(parent, element);
  readAttributes(at, [], collector);
  const fields = readSequenceAll(at, AUTHORITY_SEQUENCE, '', collector);
  const only = (name: string) => fields.get(name)?.[0];
  const directoryElement = only('verzeichnisdienst');
  const directory = directoryElement
    ? readListCode(childPlace(at, directoryElement), HEADER_CODE_LISTS.verzeichnisdienst, collector)
    : undefined;
  const kennungElement = only('kennung');
  const nameElement = only('name');
  const kennung = kennungElement ? readText(childPlace(at, kennungElement), collector) : undefined;
  const name = nameElement ? readText(childPlace(at, nameElement), collector) : undefined;
  const reach = (fields.get('erreichbarkeit') ?? []).map((entry) =>
    readReach(childPlace(at, entry), collector),
  );
  if (!directory || kennung === undefined || name === undefined) return undefined;
  const complete = reach.filter((entry): entry is Erreichbarkeit => entry !== undefined);
  if (complete.length < reach.length) return undefined;
  return {
    verzeichnisdienst: directory,
    kennung,
    name,
    ...(complete.length === 0 ? {} : { erreichbarkeit: complete }),
  };
}

/** Reads one `erreichbarkeit`. */
function readReach(place: Place, collector: IssueCollector): Erreichbarkeit | undefined {
  readAttributes(place, [], collector);
  const fields = readSequence(place, REACH_SEQUENCE, '', collector);
  const kanalElement = fields.get('kanal');
  const kanal = kanalElement
    ? readListCode(childPlace(place, kanalElement), HEADER_CODE_LISTS.kanal, collector)
    : undefined;
  const kennungElement = fields.get('kennung');
  const kennung = kennungElement ? readText(childPlace(place, kennungElement), collector) : undefined;
  const zusatzElement = fields.get('zusatz');
  const zusatz = zusatzElement ? readText(childPlace(place, zusatzElement), collector) : undefined;
  if (!kanal || kennung === undefined) return undefined;
  return { kanal, kennung, ...(zusatz === undefined ? {} : { zusatz }) };
}

/**
 * Reads a code of a list the element fixes: `listURI` may be left out (it is fixed) but must be
 * the list's when given; `listVersionID` is required (any version); the code is an `xs:token`
 * (white space collapsed), not empty.
 */
function readListCode(
  place: Place,
  list: ListIdentity,
  collector: IssueCollector,
): Required<HeaderCode> | undefined {
  const attributes = readAttributes(place, ['listURI', 'listVersionID'], collector);
  const uri = attributes.get('listURI');
  const version = attributes.get('listVersionID');
  if (uri !== undefined && uri !== list.uri) {
    collector.add('XML_CODE_LIST', place, {
      element: qname(place.element),
      listUri: uri,
      listVersion: version ?? '-',
      expectedUri: list.uri,
      expectedVersion: version ?? list.version,
    });
  }
  if (version === undefined) {
    collector.add('XML_MISSING_ATTRIBUTE', place, {
      element: qname(place.element),
      attribute: 'listVersionID',
    });
  }
  const parts = readSequence(place, LIST_CODE_SEQUENCE, '', collector);
  const codeElement = parts.get('code');
  if (!codeElement) return undefined;
  const codePlace = childPlace(place, codeElement);
  const code = readText(codePlace, collector)
    .replace(/[\t\n\r ]+/g, ' ')
    .trim();
  if (code === '') {
    collector.add('XML_INVALID_VALUE', codePlace, {
      element: 'code',
      type: 'xs:token (not empty)',
      value: '',
    });
    return undefined;
  }
  if (version === undefined || (uri !== undefined && uri !== list.uri)) return undefined;
  return { code, listVersionID: version };
}

function readMessageType(place: Place, kind: HeaderKind, collector: IssueCollector): void {
  const attributes = readAttributes(place, ['listURI', 'listVersionID'], collector);
  const uri = attributes.get('listURI');
  const version = attributes.get('listVersionID');
  const list = kind.messageTypeList;
  if (uri !== list.uri || version !== list.version) {
    collector.add('XML_CODE_LIST', place, {
      element: 'nachrichtentyp',
      listUri: uri ?? '-',
      listVersion: version ?? '-',
      expectedUri: list.uri,
      expectedVersion: list.version,
    });
  }
  const parts = readSequence(place, CODE_SEQUENCE, '', collector);
  const code = parts.get('code');
  if (code) {
    const value = readText(childPlace(place, code), collector);
    if (value !== kind.messageType) {
      collector.add('XML_HEADER', place, { field: 'nachrichtentyp/code', expected: kind.messageType });
    }
  }
  const name = parts.get('name');
  if (name) readText(childPlace(place, name), collector);
}

/**
 * The XSD of the header element (a local element of the message root, qualified; its children
 * unqualified), line by line. `referenzUUID` is required in receipts, optional in messages.
 */
export function writeHeaderXsd(
  line: (depth: number, text: string) => void,
  depth: number,
  kind: HeaderKind,
  referenzUUID: 'required' | 'optional',
): void {
  const xs = 'xs';
  const string = `${xs}:string`;
  const attr = (value: string) => `"${escapeAttribute(value)}"`;
  const occurs = (min: 0 | 1, unbounded = false) =>
    `${min === 0 ? ' minOccurs="0"' : ''}${unbounded ? ' maxOccurs="unbounded"' : ''}`;
  const open = (d: number, name: string, extra = '') =>
    line(d, `<${xs}:element name="${name}" form="unqualified"${extra}>`);
  const close = (d: number) => line(d, `</${xs}:element>`);
  const leaf = (d: number, name: string, type = string, extra = '') =>
    line(d, `<${xs}:element name="${name}" form="unqualified" type="${type}"${extra}/>`);
  const restricted = (d: number, name: string, base: string, pattern: string, extra = '') => {
    open(d, name, extra);
    line(d + 1, `<${xs}:simpleType><${xs}:restriction base="${base}">`);
    line(d + 2, `<${xs}:pattern value=${attr(pattern)}/>`);
    line(d + 1, `</${xs}:restriction></${xs}:simpleType>`);
    close(d);
  };
  /** A code of a list the element fixes: `code` only, listURI fixed (optional), listVersionID required. */
  const listCode = (d: number, name: string, list: ListIdentity) => {
    open(d, name);
    line(d + 1, `<${xs}:complexType>`);
    line(d + 2, `<${xs}:sequence>`);
    open(d + 3, 'code');
    line(d + 4, `<${xs}:simpleType><${xs}:restriction base="${xs}:token">`);
    line(d + 5, `<${xs}:minLength value="1"/>`);
    line(d + 4, `</${xs}:restriction></${xs}:simpleType>`);
    close(d + 3);
    line(d + 2, `</${xs}:sequence>`);
    line(d + 2, `<${xs}:attribute name="listURI" type="${xs}:anyURI" fixed=${attr(list.uri)}/>`);
    line(d + 2, `<${xs}:attribute name="listVersionID" type="${xs}:normalizedString" use="required"/>`);
    line(d + 1, `</${xs}:complexType>`);
    close(d);
  };
  const authority = (d: number, name: string) => {
    open(d, name);
    line(d + 1, `<${xs}:complexType><${xs}:sequence>`);
    listCode(d + 2, 'verzeichnisdienst', HEADER_CODE_LISTS.verzeichnisdienst);
    leaf(d + 2, 'kennung');
    leaf(d + 2, 'name');
    open(d + 2, 'erreichbarkeit', occurs(0, true));
    line(d + 3, `<${xs}:complexType><${xs}:sequence>`);
    listCode(d + 4, 'kanal', HEADER_CODE_LISTS.kanal);
    leaf(d + 4, 'kennung');
    leaf(d + 4, 'zusatz', string, occurs(0));
    line(d + 3, `</${xs}:sequence></${xs}:complexType>`);
    close(d + 2);
    line(d + 1, `</${xs}:sequence></${xs}:complexType>`);
    close(d);
  };
  const list = kind.messageTypeList;
  line(depth, `<${xs}:element name="${HEADER_ELEMENT}">`);
  line(depth + 1, `<${xs}:complexType><${xs}:sequence>`);
  open(depth + 2, 'identifikation.nachricht');
  line(depth + 3, `<${xs}:complexType><${xs}:sequence>`);
  restricted(depth + 4, 'nachrichtenUUID', string, UUID_XSD_PATTERN);
  open(depth + 4, 'nachrichtentyp');
  line(depth + 5, `<${xs}:complexType>`);
  line(depth + 6, `<${xs}:sequence>`);
  leaf(depth + 7, 'code', string, ` fixed=${attr(kind.messageType)}`);
  leaf(depth + 7, 'name', string, occurs(0));
  line(depth + 6, `</${xs}:sequence>`);
  line(
    depth + 6,
    `<${xs}:attribute name="listURI" type="${xs}:anyURI" use="required" fixed=${attr(list.uri)}/>`,
  );
  line(
    depth + 6,
    `<${xs}:attribute name="listVersionID" type="${xs}:normalizedString" use="required" fixed=${attr(list.version)}/>`,
  );
  line(depth + 5, `</${xs}:complexType>`);
  close(depth + 4);
  restricted(depth + 4, 'erstellungszeitpunkt', `${xs}:dateTime`, DATETIME_WITH_ZONE_XSD_PATTERN);
  line(depth + 3, `</${xs}:sequence></${xs}:complexType>`);
  close(depth + 2);
  authority(depth + 2, 'leser');
  authority(depth + 2, 'autor');
  restricted(
    depth + 2,
    'referenzUUID',
    string,
    UUID_XSD_PATTERN,
    referenzUUID === 'optional' ? occurs(0) : '',
  );
  leaf(depth + 2, 'dvdvDienstkennung', string, occurs(0));
  line(depth + 1, `</${xs}:sequence></${xs}:complexType>`);
  line(depth, `</${xs}:element>`);
}
