/** Writes the generated example files: the demo definition and every form's invalid cases. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EXAMPLE_HEADER, EXAMPLE_REFERENCE_DATE } from '../examples/cases.js';
import { demoForm } from '../examples/demo/form.js';
import { formExamples, invalidSubmission } from '../examples/index.js';
import { compile } from '../src/validate/compile.js';
import { writeMessage, writeMessageUnchecked } from '../src/xml/write.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

writeFileSync('examples/demo/definition.json', json(demoForm));
console.log('wrote examples/demo/definition.json');

for (const { definition, cases, valid: validNames } of formExamples) {
  const form = compile(definition);
  for (const name of validNames) {
    const data = JSON.parse(readFileSync(`examples/${definition.key}/${name}.json`, 'utf8'));
    const written = writeMessage(form, data, EXAMPLE_HEADER, { referenceDate: EXAMPLE_REFERENCE_DATE });
    if (!written.ok) throw new Error(`examples/${definition.key}/${name}.json is not valid`);
    writeFileSync(`examples/${definition.key}/${name}.xml`, written.xml);
  }
  const dir = `examples/${definition.key}/invalid`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const valid = JSON.parse(readFileSync(`examples/${definition.key}/valid.json`, 'utf8'));
  const index: Record<string, unknown> = {};
  for (const invalidCase of cases) {
    const data = invalidSubmission(valid, invalidCase);
    writeFileSync(`${dir}/${invalidCase.name}.json`, json(data));
    const xml = writeMessageUnchecked(form, data, EXAMPLE_HEADER);
    if (xml.ok) writeFileSync(`${dir}/${invalidCase.name}.xml`, xml.xml);
    index[invalidCase.name] = {
      description: invalidCase.description,
      expect: invalidCase.expect,
    };
  }
  writeFileSync(`${dir}/expected.json`, json(index));
  console.log(`wrote ${cases.length} invalid examples to ${dir}`);
}
