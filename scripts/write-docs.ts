/** Regenerates the generated docs: code catalogues in docs/report.md and docs/forms.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { CODE_LIST_SOURCES, FORM_NOTES } from '../schemas/docs.js';
import { apiSurface, apiSurfaceMarkdown } from '../src/docs/api-surface.js';
import { catalogueSections, fillSections, rulesSections } from '../src/docs/catalogue.js';
import { formsMarkdown } from '../src/docs/forms.js';
import { builtInForms } from '../src/forms/registry.js';

const report = 'docs/report.md';
writeFileSync(report, fillSections(readFileSync(report, 'utf8'), catalogueSections()));
console.log(`wrote ${report}`);

const rules = 'docs/rules.md';
writeFileSync(rules, fillSections(readFileSync(rules, 'utf8'), rulesSections()));
console.log(`wrote ${rules}`);

writeFileSync(
  'docs/forms.md',
  formsMarkdown([...builtInForms.values()], { notes: FORM_NOTES, codeListSources: CODE_LIST_SOURCES }),
);
console.log('wrote docs/forms.md');

writeFileSync('docs/api-surface.md', apiSurfaceMarkdown(apiSurface(process.cwd())));
console.log('wrote docs/api-surface.md');
