/**
 * The message header `nachrichtenkopf.g2g` (XÖV base components): `identifikation.nachricht`
 * with `nachrichtenUUID`, `nachrichtentyp` (an XÖV code) and `erstellungszeitpunkt`; then `leser`
 * and `autor` (each `kennung` and `name`) and the optional `referenzUUID`. The header element is
 * qualified; its children are unqualified, as in the XÖV schemas. Shared by messages and receipts.
 */

import type { Issue } from '../validate/report.js';
import { escapeAttribute, escapeText, nonXmlCodePoint } from './escape.js';
import { childPlace, type IssueCollector, type Place, xmlIssue } from './issues.js';
import {
  type Behoerde,
  DATETIME_WITH_ZONE,
  HEADER_ELEMENT,
  type ListIdentity,
  type MessageHeader,
  UUID,
} from './message.js';
import type { XmlElement } from './parser/tree.js';
import { readAttributes, readSequence, readText } from './reading.js';

/** What a header must say besides its values: the message type and its code list. */
export interface HeaderKind {
  readonly messageType: string;
  readonly messageTypeList: ListIdentity;
}

const UUID_EXPECTED = 'RFC 4122 UUID';
const DATETIME_EXPECTED = 'xs:dateTime with time zone (YYYY-MM-DDThh:mm:ss±hh:mm)';

/** The problems of a header before it is written (as issues with code XML_HEADER or XML_INVALID_CHARACTER). */
export function headerIssues(header: MessageHeader): Issue[] {
  const issues: Issue[] = [];
  const problem = (field: string, expected: string) =>
    issues.push(xmlIssue('XML_HEADER', '', { field, expected }));
  if (typeof header?.nachrichtenUUID !== 'string' || !UUID.test(header.nachrichtenUUID)) {
    problem('nachrichtenUUID', UUID_EXPECTED);
  }
  if (
    header?.referenzUUID !== undefined &&
    (typeof header.referenzUUID !== 'string' || !UUID.test(header.referenzUUID))
  ) {
    problem('referenzUUID', UUID_EXPECTED);
  }
  if (
    typeof header?.erstellungszeitpunkt !== 'string' ||
    !DATETIME_WITH_ZONE.test(header.erstellungszeitpunkt)
  ) {
    problem('erstellungszeitpunkt', DATETIME_EXPECTED);
  }
  for (const role of ['leser', 'autor'] as const) {
    const authority: Behoerde | undefined = header?.[role];
    for (const part of ['kennung', 'name'] as const) {
      const value = authority?.[part];
      if (typeof value !== 'string' || value === '') problem(`${role}/${part}`, 'a text');
    }
  }
  for (const attribute of ['produkt', 'produkthersteller', 'produktversion'] as const) {
    const value = header?.[attribute];
    if (value !== undefined && typeof value !== 'string') problem(attribute, 'a text');
  }
  if (header?.test !== undefined && typeof header.test !== 'boolean') problem('test', 'true | false');
  if (issues.length > 0) return issues;
  const texts = [
    header.leser.kennung,
    header.leser.name,
    header.autor.kennung,
    header.autor.name,
    header.produkt ?? '',
    header.produkthersteller ?? '',
    header.produktversion ?? '',
  ];
  for (const text of texts) {
    const codePoint = nonXmlCodePoint(text);
    if (codePoint !== undefined) issues.push(xmlIssue('XML_INVALID_CHARACTER', '', { codePoint }));
  }
  return issues;
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
  line(depth, `<${prefix}:${HEADER_ELEMENT}>`);
  line(depth + 1, '<identifikation.nachricht>');
  line(depth + 2, `<nachrichtenUUID>${escapeText(header.nachrichtenUUID)}</nachrichtenUUID>`);
  line(
    depth + 2,
    `<nachrichtentyp listURI="${escapeAttribute(list.uri)}" listVersionID="${escapeAttribute(list.version)}"><code>${escapeText(kind.messageType)}</code></nachrichtentyp>`,
  );
  line(depth + 2, `<erstellungszeitpunkt>${escapeText(header.erstellungszeitpunkt)}</erstellungszeitpunkt>`);
  line(depth + 1, '</identifikation.nachricht>');
  for (const role of ['leser', 'autor'] as const) {
    const authority = header[role];
    line(
      depth + 1,
      `<${role}><kennung>${escapeText(authority.kennung)}</kennung><name>${escapeText(authority.name)}</name></${role}>`,
    );
  }
  if (header.referenzUUID !== undefined) {
    line(depth + 1, `<referenzUUID>${escapeText(header.referenzUUID)}</referenzUUID>`);
  }
  line(depth, `</${prefix}:${HEADER_ELEMENT}>`);
}

const HEADER_SEQUENCE = [
  { name: 'identifikation.nachricht', required: true },
  { name: 'leser', required: true },
  { name: 'autor', required: true },
  { name: 'referenzUUID', required: false },
] as const;
const IDENTIFICATION_SEQUENCE = [
  { name: 'nachrichtenUUID', required: true },
  { name: 'nachrichtentyp', required: true },
  { name: 'erstellungszeitpunkt', required: true },
] as const;
const AUTHORITY_SEQUENCE = [
  { name: 'kennung', required: true },
  { name: 'name', required: true },
] as const;
/** The children of an XÖV code value. */
export const CODE_SEQUENCE = [
  { name: 'code', required: true },
  { name: 'name', required: false },
] as const;

/**
 * Reads the header element. Returns the header when every required value is there and valid;
 * reports every problem either way.
 */
export function readHeader(
  place: Place,
  kind: HeaderKind,
  collector: IssueCollector,
): Omit<MessageHeader, 'produkt' | 'produkthersteller' | 'produktversion' | 'test'> | undefined {
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
    if (created !== undefined && !DATETIME_WITH_ZONE.test(created)) {
      problem(at, 'erstellungszeitpunkt', DATETIME_EXPECTED);
    }
    const type = fields.get('nachrichtentyp');
    if (type) readMessageType(childPlace(at, type), kind, collector);
  }
  const authority = (role: 'leser' | 'autor'): Behoerde | undefined => {
    const element = parts.get(role);
    if (!element) return undefined;
    const at = childPlace(place, element);
    readAttributes(at, [], collector);
    const fields = readSequence(at, AUTHORITY_SEQUENCE, '', collector);
    const kennung = text(at, fields.get('kennung'));
    const name = text(at, fields.get('name'));
    return kennung === undefined || name === undefined ? undefined : { kennung, name };
  };
  const leser = authority('leser');
  const autor = authority('autor');
  const reference = parts.get('referenzUUID');
  const referenzUUID = text(place, reference);
  if (referenzUUID !== undefined && !UUID.test(referenzUUID)) problem(place, 'referenzUUID', UUID_EXPECTED);
  if (collector.count > before || !uuid || !created || !leser || !autor) return undefined;
  return {
    nachrichtenUUID: uuid,
    erstellungszeitpunkt: created,
    leser,
    autor,
    ...(referenzUUID === undefined ? {} : { referenzUUID }),
  };
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
