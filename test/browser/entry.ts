/**
 * A small browser consumer: the validation path of a portal (a shipped form, compile, validate,
 * an incremental session, writing and reading a message). The browser test bundles it from the
 * packed package (`antrag`, not `src/`) with esbuild and runs it in headless Chromium.
 */
import { compile, fromXml, standardSchema, toXml } from 'antrag';
import { fuehrerschein } from 'antrag/forms/fuehrerschein';

declare global {
  interface Window {
    antragResult?: unknown;
    antragInput?: unknown;
  }
}

const form = compile(fuehrerschein);
const data = window.antragInput;
const report = form.validate(data, { referenceDate: '2026-03-02' });
const session = form.session(data, { referenceDate: '2026-03-02' });
const change = session.set('/antragsteller/geburtsdatum', '2010-01-01');
const header = {
  nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
  erstellungszeitpunkt: '2026-03-02T10:15:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Portal' },
  leser: { kennung: 'psw:01003110', name: 'Behörde' },
};
const written = toXml(form, data, header, { referenceDate: '2026-03-02' });
const readBack = written.ok ? fromXml(form, written.xml, { referenceDate: '2026-03-02' }) : undefined;
const standard = standardSchema(form, { referenceDate: '2026-03-02' })['~standard'].validate(data);
window.antragResult = {
  xmlRoot: written.ok ? /<m:([\w.]+) /.exec(written.xml)?.[1] : undefined,
  roundTrip: JSON.stringify(readBack?.data) === JSON.stringify(data),
  valid: report.valid,
  errors: report.issues.filter((issue) => issue.severity === 'error').length,
  added: change.added.map((issue) => [issue.code, issue.path]),
  standardSchemaIssues: (standard as { issues?: readonly unknown[] }).issues?.length ?? 0,
  userAgent: navigator.userAgent,
};
