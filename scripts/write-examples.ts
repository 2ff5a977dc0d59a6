/** Writes the definition files of the examples from their TypeScript sources. */
import { writeFileSync } from 'node:fs';
import { demoForm } from '../examples/demo/form.js';

writeFileSync('examples/demo/definition.json', `${JSON.stringify(demoForm, null, 2)}\n`);
console.log('wrote examples/demo/definition.json');
