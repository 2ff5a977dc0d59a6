import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueSections, fillSections, fimSections, rulesSections, xmlSections } from './catalogue.js';

describe('docs/report.md', () => {
  it('lists every issue and lint code as the code defines them (run npm run docs:write)', () => {
    const committed = readFileSync('docs/report.md', 'utf8');
    expect(fillSections(committed, catalogueSections())).toBe(committed);
  });
});

describe('docs/rules.md', () => {
  it('lists every function and rule finding as the code defines them (run npm run docs:write)', () => {
    const committed = readFileSync('docs/rules.md', 'utf8');
    expect(fillSections(committed, rulesSections())).toBe(committed);
  });
});

describe('docs/fim.md', () => {
  it('lists every XDF_ code as the code defines them (run npm run docs:write)', () => {
    const committed = readFileSync('docs/fim.md', 'utf8');
    expect(fillSections(committed, fimSections())).toBe(committed);
  });
});

describe('docs/xml.md', () => {
  it('lists the reader findings with their JSON counterparts as the code defines them (run npm run docs:write)', () => {
    const committed = readFileSync('docs/xml.md', 'utf8');
    expect(fillSections(committed, xmlSections())).toBe(committed);
  });
});
