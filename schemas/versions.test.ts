/**
 * The versions of the shipped forms kept as data (`schemas/<form>/versions/<version>.json`,
 * written by `npm run forms:write` and listed in the form's manifest): each loads back with
 * `loadDefinition` unchanged, is named by its version, the folder holds exactly the versions the
 * manifest lists, and the newest is the definition in code. So a form cannot change without a
 * new version, and earlier versions stay available side by side (for diffs and migration).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentVersion, readManifests } from '../scripts/forms/manifest.js';
import { builtInForms } from '../src/forms/registry.js';
import { loadDefinition } from '../src/model/load.js';

const manifests = readManifests(process.cwd());

describe('versions of the forms of the law', () => {
  it('each keeps 1.0.0, the version before the forms were checked against the law', () => {
    for (const name of ['fuehrerschein', 'personenbefoerderungsschein', 'alg2']) {
      expect(manifests.find((manifest) => manifest.name === name)?.versions[0], name).toBe('1.0.0');
    }
  });
});

for (const manifest of manifests) {
  const dir = `schemas/${manifest.name}/versions`;
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  const definition = builtInForms.get(manifest.name);
  describe(`versions of ${manifest.name}`, () => {
    it('keeps exactly the versions its manifest lists (run npm run forms:write)', () => {
      expect(files.sort()).toEqual(manifest.versions.map((version) => `${version}.json`).sort());
    });

    for (const file of files) {
      it(`${file} loads back unchanged and carries its version`, () => {
        const text = readFileSync(`${dir}/${file}`, 'utf8');
        const loaded = loadDefinition(text);
        expect(loaded.ok, JSON.stringify(loaded.findings.slice(0, 3))).toBe(true);
        if (!loaded.ok) return;
        expect(loaded.definition).toEqual(JSON.parse(text));
        expect(`${loaded.definition.version}.json`).toBe(file);
        expect(loaded.definition.key).toBe(manifest.name);
        expect(loaded.definition.id).toBe(definition?.id);
      });
    }

    it(`the newest version ${currentVersion(manifest)} is the definition in code (run npm run forms:write)`, () => {
      expect(definition?.version).toBe(currentVersion(manifest));
      const text = readFileSync(`${dir}/${currentVersion(manifest)}.json`, 'utf8');
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(definition)));
    });
  });
}
