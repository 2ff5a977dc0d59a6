/**
 * The shipped code lists are what the genericode files of XRepository say (generated, never
 * edited), and every shipped form carries each list it references, so no validation of a
 * shipped form depends on loading lists at run time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCodeListData } from '../../scripts/code-lists.js';
import { builtInForms } from '../../src/forms/registry.js';
import { generateExample } from '../../src/generate/example.js';
import type { ChildDefinition } from '../../src/model/types.js';
import { compile } from '../../src/validate/compile.js';
import { EU_EWR_STAATEN } from './codelists.data.js';
import { GESCHLECHT_LISTE, STAATSANGEHOERIGKEIT_LISTE } from './codelists.js';

function references(children: readonly ChildDefinition[], out: Set<string>): Set<string> {
  for (const child of children) {
    if (child.kind === 'group') references(child.children, out);
    else if (child.codeList) out.add(`${child.codeList.uri}_${child.codeList.version}`);
  }
  return out;
}

describe('shipped code lists', () => {
  it('codelists.data.ts is generated from the genericode lists (run npm run codelists:write)', () => {
    expect(readFileSync('schemas/shared/codelists.data.ts', 'utf8')).toBe(renderCodeListData());
  });

  it('hold the real codes, e.g. XInneres Geschlecht 1 and DESTATIS key 000 Deutschland', () => {
    expect(GESCHLECHT_LISTE.values.map((v) => v.code)).toEqual(['m', 'w', 'x', 'd']);
    expect(STAATSANGEHOERIGKEIT_LISTE.values.find((v) => v.code === '000')?.name.de).toBe('Deutschland');
    expect(STAATSANGEHOERIGKEIT_LISTE.values).toHaveLength(211);
    // 27 EU states and Iceland, Liechtenstein, Norway; Switzerland is not an EEA state.
    expect(EU_EWR_STAATEN).toHaveLength(30);
    expect(EU_EWR_STAATEN).toContain('000');
    expect(EU_EWR_STAATEN).not.toContain('158');
  });

  for (const definition of builtInForms.values()) {
    it(`generateExample draws real codes for ${definition.key} (every list loaded, every code in it)`, () => {
      const form = compile(definition);
      for (const seed of [1, 2, 3]) {
        const data = generateExample(definition, { seed, shape: 'maximal' });
        const codes = form.validate(data).issues.map((issue) => issue.code);
        expect(codes).not.toContain('CODE_LIST_NOT_LOADED');
        expect(codes).not.toContain('CODE_NOT_IN_LIST');
      }
    });

    it(`${definition.key} carries every list it references, and only those`, () => {
      const carried = new Set((definition.codeLists ?? []).map((list) => `${list.uri}_${list.version}`));
      expect(carried).toEqual(references(definition.children, new Set()));
    });
  }
});
