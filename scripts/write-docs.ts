/** Regenerates the generated docs: code catalogues in docs/report.md, docs/fim.md and docs/rules.md, docs/forms.md, docs/api-surface.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { CODE_LIST_SOURCES } from '../schemas/shared/codelists.js';
import { builtInForms } from '../src/forms/registry.js';
import { openApiDocument } from '../src/serve/openapi.js';
import { apiSurface, apiSurfaceMarkdown } from './docs/api-surface.js';
import {
  catalogueSections,
  diffSections,
  fillSections,
  fimSections,
  rulesSections,
  xmlSections,
} from './docs/catalogue.js';
import { formsMarkdown } from './docs/forms.js';
import { readManifests } from './forms/manifest.js';
import { loadFormNotes } from './forms/notes.js';

const report = 'docs/report.md';
writeFileSync(report, fillSections(readFileSync(report, 'utf8'), catalogueSections()));
console.log(`wrote ${report}`);

const fim = 'docs/fim.md';
writeFileSync(fim, fillSections(readFileSync(fim, 'utf8'), fimSections()));
const xml = 'docs/xml.md';
writeFileSync(xml, fillSections(readFileSync(xml, 'utf8'), xmlSections()));
console.log(`wrote ${fim}`);

const diffDoc = 'docs/diff.md';
writeFileSync(diffDoc, fillSections(readFileSync(diffDoc, 'utf8'), diffSections()));
console.log(`wrote ${diffDoc}`);

const rules = 'docs/rules.md';
writeFileSync(rules, fillSections(readFileSync(rules, 'utf8'), rulesSections()));
console.log(`wrote ${rules}`);

writeFileSync(
  'docs/forms.md',
  formsMarkdown([...builtInForms.values()], {
    notes: await loadFormNotes(process.cwd(), readManifests(process.cwd())),
    codeListSources: CODE_LIST_SOURCES,
  }),
);
console.log('wrote docs/forms.md');

writeFileSync('docs/api-surface.md', apiSurfaceMarkdown(apiSurface(process.cwd())));
console.log('wrote docs/api-surface.md');

writeFileSync('docs/openapi.json', `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log('wrote docs/openapi.json');
