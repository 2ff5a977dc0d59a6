/**
 * Receipts a back office sends back for a message: an acknowledgement (`quittung`) or a rejection
 * (`rueckweisung`). Both carry the answered message's `nachrichtenUUID` as `referenzUUID`; a
 * rejection also carries a reason code from the XÖV list of rejection reasons and the Report's
 * errors as findings (code, data pointer, where in the message, message in German and English).
 */

import type { Issue, Report } from '../issues/issue.js';
import { makeReport } from '../issues/issue.js';
import type { Severity } from '../issues/severity.js';
import { escapeAttribute, escapeText, nonXmlCodePoint } from './escape.js';
import {
  CODE_SEQUENCE,
  type HeaderKind,
  headerIssues,
  readHeader,
  writeHeader,
  writeHeaderXsd,
} from './header.js';
import { childPlace, IssueCollector, type Place, qname } from './issues.js';
import { parseBoolean } from './lexical.js';
import type { MessageHeader } from './message.js';
import { errorIssue } from './parse.js';
import { parseXmlDocument, type XmlElement, type XmlLimits, type XmlNode } from './parser/index.js';
import { readAttributes, readSequence, readText } from './reading.js';

/** Namespace of this library's receipt messages. */
export const RECEIPT_NAMESPACE = 'urn:antrag:quittung:1';
const STANDARD = 'antrag-quittung';
const VERSION = '1';
const ROOTS = { quittung: 'antrag.quittung.0020', rueckweisung: 'antrag.rueckweisung.0021' } as const;
const PREFIX = 'q';

/** The XÖV list of rejection reasons (XRepository), e.g. S020 "Fehlerhafte Einzelfälle". */
export const REJECTION_REASONS = {
  uri: 'urn:xoev-de:xgewerbeordnung:codeliste:rueckweisungsgruende',
  version: '1',
} as const;

/** Names of the reasons this library chooses (from the list, version 1). */
const REASON_NAMES: Readonly<Record<string, string>> = {
  S001: 'Nicht spezifikationskonform: Die Nachricht ist nicht UTF-8 codiert.',
  S010: 'Nicht spezifikationskonform: Ungültige Codeliste.',
  S011: 'Nicht spezifikationskonform: Ungültiger Code in einer Codeliste.',
  S020: 'Nicht spezifikationskonform: Fehlerhafte Einzelfälle',
  S999: 'Nicht spezifikationskonform aus anderen Gründen.',
  V000: 'Nicht spezifikationskonform: Die Nachricht kann in der Version, die in der Nachricht angegeben wird, vom Empfänger nicht bearbeitet werden (Der Dienst ist in dieser Version nicht oder nicht mehr bereit).',
  X000: 'Die Nachricht ist kein wohlgeformtes XML-Dokument.',
  X001: 'Die Nachricht ist nicht valide zu dem Schema der in der Nachricht angegebenen Version',
};

/** One finding of a rejection. */
export interface ReceiptIssue {
  readonly code: string;
  readonly severity?: Severity;
  /** JSON pointer of the data concerned. */
  readonly path: string;
  readonly message: { readonly de: string; readonly en?: string };
  readonly xml?: { readonly xpath: string; readonly line: number; readonly column: number };
}

/** A receipt (acknowledgement or rejection) a back office sends for a message. */
export interface Receipt {
  readonly kind: 'quittung' | 'rueckweisung';
  /** The header of the receipt itself; its `referenzUUID` is set to the answered message. */
  readonly header: MessageHeader;
  /** `nachrichtenUUID` of the message this receipt answers. */
  readonly answers: string;
  /** For a rejection: the reason code (default: derived from the report, see `rejectionReason`). */
  readonly reason?: string;
  /** For a rejection: its errors become the findings (when `issues` is not given). */
  readonly report?: Report;
  /** For a rejection: the findings. */
  readonly issues?: readonly ReceiptIssue[];
}

const ENCODING = /^XML_ENCODING_/;
const NOT_WELL_FORMED = new Set([
  'XML_NOT_WELL_FORMED',
  'XML_NOT_ALLOWED_HERE',
  'XML_UNEXPECTED_END',
  'XML_NO_ROOT',
  'XML_MULTIPLE_ROOTS',
  'XML_MISMATCHED_TAG',
  'XML_UNDEFINED_ENTITY',
  'XML_INVALID_CHARACTER',
  'XML_DUPLICATE_ATTRIBUTE',
  'XML_UNBOUND_PREFIX',
  'XML_INVALID_QNAME',
  'XML_NAMESPACE_DECLARATION',
]);
const REFUSED = /^XML_(LIMIT_|DOCTYPE$|INTERNAL$)/;
const NOT_SCHEMA_VALID = new Set([
  'XML_WRONG_ROOT',
  'XML_UNKNOWN_ELEMENT',
  'XML_UNKNOWN_ATTRIBUTE',
  'XML_MISSING_ATTRIBUTE',
  'XML_MISSING_ELEMENT',
  'XML_ELEMENT_ORDER',
  'XML_DUPLICATE_ELEMENT',
  'XML_UNEXPECTED_TEXT',
  'XML_UNEXPECTED_CHILD',
  'XML_INVALID_VALUE',
  'XML_HEADER',
]);

/**
 * The rejection reason for a Report, the most fundamental problem first: S001 (encoding), X000
 * (not well-formed), S999 (refused: DOCTYPE, limits), V000 (other standard or version), X001 (not
 * valid to the schema), S010 (wrong code list), S011 (code not in its list), S020 (faulty content).
 */
export function rejectionReason(report: Report): string {
  const codes = report.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code);
  const any = (test: (code: string) => boolean) => codes.some(test);
  if (any((code) => ENCODING.test(code))) return 'S001';
  if (any((code) => NOT_WELL_FORMED.has(code))) return 'X000';
  if (any((code) => REFUSED.test(code))) return 'S999';
  if (any((code) => code === 'XML_WRONG_VERSION')) return 'V000';
  if (any((code) => NOT_SCHEMA_VALID.has(code))) return 'X001';
  if (any((code) => code === 'XML_CODE_LIST')) return 'S010';
  if (any((code) => code === 'CODE_NOT_IN_LIST')) return 'S011';
  return 'S020';
}

/** Builds the rejection for a Report: its errors as findings, the reason from `rejectionReason`. */
export function rejectionFor(report: Report, header: MessageHeader, answers: string): Receipt {
  return { kind: 'rueckweisung', header, answers, reason: rejectionReason(report), report };
}

function findingsOf(receipt: Receipt): readonly ReceiptIssue[] {
  if (receipt.issues) return receipt.issues;
  return (receipt.report?.issues ?? []).filter((issue: Issue) => issue.severity === 'error');
}

const HEADER_KINDS: Readonly<Record<Receipt['kind'], HeaderKind>> = {
  quittung: {
    messageType: ROOTS.quittung.slice(-4),
    messageTypeList: { uri: `urn:antrag:${STANDARD}:codeliste:nachrichtentyp`, version: VERSION },
  },
  rueckweisung: {
    messageType: ROOTS.rueckweisung.slice(-4),
    messageTypeList: { uri: `urn:antrag:${STANDARD}:codeliste:nachrichtentyp`, version: VERSION },
  },
};

/**
 * Writes a receipt message. Its header's `referenzUUID` is `answers`. Throws a RangeError for a
 * receipt no message can carry (a header or `answers` that is not valid, a reason code that is
 * not one of the list's form, characters XML cannot carry): these come from the back office's
 * own code, not from the message answered.
 */
export function writeReceipt(receipt: Receipt): string {
  const header: MessageHeader = { ...receipt.header, referenzUUID: receipt.answers };
  const problems = headerIssues(header).map((issue) => issue.message.en);
  const reason =
    receipt.kind === 'rueckweisung'
      ? (receipt.reason ?? rejectionReason(receipt.report ?? makeReport([])))
      : undefined;
  if (reason !== undefined && !/^[A-Z]\d{3}$/.test(reason))
    problems.push(`reason code ${reason} is not of the form A000`);
  const findings = receipt.kind === 'rueckweisung' ? findingsOf(receipt) : [];
  for (const finding of findings) {
    const texts = [
      finding.code,
      finding.path,
      finding.message.de,
      finding.message.en ?? '',
      finding.xml?.xpath ?? '',
    ];
    if (texts.some((text) => nonXmlCodePoint(String(text)) !== undefined)) {
      problems.push(`finding ${finding.code} contains characters XML cannot carry`);
    }
  }
  if (problems.length > 0) throw new RangeError(`The receipt cannot be written: ${problems.join('; ')}`);

  const lines: string[] = [];
  const line = (depth: number, text: string) => lines.push(`${'  '.repeat(depth)}${text}`);
  const root = ROOTS[receipt.kind];
  const attributes = [
    `xmlns:${PREFIX}="${RECEIPT_NAMESPACE}"`,
    `produkt="${escapeAttribute(header.produkt ?? 'antrag')}"`,
    `produkthersteller="${escapeAttribute(header.produkthersteller ?? 'antrag')}"`,
    ...(header.produktversion === undefined
      ? []
      : [`produktversion="${escapeAttribute(header.produktversion)}"`]),
    `standard="${STANDARD}"`,
    `version="${VERSION}"`,
    ...(header.test === undefined ? [] : [`test="${header.test ? 'true' : 'false'}"`]),
  ];
  line(0, '<?xml version="1.0" encoding="UTF-8"?>');
  line(0, `<${PREFIX}:${root} ${attributes.join(' ')}>`);
  writeHeader(line, 1, PREFIX, header, HEADER_KINDS[receipt.kind]);
  if (reason !== undefined) {
    const name = REASON_NAMES[reason];
    line(
      1,
      `<${PREFIX}:grund listURI="${REJECTION_REASONS.uri}" listVersionID="${REJECTION_REASONS.version}"><code>${reason}</code>${name === undefined ? '' : `<name>${escapeText(name)}</name>`}</${PREFIX}:grund>`,
    );
  }
  const element = (name: string, value: string) =>
    `<${PREFIX}:${name}>${escapeText(value)}</${PREFIX}:${name}>`;
  for (const finding of findings) {
    line(1, `<${PREFIX}:befund>`);
    line(2, element('code', finding.code));
    line(2, element('pfad', finding.path));
    if (finding.xml) {
      line(2, element('xpath', finding.xml.xpath));
      line(2, element('zeile', String(finding.xml.line)));
      line(2, element('spalte', String(finding.xml.column)));
    }
    line(2, `<${PREFIX}:meldung sprache="de">${escapeText(finding.message.de)}</${PREFIX}:meldung>`);
    if (finding.message.en !== undefined) {
      line(2, `<${PREFIX}:meldung sprache="en">${escapeText(finding.message.en)}</${PREFIX}:meldung>`);
    }
    line(1, `</${PREFIX}:befund>`);
  }
  line(0, `</${PREFIX}:${root}>`);
  return `${lines.join('\n')}\n`;
}

const FINDING_SEQUENCE = [
  { name: 'code', required: true },
  { name: 'pfad', required: true },
  { name: 'xpath', required: false },
  { name: 'zeile', required: false },
  { name: 'spalte', required: false },
] as const;

/** Reads one `befund`. */
function readFinding(place: Place, collector: IssueCollector): ReceiptIssue | undefined {
  readAttributes(place, [], collector);
  const messages: Record<string, string> = Object.create(null);
  const others: XmlElement[] = [];
  for (const node of place.element.children) {
    if (node.kind !== 'element') continue;
    if (node.ns === RECEIPT_NAMESPACE && node.local === 'meldung') {
      const at = childPlace(place, node);
      const language = readAttributes(at, ['sprache'], collector).get('sprache') ?? 'de';
      let text = '';
      for (const child of node.children) {
        if (child.kind === 'text') text += child.value;
        else
          collector.add('XML_UNEXPECTED_CHILD', childPlace(at, child), {
            element: 'meldung',
            child: qname(child),
          });
      }
      if (language !== 'de' && language !== 'en') {
        collector.add('XML_INVALID_VALUE', at, { element: '@sprache', type: 'de | en', value: language });
      } else messages[language] = text;
    } else others.push(node);
  }
  const rest: XmlElement = { ...place.element, children: others };
  const fields = readSequence({ ...place, element: rest }, FINDING_SEQUENCE, RECEIPT_NAMESPACE, collector);
  const text = (name: string) => {
    const element = fields.get(name);
    return element === undefined ? undefined : readText(childPlace(place, element), collector);
  };
  const code = text('code');
  const path = text('pfad');
  const xpath = text('xpath');
  const lineText = text('zeile');
  const columnText = text('spalte');
  if (code === undefined || path === undefined || messages.de === undefined) {
    if (messages.de === undefined) {
      collector.add('XML_MISSING_ELEMENT', place, { element: qname(place.element), child: 'meldung' });
    }
    return undefined;
  }
  const position = (value: string | undefined) =>
    value !== undefined && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined;
  const line = position(lineText);
  const column = position(columnText);
  const xml =
    xpath !== undefined && line !== undefined && column !== undefined ? { xml: { xpath, line, column } } : {};
  return {
    code,
    severity: 'error',
    path,
    message: messages.en === undefined ? { de: messages.de } : { de: messages.de, en: messages.en },
    ...xml,
  };
}

/** Reads a receipt. Anything that is not a valid receipt gives a Report with XML codes. */
export function readReceipt(
  input: string | Uint8Array,
  options: { readonly limits?: Partial<XmlLimits> } = {},
): { readonly receipt?: Receipt; readonly report: Report } {
  const parsed = parseXmlDocument(input, options.limits ? { limits: options.limits } : {});
  if (!parsed.ok) return { report: makeReport([errorIssue(parsed.error)]) };
  const root = parsed.root;
  const place: Place = { parent: undefined, element: root };
  const collector = new IssueCollector();
  const kind =
    root.ns === RECEIPT_NAMESPACE
      ? (Object.keys(ROOTS) as Receipt['kind'][]).find((k) => ROOTS[k] === root.local)
      : undefined;
  if (kind === undefined) {
    collector.add('XML_WRONG_ROOT', place, {
      found: `{${root.ns}}${root.local}`,
      expected: `{${RECEIPT_NAMESPACE}}${ROOTS.quittung} | ${ROOTS.rueckweisung}`,
    });
    return { report: makeReport(collector.all()) };
  }
  const attributes = readAttributes(
    place,
    ['produkt', 'produkthersteller', 'produktversion', 'standard', 'version', 'test'],
    collector,
  );
  for (const [name, expected] of [
    ['standard', STANDARD],
    ['version', VERSION],
  ] as const) {
    const found = attributes.get(name);
    if (found === undefined)
      collector.add('XML_MISSING_ATTRIBUTE', place, { element: qname(root), attribute: name });
    else if (found !== expected)
      collector.add('XML_WRONG_VERSION', place, { attribute: name, found, expected });
  }
  const sequence = [
    { name: 'nachrichtenkopf.g2g', required: true },
    ...(kind === 'rueckweisung' ? [{ name: 'grund', required: true }] : []),
  ];
  const heads: XmlNode[] = [];
  const findings: XmlElement[] = [];
  for (const node of root.children) {
    if (
      node.kind === 'element' &&
      node.ns === RECEIPT_NAMESPACE &&
      node.local === 'befund' &&
      kind === 'rueckweisung'
    ) {
      findings.push(node);
    } else heads.push(node);
  }
  const parts = readSequence(
    { parent: undefined, element: { ...root, children: heads } },
    sequence,
    RECEIPT_NAMESPACE,
    collector,
  );
  const headerElement = parts.get('nachrichtenkopf.g2g');
  const read = headerElement
    ? readHeader(childPlace(place, headerElement), HEADER_KINDS[kind], collector)
    : undefined;
  if (read && read.referenzUUID === undefined) {
    collector.add('XML_HEADER', place, {
      field: 'referenzUUID',
      expected: 'the nachrichtenUUID of the answered message',
    });
  }
  let reason: string | undefined;
  const grund = parts.get('grund');
  if (grund) {
    const at = childPlace(place, grund);
    const list = readAttributes(at, ['listURI', 'listVersionID'], collector);
    if (
      list.get('listURI') !== REJECTION_REASONS.uri ||
      list.get('listVersionID') !== REJECTION_REASONS.version
    ) {
      collector.add('XML_CODE_LIST', at, {
        element: qname(grund),
        listUri: list.get('listURI') ?? '-',
        listVersion: list.get('listVersionID') ?? '-',
        expectedUri: REJECTION_REASONS.uri,
        expectedVersion: REJECTION_REASONS.version,
      });
    }
    const code = readSequence(at, CODE_SEQUENCE, '', collector);
    const codeElement = code.get('code');
    reason = codeElement ? readText(childPlace(at, codeElement), collector) : undefined;
    const name = code.get('name');
    if (name) readText(childPlace(at, name), collector);
  }
  const issues = findings
    .map((element) => readFinding(childPlace(place, element), collector))
    .filter((finding): finding is ReceiptIssue => finding !== undefined);
  const report = makeReport(collector.all());
  if (!read || read.referenzUUID === undefined) return { report };
  const testText = attributes.get('test');
  const test = testText === undefined ? undefined : parseBoolean(testText);
  const header: MessageHeader = {
    ...read,
    ...(attributes.has('produkt') ? { produkt: attributes.get('produkt') as string } : {}),
    ...(attributes.has('produkthersteller')
      ? { produkthersteller: attributes.get('produkthersteller') as string }
      : {}),
    ...(attributes.has('produktversion')
      ? { produktversion: attributes.get('produktversion') as string }
      : {}),
    ...(test === undefined ? {} : { test }),
  };
  const receipt: Receipt =
    kind === 'quittung'
      ? { kind, header, answers: read.referenzUUID }
      : {
          kind,
          header,
          answers: read.referenzUUID,
          ...(reason === undefined ? {} : { reason }),
          issues,
        };
  return { receipt, report };
}

/** The XSD of receipt messages (both kinds). */
export function generateReceiptXsd(): string {
  const text = 'xs:string';
  const header = (kind: Receipt['kind']) => {
    const lines: string[] = [];
    writeHeaderXsd((_depth, line) => lines.push(line), 0, HEADER_KINDS[kind], 'required');
    return lines.join('');
  };
  const rootAttributes =
    `<xs:attribute name="produkt" type="${text}" use="required"/><xs:attribute name="produkthersteller" type="${text}" use="required"/>` +
    `<xs:attribute name="produktversion" type="${text}"/><xs:attribute name="standard" type="${text}" use="required" fixed="${STANDARD}"/>` +
    `<xs:attribute name="version" type="${text}" use="required" fixed="${VERSION}"/><xs:attribute name="test" type="xs:boolean"/>`;
  const finding =
    `<xs:element name="befund" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:sequence>` +
    `<xs:element name="code" type="${text}"/><xs:element name="pfad" type="${text}"/>` +
    `<xs:sequence minOccurs="0"><xs:element name="xpath" type="${text}"/><xs:element name="zeile" type="xs:positiveInteger"/><xs:element name="spalte" type="xs:positiveInteger"/></xs:sequence>` +
    `<xs:element name="meldung" maxOccurs="2"><xs:complexType><xs:simpleContent><xs:extension base="${text}"><xs:attribute name="sprache" use="required"><xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="de"/><xs:enumeration value="en"/></xs:restriction></xs:simpleType></xs:attribute></xs:extension></xs:simpleContent></xs:complexType></xs:element>` +
    `</xs:sequence></xs:complexType></xs:element>`;
  const reason =
    `<xs:element name="grund"><xs:complexType><xs:sequence><xs:element name="code" form="unqualified"><xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="[A-Z][0-9]{3}"/></xs:restriction></xs:simpleType></xs:element><xs:element name="name" form="unqualified" type="${text}" minOccurs="0"/></xs:sequence>` +
    `<xs:attribute name="listURI" type="xs:anyURI" use="required" fixed="${REJECTION_REASONS.uri}"/><xs:attribute name="listVersionID" type="xs:normalizedString" use="required" fixed="${REJECTION_REASONS.version}"/></xs:complexType></xs:element>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="${RECEIPT_NAMESPACE}" elementFormDefault="qualified" attributeFormDefault="unqualified" version="${VERSION}">`,
    `<xs:element name="${ROOTS.quittung}"><xs:complexType><xs:sequence>${header('quittung')}</xs:sequence>${rootAttributes}</xs:complexType></xs:element>`,
    `<xs:element name="${ROOTS.rueckweisung}"><xs:complexType><xs:sequence>${header('rueckweisung')}${reason}${finding}</xs:sequence>${rootAttributes}</xs:complexType></xs:element>`,
    '</xs:schema>',
    '',
  ].join('\n');
}
