import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInForms } from '../forms/registry.js';
import { formsMarkdown } from './forms.js';

describe('docs/forms.md', () => {
  it('is generated from the shipped definitions (run npm run docs:write)', () => {
    expect(readFileSync('docs/forms.md', 'utf8')).toBe(formsMarkdown([...builtInForms.values()]));
  });

  it('lists every element of every form with its FIM id', () => {
    const markdown = formsMarkdown([...builtInForms.values()]);
    const ids = JSON.stringify([...builtInForms.values()]).match(/"id":"[FG]\d+"/g) ?? [];
    for (const id of new Set(ids)) expect(markdown).toContain(id.slice(6, -1));
  });
});
