/**
 * The versions of the shipped forms kept as data (`schemas/<form>/versions/<version>.json`,
 * written by `scripts/write-form-versions.ts`): each loads back with `loadDefinition` unchanged,
 * is named by its version, and the current version of every form is among them, equal to the
 * definition in code. So a form cannot change without a new version, and earlier versions stay
 * available side by side (for diffs and migration).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInForms } from '../src/forms/registry.js';
import { loadDefinition } from '../src/model/load.js';

for (const definition of builtInForms.values()) {
  const dir = `schemas/${definition.key}/versions`;
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  describe(`versions of ${definition.key}`, () => {
    it('keeps 1.0.0, the version before the forms were checked against the law', () => {
      expect(files).toContain('1.0.0.json');
    });

    for (const file of files) {
      it(`${file} loads back unchanged and carries its version`, () => {
        const text = readFileSync(`${dir}/${file}`, 'utf8');
        const loaded = loadDefinition(text);
        expect(loaded.ok, JSON.stringify(loaded.findings.slice(0, 3))).toBe(true);
        if (!loaded.ok) return;
        expect(loaded.definition).toEqual(JSON.parse(text));
        expect(`${loaded.definition.version}.json`).toBe(file);
        expect(loaded.definition.key).toBe(definition.key);
        expect(loaded.definition.id).toBe(definition.id);
      });
    }

    it(`the current version ${definition.version} is kept and equals the definition (run scripts/write-form-versions.ts)`, () => {
      const text = readFileSync(`${dir}/${definition.version}.json`, 'utf8');
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(definition)));
    });
  });
}
