/**
 * Receipts a back office sends back for a message: an acknowledgement (`quittung`) or a rejection
 * (`rueckweisung`) carrying the answered message's `nachrichtenUUID`, a reason code from the
 * XÖV list of rejection reasons, and the Report's issues (code, path, message).
 */

import { type Issue, makeIssue, makeReport, type Report } from '../validate/report.js';
import { escapeAttribute, escapeText } from './escape.js';
import { DATETIME_WITH_ZONE, HEADER_ELEMENT, type MessageHeader, UUID } from './message.js';
import { parseXml, type XmlElement } from './parse.js';

/** Namespace of this library's receipt messages. */
export const RECEIPT_NAMESPACE = 'urn:antrag:quittung:1';
const ROOTS = { quittung: 'antrag.quittung.0020', rueckweisung: 'antrag.rueckweisung.0021' } as const;

/** The XÖV list of rejection reasons (XRepository), e.g. S020 "Fehlerhafte Einzelfälle". */
export const REJECTION_REASONS = {
  uri: 'urn:xoev-de:xgewerbeordnung:codeliste:rueckweisungsgruende',
  version: '1',
} as const;

/** A receipt (acknowledgement or rejection) a back office sends for a message. */
export interface Receipt {
  readonly kind: 'quittung' | 'rueckweisung';
  /** The header of the receipt itself; its `referenzUUID` is set to the answered message. */
  readonly header: MessageHeader;
  /** `nachrichtenUUID` of the message this receipt answers. */
  readonly answers: string;
  /** For a rejection: the reason code (default S020, or S999 when the message was unreadable). */
  readonly reason?: string;
  /** For a rejection: the issues that caused it. */
  readonly issues?: readonly Pick<Issue, 'code' | 'path' | 'message'>[];
}

/** Builds the rejection for a Report: reason S999 when the message could not be read at all. */
export function rejectionFor(report: Report, header: MessageHeader, answers: string): Receipt {
  const unreadable = report.issues.some(
    (issue) => issue.code.startsWith('XML_') && issue.path === '' && !issue.code.includes('UNKNOWN'),
  );
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  return { kind: 'rueckweisung', header, answers, reason: unreadable ? 'S999' : 'S020', issues: errors };
}

/** Writes a receipt message. */
export function writeReceipt(receipt: Receipt): string {
  const h = receipt.header;
  const root = ROOTS[receipt.kind];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<q:${root} xmlns:q="${RECEIPT_NAMESPACE}" produkt="${escapeAttribute(h.produkt ?? 'antrag')}" produkthersteller="${escapeAttribute(h.produkthersteller ?? 'antrag')}" standard="antrag-quittung" version="1">`,
    `  <q:${HEADER_ELEMENT}>`,
    '    <identifikation.nachricht>',
    `      <nachrichtenUUID>${escapeText(h.nachrichtenUUID)}</nachrichtenUUID>`,
    `      <nachrichtentyp listURI="urn:antrag:antrag-quittung:codeliste:nachrichtentyp" listVersionID="1"><code>${root.slice(-4)}</code></nachrichtentyp>`,
    `      <erstellungszeitpunkt>${escapeText(h.erstellungszeitpunkt)}</erstellungszeitpunkt>`,
    '    </identifikation.nachricht>',
    `    <leser><kennung>${escapeText(h.leser.kennung)}</kennung><name>${escapeText(h.leser.name)}</name></leser>`,
    `    <autor><kennung>${escapeText(h.autor.kennung)}</kennung><name>${escapeText(h.autor.name)}</name></autor>`,
    `    <referenzUUID>${escapeText(receipt.answers)}</referenzUUID>`,
    `  </q:${HEADER_ELEMENT}>`,
  ];
  if (receipt.kind === 'rueckweisung') {
    lines.push(
      `  <q:grund listURI="${REJECTION_REASONS.uri}" listVersionID="${REJECTION_REASONS.version}"><code>${escapeText(receipt.reason ?? 'S020')}</code></q:grund>`,
    );
    for (const issue of receipt.issues ?? []) {
      lines.push(
        `  <q:befund><q:code>${escapeText(issue.code)}</q:code><q:pfad>${escapeText(issue.path)}</q:pfad><q:meldung>${escapeText(issue.message.de)}</q:meldung></q:befund>`,
      );
    }
  }
  lines.push(`</q:${root}>`);
  return `${lines.join('\n')}\n`;
}

function text(element: XmlElement | undefined): string {
  if (!element) return '';
  return element.children.map((child) => (child.kind === 'text' ? child.value : '')).join('');
}

function child(element: XmlElement | undefined, local: string, ns = ''): XmlElement | undefined {
  return element?.children.find(
    (c): c is XmlElement => c.kind === 'element' && c.local === local && c.ns === ns,
  );
}

/** Reads a receipt. A message that is not a receipt gives a Report with an XML code. */
export function readReceipt(input: string | Uint8Array): {
  readonly receipt?: Receipt;
  readonly report: Report;
} {
  const parsed = parseXml(input);
  if (!parsed.ok) return { report: makeReport([parsed.issue]) };
  const root = parsed.root;
  const kind =
    root.ns === RECEIPT_NAMESPACE
      ? (Object.entries(ROOTS).find(([, name]) => name === root.local)?.[0] as Receipt['kind'] | undefined)
      : undefined;
  if (!kind) {
    const issue = makeIssue('XML_WRONG_ROOT', '', {
      found: `{${root.ns}}${root.local}`,
      expected: `{${RECEIPT_NAMESPACE}}${ROOTS.quittung}`,
    });
    return { report: makeReport([issue]) };
  }
  const head = child(root, HEADER_ELEMENT, RECEIPT_NAMESPACE);
  const id = child(head, 'identifikation.nachricht');
  const authority = (name: string) => ({
    kennung: text(child(child(head, name), 'kennung')),
    name: text(child(child(head, name), 'name')),
  });
  const header: MessageHeader = {
    nachrichtenUUID: text(child(id, 'nachrichtenUUID')),
    erstellungszeitpunkt: text(child(id, 'erstellungszeitpunkt')),
    autor: authority('autor'),
    leser: authority('leser'),
    referenzUUID: text(child(head, 'referenzUUID')),
    produkt: root.attributes.find((a) => a.local === 'produkt')?.value ?? '',
    produkthersteller: root.attributes.find((a) => a.local === 'produkthersteller')?.value ?? '',
  };
  const problems: Issue[] = [];
  if (
    !UUID.test(header.nachrichtenUUID) ||
    !UUID.test(header.referenzUUID ?? '') ||
    !DATETIME_WITH_ZONE.test(header.erstellungszeitpunkt)
  ) {
    problems.push(
      makeIssue('XML_HEADER', '', {
        detail: 'nachrichtenUUID, referenzUUID and erstellungszeitpunkt are required',
      }),
    );
  }
  const issues = root.children
    .filter((c): c is XmlElement => c.kind === 'element' && c.local === 'befund')
    .map((befund) => {
      const meldung = text(child(befund, 'meldung', RECEIPT_NAMESPACE));
      return {
        code: text(child(befund, 'code', RECEIPT_NAMESPACE)),
        path: text(child(befund, 'pfad', RECEIPT_NAMESPACE)),
        message: { de: meldung, en: meldung },
      };
    });
  const reason = text(child(child(root, 'grund', RECEIPT_NAMESPACE), 'code'));
  const receipt: Receipt =
    kind === 'quittung'
      ? { kind, header, answers: header.referenzUUID ?? '' }
      : { kind, header, answers: header.referenzUUID ?? '', reason, issues };
  return { receipt, report: makeReport(problems) };
}
