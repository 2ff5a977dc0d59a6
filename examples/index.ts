/** The examples of every shipped form: valid submissions and invalid cases. */
import { alg2 } from '../schemas/alg2/form.js';
import { fuehrerschein } from '../schemas/fuehrerschein/form.js';
import { personenbefoerderungsschein } from '../schemas/personenbefoerderungsschein/form.js';
import type { FormDefinition } from '../src/model/types.js';
import { cases as alg2Cases } from './alg2/cases.js';
import type { InvalidCase } from './cases.js';
import { cases as fuehrerscheinCases } from './fuehrerschein/cases.js';
import { cases as personenbefoerderungsscheinCases } from './personenbefoerderungsschein/cases.js';

export interface FormExamples {
  readonly definition: FormDefinition;
  /** Valid submissions in `examples/<key>/`: the complete one, a minimal and a maximal one. */
  readonly valid: readonly ['valid', 'minimal', 'maximal'];
  readonly cases: readonly InvalidCase[];
}

const VALID = ['valid', 'minimal', 'maximal'] as const;

export const formExamples: readonly FormExamples[] = [
  { definition: fuehrerschein, valid: VALID, cases: fuehrerscheinCases },
  { definition: personenbefoerderungsschein, valid: VALID, cases: personenbefoerderungsscheinCases },
  { definition: alg2, valid: VALID, cases: alg2Cases },
];

/** The invalid submission of a case: the valid example with the case's change applied. */
export function invalidSubmission(valid: unknown, invalidCase: InvalidCase): unknown {
  const data = structuredClone(valid) as Record<string, unknown>;
  invalidCase.change(data);
  return data;
}
