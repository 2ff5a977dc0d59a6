/**
 * The errors a submission gets as an XML message: written without checks (as a faulty portal
 * would send it), read back, as `CODE path` lines — for tests that compare JSON and XML.
 */
import type { CompiledForm } from '../../src/validate/compile.js';
import { readMessage } from '../../src/xml/read.js';
import { writeMessageUnchecked } from '../../src/xml/write.js';

const HEADER = {
  nachrichtenUUID: '2f7c1e1a-5b0d-4c8e-9a3f-000000000001',
  erstellungszeitpunkt: '2026-01-01T09:00:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Portal' },
  leser: { kennung: 'psw:01003110', name: 'Behörde' },
};

export function messageErrors(form: CompiledForm, data: unknown, referenceDate: string): string[] {
  const written = writeMessageUnchecked(form, data, HEADER);
  if (!written.ok) throw new Error('the message could not be written');
  return readMessage(form, written.xml, { referenceDate })
    .report.issues.filter((issue) => issue.severity === 'error')
    .map((issue) => `${issue.code} ${issue.path}`);
}
