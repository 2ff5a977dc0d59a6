/**
 * The peer adapters of the benchmark do real validation: each accepts the valid benchmark data
 * and rejects broken data (also a code that is not in a code list the form carries), also when
 * the peer is built once and reused, as the benchmark times it; XMLBuilder writes the same
 * document as `toXml`.
 */
import { describe, expect, it } from 'vitest';
import { formioComponents, formioValidate } from '../bench/peers/formio.js';
import { surveyData, surveyJson, surveyModel, surveyValidate } from '../bench/peers/survey.js';
import { builderTree, sameDocument, xmlBuilder } from '../bench/peers/xml-builder.js';
import { alg2Data, alg2Unbounded, HEADER, REFERENCE_DATE } from '../bench/workloads.js';
import { compile } from '../src/validate/compile.js';
import { writeMessage } from '../src/xml/write.js';

const valid = alg2Data(3) as {
  antragsdatum: string;
  antragsteller: { familienname: string; geschlecht: string };
};

function broken(): Array<Record<string, unknown>> {
  const { antragsdatum: _, ...missing } = valid;
  const tooLong = structuredClone(valid);
  tooLong.antragsteller.familienname = 'x'.repeat(200);
  const notInList = structuredClone(valid);
  notInList.antragsteller.geschlecht = 'q';
  return [missing, tooLong, notInList];
}

describe('benchmark peers', () => {
  it('the data uses a code list the form carries', () => {
    // q is not in XInneres Geschlecht; antrag says so with the list loaded (the oracle for the peers).
    const report = compile(alg2Unbounded).validate(broken()[2], { referenceDate: REFERENCE_DATE });
    expect(report.issues.map((issue) => issue.code)).toContain('CODE_NOT_IN_LIST');
  });

  it('@formio/core accepts the valid application and rejects broken ones', () => {
    const form = formioComponents(alg2Unbounded);
    expect(formioValidate(form, valid)).toBe(0);
    for (const data of broken()) {
      expect(formioValidate(form, data)).toBeGreaterThan(0);
      expect(formioValidate(form, valid)).toBe(0);
    }
  });

  it('survey-core, its model built once, accepts the valid application and rejects broken ones', () => {
    const model = surveyModel(surveyJson(alg2Unbounded));
    expect(surveyValidate(model, surveyData(alg2Unbounded, valid))).toBe(true);
    for (const data of broken()) {
      expect(surveyValidate(model, surveyData(alg2Unbounded, data))).toBe(false);
      // The same model judges the next data afresh.
      expect(surveyValidate(model, surveyData(alg2Unbounded, valid))).toBe(true);
    }
  });

  it('XMLBuilder writes the same document as toXml, leading zeros kept; a changed value is not the same', () => {
    const written = writeMessage(compile(alg2Unbounded), valid, HEADER, { referenceDate: REFERENCE_DATE });
    if (!written.ok) throw new Error('invalid benchmark data');
    expect(written.xml).toContain('<code>000</code>');
    const built = xmlBuilder().build(builderTree(written.xml)) as string;
    expect(built).toContain('<code>000</code>');
    expect(sameDocument(built, written.xml)).toBe(true);
    expect(sameDocument(built.replace('<code>000</code>', '<code>0</code>'), written.xml)).toBe(false);
  });
});
