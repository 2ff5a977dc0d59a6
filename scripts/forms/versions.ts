/**
 * The frozen versions of a shipped form: its definition, in the library's own JSON form
 * (`loadDefinition` reads it back), as `schemas/<name>/versions/<version>.json`, one file per
 * version the manifest lists. A written version is never overwritten: a changed form must carry
 * a new version (FIM: an element is identified by id and version).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormDefinition } from '../../src/model/types.js';
import { compareVersions, currentVersion, type FormManifest, isVersion } from './manifest.js';

/** The text of a frozen version file. */
export const versionText = (definition: FormDefinition) => `${JSON.stringify(definition, null, 2)}\n`;

export type FreezeResult =
  | { readonly ok: true; readonly wrote?: string; readonly manifest: FormManifest }
  | { readonly ok: false; readonly problem: string };

/**
 * Writes the definition's current version if it is not frozen yet and returns the manifest
 * with that version listed. Fails when the file exists with other content, when the definition's
 * key is not the form's name, or when its version is older than the newest one listed.
 */
export function freezeVersion(
  root: string,
  manifest: FormManifest,
  definition: FormDefinition,
): FreezeResult {
  const folder = `schemas/${manifest.name}`;
  const refuse = (problem: string): FreezeResult => ({ ok: false, problem });
  const { key, version } = definition;
  if (key !== manifest.name)
    return refuse(`${folder}: the definition's key is "${key}", not "${manifest.name}"`);
  if (!isVersion(version))
    return refuse(`${folder}: the definition's version "${version}" is not like 1.0.0`);
  const newest = currentVersion(manifest);
  const listed = manifest.versions.includes(version);
  if (!listed && newest !== undefined && compareVersions(version, newest) < 0)
    return refuse(`${folder}: the definition's version ${version} is older than ${newest}`);
  const file = `${folder}/versions/${version}.json`;
  const text = versionText(definition);
  const path = join(root, file);
  let wrote: string | undefined;
  if (existsSync(path)) {
    if (readFileSync(path, 'utf8') !== text)
      return refuse(`${file} exists with other content: raise the version of ${manifest.name} first`);
  } else {
    mkdirSync(join(root, folder, 'versions'), { recursive: true });
    writeFileSync(path, text);
    wrote = file;
  }
  const frozen = listed ? manifest : { ...manifest, versions: [...manifest.versions, version] };
  return { ok: true, manifest: frozen, ...(wrote ? { wrote } : {}) };
}

/**
 * The migrations shipped with a form: `schemas/<name>/migrations/<from>-<to>.json`, by name,
 * sorted (the generated `antrag/forms/versions` imports them).
 */
export function migrationFiles(root: string, manifest: FormManifest): string[] {
  const folder = join(root, 'schemas', manifest.name, 'migrations');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /^\d+(?:\.\d+)*-\d+(?:\.\d+)*\.json$/.test(name))
    .sort();
}
