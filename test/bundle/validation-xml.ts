/** Bundle entry "validation + XML": one shipped form, validation, a session, writing and reading messages. */
import { compile, fromXml, toXml } from 'antrag';
import { fuehrerschein } from 'antrag/forms/fuehrerschein';

const holder = globalThis as { antragInput?: unknown; antragResult?: unknown };
const form = compile(fuehrerschein);
const session = form.session(holder.antragInput, { referenceDate: '2026-03-02' });
const written = toXml(form, holder.antragInput, {
  nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
  erstellungszeitpunkt: '2026-03-02T10:15:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Portal' },
  leser: { kennung: 'psw:01003110', name: 'Behörde' },
});
holder.antragResult = [session.report().valid, written.ok && fromXml(form, written.xml).report.valid];
