import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  catalogueSections,
  diffSections,
  fillSections,
  fimSections,
  rulesSections,
  xmlSections,
} from './catalogue.js';

describe('docs/report.md', () => {
  it('lists every issue and lint code as the code defines them (run npm run docs:write)', () => {
    const committed = readFileSync('docs/report.md', 'utf8');
    expect(fillSections(committed, catalogueSections())).toBe(committed);
  });
});

describe('docs/diff.md', () => {
  it('lists every change kind and versioning code as the code defines them (run npm run docs:write)', () => {
    const committed = readFileSync('docs/diff.md', 'utf8');
    expect(fillSections(committed, diffSections())).toBe(committed);
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

/** The TypeScript files under a folder, with their text. */
function sources(dir: string, tests: boolean): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(path, tests));
    else if (/\.ts$/.test(entry.name) && /\.test(-d)?\.ts$/.test(entry.name) === tests) {
      out.push({ path, text: readFileSync(path, 'utf8') });
    }
  }
  return out;
}

describe('the catalogue of codes', () => {
  const catalogued = new Map<string, string>();
  for (const [layer, codes] of Object.entries(CATALOGUES)) {
    for (const code of Object.keys(codes)) {
      expect(catalogued.has(code), `${code} is in two catalogues`).toBe(false);
      catalogued.set(code, layer);
    }
  }
  const catalogueFiles = [
    'validate/codes.ts',
    'xml/codes.ts',
    'fim/codes.ts',
    'model/lint-codes.ts',
    'rules/rule-codes.ts',
    'serve/codes.ts',
    'evolution/derive/codes.ts',
    'evolution/migrate/codes.ts',
  ];
  const library = sources('src', false).filter(
    (file) => !catalogueFiles.some((name) => file.path.replace(/\\/g, '/').endsWith(name)),
  );
  /** Quoted words that look like codes: capitals, digits and at least one underscore. */
  const quoted = (text: string) =>
    [...text.matchAll(/['"]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"]/g)].map((match) => match[1] as string);

  /** Codes of other libraries the source reads (Fastify's errors), never emitted. */
  const foreign = new Set(['FST_ERR_CTP_BODY_TOO_LARGE', 'FST_ERR_CTP_INVALID_MEDIA_TYPE']);

  it('holds every code the library source emits', () => {
    const emitted = new Set(
      library.flatMap((file) => quoted(file.text)).filter((code) => !foreign.has(code)),
    );
    expect([...emitted].filter((code) => !catalogued.has(code)).sort()).toEqual([]);
  });

  it('holds only codes the library emits somewhere', () => {
    const text = library.map((file) => file.text).join('\n');
    const unused = [...catalogued.keys()].filter(
      (code) => !text.includes(`'${code}'`) && !text.includes(`"${code}"`),
    );
    expect(unused.sort()).toEqual([]);
  });

  it('holds only codes a test expects', () => {
    const tests = [...sources('src', true), ...sources('test', true)].map((file) => file.text).join('\n');
    const untested = [...catalogued.keys()].filter((code) => !tests.includes(code));
    expect(untested.sort()).toEqual([]);
  });

  it('keeps German messages German: a detail in English goes into params, not into the German text', () => {
    // These two receive their detail in each language (formatMessage per language).
    const localisedDetail = new Set(['XDF_NOT_WELL_FORMED', 'XDF_DEFINITION_INVALID']);
    const withDetail = Object.values(CATALOGUES).flatMap((codes) =>
      Object.entries(codes as Record<string, { de: string }>)
        .filter(([code, info]) => info.de.includes('{detail}') && !localisedDetail.has(code))
        .map(([code]) => code),
    );
    expect(withDetail).toEqual([]);
  });
});
