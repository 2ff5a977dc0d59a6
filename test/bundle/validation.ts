/** Bundle entry "validation alone": compile one shipped form and validate (what a portal page needs). */
import { compile } from 'antrag';
import { fuehrerschein } from 'antrag/forms/fuehrerschein';

const holder = globalThis as { antragInput?: unknown; antragResult?: unknown };
holder.antragResult = compile(fuehrerschein).validate(holder.antragInput, {
  referenceDate: '2026-03-02',
}).valid;
