/** Writes the generated example files: the demo definition and every form's invalid cases. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { demoForm } from '../examples/demo/form.js';
import { formExamples, invalidSubmission } from '../examples/index.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

writeFileSync('examples/demo/definition.json', json(demoForm));
console.log('wrote examples/demo/definition.json');

for (const { definition, cases } of formExamples) {
  const dir = `examples/${definition.key}/invalid`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const valid = JSON.parse(readFileSync(`examples/${definition.key}/valid.json`, 'utf8'));
  const index: Record<string, unknown> = {};
  for (const invalidCase of cases) {
    writeFileSync(`${dir}/${invalidCase.name}.json`, json(invalidSubmission(valid, invalidCase)));
    index[invalidCase.name] = { description: invalidCase.description, expect: invalidCase.expect };
  }
  writeFileSync(`${dir}/expected.json`, json(index));
  console.log(`wrote ${cases.length} invalid examples to ${dir}`);
}
