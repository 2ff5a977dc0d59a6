import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { makeReport } from '../issues/issue.js';
import { compile } from '../validate/compile.js';
import type { MessageHeader } from './message.js';
import { readMessage } from './read.js';
import { readReceipt, rejectionFor, rejectionReason, writeReceipt } from './receipt.js';
import { writeMessage } from './write.js';

const HEADER: MessageHeader = {
  nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
  erstellungszeitpunkt: '2026-03-02T10:15:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Portal' },
  leser: { kennung: 'psw:01003110', name: 'Führerscheinstelle' },
};
const RECEIPT_HEADER: MessageHeader = {
  ...HEADER,
  nachrichtenUUID: '7a1c9a4e-2b3d-4c5e-8f70-123456789abd',
  autor: HEADER.leser,
  leser: HEADER.autor,
};
const REF = { referenceDate: '2026-03-02' };
const form = compile(fuehrerschein);
const valid = JSON.parse(readFileSync('examples/fuehrerschein/valid.json', 'utf8'));
const written = writeMessage(form, valid, HEADER, REF);
if (!written.ok) throw new Error('the valid example must be writable');

describe('receipts', () => {
  it('an acknowledgement names the message it answers', () => {
    const text = writeReceipt({ kind: 'quittung', header: RECEIPT_HEADER, answers: HEADER.nachrichtenUUID });
    const back = readReceipt(text);
    expect(back.report.valid).toBe(true);
    expect(back.receipt).toMatchObject({ kind: 'quittung', answers: HEADER.nachrichtenUUID });
    expect(back.receipt?.header.nachrichtenUUID).toBe(RECEIPT_HEADER.nachrichtenUUID);
  });

  it('a rejection carries the reason code and the errors of the report, located in the message', () => {
    const broken = readMessage(
      form,
      written.xml.replace(
        '<m:sehtestDatum>2026-01-20</m:sehtestDatum>',
        '<m:sehtestDatum>2020-01-20</m:sehtestDatum>',
      ),
      REF,
    );
    const receipt = rejectionFor(broken.report, RECEIPT_HEADER, HEADER.nachrichtenUUID);
    expect(receipt.reason).toBe('S020');
    const back = readReceipt(writeReceipt(receipt));
    expect(back.report.valid).toBe(true);
    expect(back.receipt).toMatchObject({
      kind: 'rueckweisung',
      reason: 'S020',
      answers: HEADER.nachrichtenUUID,
      issues: [
        { code: 'FE_SEHTEST_ALT', path: '/nachweise/sehtestDatum', xml: { line: expect.any(Number) } },
      ],
    });
  });

  it('chooses the most fundamental reason first', () => {
    const issue = (code: string) => ({
      code,
      severity: 'error' as const,
      path: '',
      message: { de: code, en: code },
      params: {},
    });
    expect(rejectionReason(makeReport([issue('REQUIRED'), issue('XML_NOT_WELL_FORMED')]))).toBe('X000');
    expect(rejectionReason(makeReport([issue('CODE_NOT_IN_LIST'), issue('XML_UNKNOWN_ELEMENT')]))).toBe(
      'X001',
    );
    expect(rejectionReason(makeReport([issue('XML_WRONG_VERSION')]))).toBe('V000');
    expect(rejectionReason(makeReport([issue('CODE_NOT_IN_LIST')]))).toBe('S011');
    expect(rejectionReason(makeReport([issue('REQUIRED')]))).toBe('S020');
  });

  it('refuses to write a receipt no message can carry', () => {
    expect(() =>
      writeReceipt({ kind: 'quittung', header: RECEIPT_HEADER, answers: HEADER.nachrichtenUUID.slice(1) }),
    ).toThrow(RangeError);
    expect(() =>
      writeReceipt({
        kind: 'rueckweisung',
        header: RECEIPT_HEADER,
        answers: HEADER.nachrichtenUUID,
        reason: 'x',
      }),
    ).toThrow(/reason code/);
  });

  it('reports what is not a receipt instead of guessing', () => {
    expect(readReceipt(written.xml).report.issues.map((i) => i.code)).toEqual(['XML_WRONG_ROOT']);
    expect(readReceipt('<q').report.valid).toBe(false);
    const text = writeReceipt({ kind: 'quittung', header: RECEIPT_HEADER, answers: HEADER.nachrichtenUUID });
    const withoutReference = text.replace(/<referenzUUID>[^<]*<\/referenzUUID>/, '');
    const read = readReceipt(withoutReference);
    expect(read.receipt).toBeUndefined();
    expect(read.report.valid).toBe(false);
  });
});
