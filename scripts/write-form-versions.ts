/**
 * Writes each shipped form's definition, in the library's own JSON form (`loadDefinition` reads
 * it back), to `schemas/<form>/versions/<version>.json`. A written version is frozen: when the
 * file exists with other content, the script fails instead of overwriting it, because a changed
 * form must carry a new version (FIM: an element is identified by id and version).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtInForms } from '../src/forms/registry.js';

let failed = false;
for (const definition of builtInForms.values()) {
  const dir = `schemas/${definition.key}/versions`;
  const file = `${dir}/${definition.version}.json`;
  const text = `${JSON.stringify(definition, null, 2)}\n`;
  if (existsSync(file)) {
    if (readFileSync(file, 'utf8') !== text) {
      console.error(`${file} exists with other content: raise the version of ${definition.key} first`);
      failed = true;
    }
    continue;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
if (failed) process.exit(1);
