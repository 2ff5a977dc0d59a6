/** Writes schemas/shared/codelists.data.ts from the genericode lists (see scripts/code-lists.ts). */
import { writeFileSync } from 'node:fs';
import { renderCodeListData } from './code-lists.js';

writeFileSync('schemas/shared/codelists.data.ts', renderCodeListData());
console.log('wrote schemas/shared/codelists.data.ts');
