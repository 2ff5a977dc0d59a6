/**
 * The property of the diff's classification on the shipped forms' real version change
 * (1.0.0 → 2.0.0): generated valid submissions of the old version are validated against the new
 * one, and every issue the new version reports must be explained by a change the diff did not
 * call compatible old→new (test/support/evolution.ts says what explains an issue). So no change
 * called compatible ever produced an issue.
 */
import { describe, expect, it } from 'vitest';
import {
  explainingChanges,
  REFERENCE_DATE,
  SHIPPED_CODE_LISTS,
  shippedVersion,
  validSubmissions,
  withShippedLists,
} from '../../../test/support/evolution.js';
import { builtInForms } from '../../forms/registry.js';
import { compile } from '../../validate/compile.js';
import { diffDefinitions } from './diff.js';

const SUBMISSIONS = 500;

describe('diff of the shipped versions 1.0.0 → 2.0.0', () => {
  for (const name of builtInForms.keys()) {
    it(`${name}: no issue of ${SUBMISSIONS} valid old submissions comes from a change called compatible`, () => {
      const before = shippedVersion(name, '1.0.0');
      const after = shippedVersion(name, '2.0.0');
      const diff = diffDefinitions(before, after, { codeLists: SHIPPED_CODE_LISTS });
      const oldForm = compile(withShippedLists(before));
      const newForm = compile(after, { codeLists: SHIPPED_CODE_LISTS });
      const submissions = validSubmissions(oldForm, SUBMISSIONS);
      expect(submissions.length).toBe(SUBMISSIONS);
      const unexplained: string[] = [];
      let rejected = 0;
      for (const data of submissions) {
        expect(oldForm.validate(data, { referenceDate: REFERENCE_DATE }).valid).toBe(true);
        const report = newForm.validate(structuredClone(data), { referenceDate: REFERENCE_DATE });
        if (!report.valid) rejected++;
        for (const issue of report.issues)
          if (explainingChanges(issue, diff.changes).length === 0)
            unexplained.push(`${issue.code} at ${issue.path} ${JSON.stringify(issue.params)}`);
      }
      expect([...new Set(unexplained)]).toEqual([]);
      // The version change breaks old submissions, and the diff says so.
      expect(rejected).toBeGreaterThan(0);
      expect(diff.changes.some((change) => change.oldToNew.class !== 'compatible')).toBe(true);
      expect(diff.versioning.required).toBe('major');
      expect(diff.versioning.step).toBe('major');
    }, 120_000);
  }
});
