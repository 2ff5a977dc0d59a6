/**
 * What the rule tests of every shipped form share: the compiled form, its valid example, the
 * error lines (`CODE /path`) of a submission, copies of the example with a change, and the rule
 * ids that no test has seen failing yet (each form's tests end by asserting there are none).
 */
import { readFileSync } from 'node:fs';
import type { FormDefinition } from '../../src/model/types.js';
import { compile } from '../../src/validate/compile.js';
import { executableRuleIds } from './rule-ids.js';

// biome-ignore lint/suspicious/noExplicitAny: test data is edited freely
export type Data = Record<string, any>;

export function ruleHarness(definition: FormDefinition, examplePath: string) {
  const form = compile(definition);
  const valid: Data = JSON.parse(readFileSync(examplePath, 'utf8'));
  const seen = new Set<string>();
  return {
    form,
    valid,
    /** The errors of a submission as `CODE /path`, validated on its application date by default. */
    errors(data: Data, referenceDate: string = data.antragsdatum): string[] {
      const report = form.validate(data, { referenceDate });
      for (const issue of report.issues) {
        if (typeof issue.params.ruleId === 'string') seen.add(issue.params.ruleId);
      }
      return report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.path}`);
    },
    /** A copy of the valid example with a change. */
    changed(change: (d: Data) => void = () => {}): Data {
      const d = structuredClone(valid);
      change(d);
      return d;
    },
    /** The executable rules of the form that no `errors` call has seen failing. */
    unseenRules(): string[] {
      return [...executableRuleIds(definition)].filter((id) => !seen.has(id));
    },
  };
}
