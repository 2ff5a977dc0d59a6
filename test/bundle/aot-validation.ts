/**
 * Bundle entry "ahead-of-time validation": the Führerschein validator written by
 * `antrag compile fuehrerschein` (generated into the consumer project by the bundle test) with
 * `antrag/runtime`, validating a submission: no compile, no rule parser, no linter.
 */
// @ts-expect-error: generated in the consumer project by the bundle test; it has no types.
import { validate } from './fuehrerschein.validator.js';

const holder = globalThis as { antragInput?: unknown; antragResult?: unknown };
holder.antragResult = (validate as (data: unknown, options: object) => { valid: boolean })(
  holder.antragInput,
  {
    referenceDate: '2026-03-02',
  },
).valid;
