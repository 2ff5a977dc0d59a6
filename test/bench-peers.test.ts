/**
 * The peer adapters of the benchmark do real validation: each accepts the valid benchmark data
 * and rejects an invalid change, so the comparison measures equal work (where they can do it).
 */
import { describe, expect, it } from 'vitest';
import { formioComponents, formioValidate } from '../bench/peers/formio.js';
import { surveyData, surveyJson, surveyValidate } from '../bench/peers/survey.js';
import { alg2Data, alg2Unbounded } from '../bench/workloads.js';

const valid = alg2Data(3);

describe('benchmark peers', () => {
  it('@formio/core accepts the valid application and rejects broken ones', () => {
    const form = formioComponents(alg2Unbounded);
    expect(formioValidate(form, valid)).toBe(0);
    const { antragsdatum: _, ...missing } = valid;
    expect(formioValidate(form, missing)).toBeGreaterThan(0);
    const tooLong = structuredClone(valid) as { antragsteller: { familienname: string } };
    tooLong.antragsteller.familienname = 'x'.repeat(200);
    expect(formioValidate(form, tooLong)).toBeGreaterThan(0);
  });

  it('survey-core accepts the valid application and rejects broken ones', () => {
    const json = surveyJson(alg2Unbounded);
    expect(surveyValidate(json, surveyData(alg2Unbounded, valid))).toBe(true);
    const { antragsdatum: _, ...missing } = valid;
    expect(surveyValidate(json, surveyData(alg2Unbounded, missing))).toBe(false);
    const tooLong = structuredClone(valid) as { antragsteller: { familienname: string } };
    tooLong.antragsteller.familienname = 'x'.repeat(200);
    expect(surveyValidate(json, surveyData(alg2Unbounded, tooLong))).toBe(false);
  });
});
