import { readFileSync } from 'node:fs';
import { formExamples, invalidSubmission } from './examples/index.js';
import { compile } from './src/validate/compile.js';
const key = process.argv[2];
for (const { definition, cases } of formExamples) {
  if (definition.key !== key) continue;
  const form = compile(definition);
  const valid = JSON.parse(readFileSync(`examples/${key}/valid.json`, 'utf8'));
  for (const c of cases) {
    const r = form.validate(invalidSubmission(valid, c), { referenceDate: '2026-03-02' });
    const got = r.issues.filter(i => i.severity === 'error').map(i => `${i.code} ${i.path}`);
    const exp = c.expect.map(e => `${e.code} ${e.path}`);
    if (JSON.stringify(got) !== JSON.stringify(exp)) console.log(c.name, 'GOT', got, 'EXPECTED', exp);
  }
}
