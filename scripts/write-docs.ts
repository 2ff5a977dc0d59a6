/** Regenerates the generated sections of the docs (code catalogues). */
import { readFileSync, writeFileSync } from 'node:fs';
import { catalogueSections, fillSections } from '../src/docs/catalogue.js';

const path = 'docs/report.md';
writeFileSync(path, fillSections(readFileSync(path, 'utf8'), catalogueSections()));
console.log(`wrote ${path}`);
