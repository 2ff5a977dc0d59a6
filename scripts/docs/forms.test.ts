import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_LIST_SOURCES } from '../../schemas/shared/codelists.js';
import { builtInForms } from '../../src/forms/registry.js';
import { readManifests } from '../forms/manifest.js';
import { loadFormNotes } from '../forms/notes.js';
import { formsMarkdown } from './forms.js';

const FORM_NOTES = await loadFormNotes(process.cwd(), readManifests(process.cwd()));

const options = { notes: FORM_NOTES, codeListSources: CODE_LIST_SOURCES };

describe('docs/forms.md', () => {
  it('is generated from the shipped definitions (run npm run docs:write)', () => {
    expect(readFileSync('docs/forms.md', 'utf8')).toBe(formsMarkdown([...builtInForms.values()], options));
  });

  it('lists every element of every form with its FIM id', () => {
    const markdown = formsMarkdown([...builtInForms.values()]);
    const ids = JSON.stringify([...builtInForms.values()]).match(/"id":"[FG]\d+"/g) ?? [];
    for (const id of new Set(ids)) expect(markdown).toContain(id.slice(6, -1));
  });

  it('says for every form what it checks, records and leaves to the authority, and where each code list comes from', () => {
    const markdown = formsMarkdown([...builtInForms.values()], options);
    for (const definition of builtInForms.values()) {
      expect(FORM_NOTES.has(definition.key), definition.key).toBe(true);
      for (const list of definition.codeLists ?? []) {
        expect(CODE_LIST_SOURCES.get(`${list.uri}_${list.version}`), list.uri).toBeDefined();
      }
    }
    expect(markdown.match(/### What the form checks/g)).toHaveLength(builtInForms.size);
    expect(markdown.match(/### What is left to the authority/g)).toHaveLength(builtInForms.size);
    expect(markdown).toContain('genericode xinneres-geschlecht_1.xml');
  });
});
