/**
 * The manifest of a shipped form: `schemas/<name>/manifest.json`, the one place a form is
 * registered. `readManifests(root)` reads every folder under `schemas/` that has one, checks each
 * (a broken manifest is a broken definition of the package: it throws `ManifestError` naming the
 * file and every problem), and returns them in their `order`. Everything that lists the forms —
 * the registry, `antrag/forms`, the exports map, the build entries, the CLI's list, the API
 * surface — is derived from this list (see `generate.ts`). Build-time only; never shipped.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareVersions } from '../../src/evolution/versions/order.js';

export interface FormManifest {
  /** Folder name, CLI name (`antrag validate <name>`), subpath `antrag/forms/<name>` and build entry. */
  readonly name: string;
  /** Position in every list of forms (registry, CLI help, exports map, docs): ascending, unique. */
  readonly order: number;
  /** The module in the folder that defines the form, e.g. `form.ts`. */
  readonly module: string;
  /**
   * The module in the folder whose `notes` (`FormNotes`) say for docs/forms.md what the form
   * checks, records and leaves to the authority, e.g. `notes.ts`.
   */
  readonly notes: string;
  /** The exported `FormDefinition` constant of that module. */
  readonly export: string;
  /** The exported submission type (`Submission<typeof form>`). */
  readonly type: string;
  /** Further value exports of the module that `antrag/forms` re-exports (code lists, limits). */
  readonly extraExports: readonly string[];
  /**
   * The frozen versions kept as `versions/<version>.json`, ascending, the newest being the one the
   * definition carries. `forms:write` freezes the current version and adds it here; a new form
   * starts with `[]`.
   */
  readonly versions: readonly string[];
}

/** Orders versions numerically, part by part: the library's one order of version numbers. */
export { compareVersions };

/** A manifest that cannot be used; the message names the file and each problem. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

const MANIFEST = 'manifest.json';
const KEYS = ['name', 'order', 'module', 'notes', 'export', 'type', 'extraExports', 'versions'] as const;
/** A name usable as folder, CLI argument and package subpath: lower-case ASCII, digits, `-`. */
const NAME = /^[a-z][a-z0-9-]*$/;
/** A JavaScript identifier as the generated `export { … }` lists need it. */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MODULE = /^[A-Za-z0-9_-]+\.ts$/;
/** FIM versions: numbers separated by dots (`1.0.0`, `2.1`). */
const VERSION = /^\d+(?:\.\d+)*$/;

/** True for a version a manifest can list. */
export const isVersion = (version: string) => VERSION.test(version);

/** The problems of one parsed manifest in folder `folder` (empty when it is usable). */
export function manifestProblems(value: unknown, folder: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not a JSON object'];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(record)) {
    if (!(KEYS as readonly string[]).includes(key)) problems.push(`unknown property "${key}"`);
  }
  const { name, order, extraExports, versions } = record;
  if (typeof name !== 'string' || !NAME.test(name)) problems.push('"name" must match ' + NAME.source);
  else if (name !== folder) problems.push(`"name" is "${name}" but the folder is "${folder}"`);
  if (typeof order !== 'number' || !Number.isInteger(order) || order < 0)
    problems.push('"order" must be a non-negative integer');
  for (const key of ['module', 'notes'] as const) {
    const file = record[key];
    if (typeof file !== 'string' || !MODULE.test(file)) problems.push(`"${key}" must be a .ts file name`);
  }
  for (const key of ['export', 'type'] as const) {
    const identifier = record[key];
    if (typeof identifier !== 'string' || !IDENTIFIER.test(identifier))
      problems.push(`"${key}" must be an identifier`);
  }
  if (!Array.isArray(extraExports) || extraExports.some((x) => typeof x !== 'string' || !IDENTIFIER.test(x)))
    problems.push('"extraExports" must be a list of identifiers');
  if (!Array.isArray(versions) || versions.some((x) => typeof x !== 'string' || !VERSION.test(x)))
    problems.push('"versions" must be a list of versions like 1.0.0');
  else if (versions.some((x, i) => i > 0 && compareVersions(versions[i - 1] as string, x as string) >= 0))
    problems.push('"versions" must be ascending without repeats');
  return problems;
}

/** The manifests under `<root>/schemas/`, checked, in `order`. Throws `ManifestError` on a broken one. */
export function readManifests(root: string): FormManifest[] {
  const schemas = join(root, 'schemas');
  const manifests: FormManifest[] = [];
  const problems: string[] = [];
  for (const entry of readdirSync(schemas, { withFileTypes: true })) {
    const file = join(schemas, entry.name, MANIFEST);
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const where = `schemas/${entry.name}/${MANIFEST}`;
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${where}: not JSON (${(error as Error).message})`);
      continue;
    }
    const found = manifestProblems(value, entry.name);
    if (found.length > 0) problems.push(...found.map((problem) => `${where}: ${problem}`));
    else {
      const manifest = value as FormManifest;
      for (const file of new Set([manifest.module, manifest.notes])) {
        if (!existsSync(join(schemas, entry.name, file)))
          problems.push(`${where}: the module ${file} does not exist`);
      }
      manifests.push(manifest);
    }
  }
  manifests.sort((a, b) => a.order - b.order);
  for (let i = 1; i < manifests.length; i++) {
    const [before, after] = [manifests[i - 1] as FormManifest, manifests[i] as FormManifest];
    if (before.order === after.order)
      problems.push(`schemas/${before.name} and schemas/${after.name} have the same "order" ${after.order}`);
  }
  const exported = new Map<string, string>();
  for (const manifest of manifests) {
    for (const identifier of [manifest.export, manifest.type, ...manifest.extraExports]) {
      const other = exported.get(identifier);
      if (other !== undefined)
        problems.push(`"${identifier}" is exported by both ${other} and ${manifest.name} (antrag/forms)`);
      exported.set(identifier, manifest.name);
    }
  }
  if (problems.length > 0) throw new ManifestError(`broken form manifests:\n  ${problems.join('\n  ')}`);
  return manifests;
}

/** The newest version a manifest keeps (none before the first `forms:write`). */
export function currentVersion(manifest: FormManifest): string | undefined {
  return manifest.versions[manifest.versions.length - 1];
}
