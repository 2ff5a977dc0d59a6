/**
 * The ahead-of-time validators in the browser: the modules `antrag compile` wrote for each
 * shipped form (generated into the consumer project by the browser test) validate a valid and
 * an empty submission; the page compares each report with the interpreter's (`compile`).
 */
import { compile } from 'antrag';
import { alg2 } from 'antrag/forms/alg2';
import { fuehrerschein } from 'antrag/forms/fuehrerschein';
import { personenbefoerderungsschein } from 'antrag/forms/personenbefoerderungsschein';
// @ts-expect-error: generated in the consumer project by the browser test; it has no types.
import { validate as validateAlg2 } from './alg2.validator.js';
// @ts-expect-error: generated in the consumer project by the browser test; it has no types.
import { validate as validateFuehrerschein } from './fuehrerschein.validator.js';
// @ts-expect-error: generated in the consumer project by the browser test; it has no types.
import { validate as validatePSchein } from './personenbefoerderungsschein.validator.js';

type Validate = (data: unknown, options: object) => { valid: boolean; issues: readonly unknown[] };

declare global {
  interface Window {
    antragAotResult?: unknown;
    antragInputs?: Record<string, unknown>;
  }
}

const forms = {
  fuehrerschein: [fuehrerschein, validateFuehrerschein],
  personenbefoerderungsschein: [personenbefoerderungsschein, validatePSchein],
  alg2: [alg2, validateAlg2],
} as const;
const options = { referenceDate: '2026-03-02' };
const result: Record<string, unknown> = {};
for (const [name, [definition, validate]] of Object.entries(forms)) {
  const form = compile(definition);
  const valid = (validate as Validate)(window.antragInputs?.[name], options);
  const empty = (validate as Validate)({}, options);
  result[name] = {
    valid: valid.valid,
    emptyIssues: empty.issues.length,
    same:
      JSON.stringify(valid) === JSON.stringify(form.validate(window.antragInputs?.[name], options)) &&
      JSON.stringify(empty) === JSON.stringify(form.validate({}, options)),
  };
}
window.antragAotResult = result;
