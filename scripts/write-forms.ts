/**
 * `npm run forms:write`: registers the forms of `schemas/<form>/manifest.json`. Writes the
 * generated registry and `antrag/forms` index, the form entries of package.json and tsconfig.json
 * (the build entries come from the manifests when tsup starts), freezes each form's current
 * version into `versions/` (listing it in the manifest), then regenerates the docs
 * (`npm run docs:write`: docs/forms.md, docs/api-surface.md). Prints what it wrote; exits 1 on a
 * broken manifest or a frozen version that would change.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLikeBiome } from './forms/format.js';
import {
  formsIndexSource,
  registrySource,
  versionsSource,
  withFormExports,
  withFormPaths,
} from './forms/generate.js';
import { type FormManifest, ManifestError, readManifests } from './forms/manifest.js';
import { freezeVersion, migrationFiles } from './forms/versions.js';

const root = process.cwd();

function write(path: string, text: string): void {
  const formatted = formatLikeBiome(root, path, text);
  const file = join(root, path);
  let before: string | undefined;
  try {
    before = readFileSync(file, 'utf8');
  } catch {
    before = undefined;
  }
  if (before === formatted) return;
  writeFileSync(file, formatted);
  console.log(`wrote ${path}`);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

let manifests: FormManifest[];
try {
  manifests = readManifests(root);
} catch (error) {
  if (!(error instanceof ManifestError)) throw error;
  console.error(error.message);
  process.exit(1);
}

write('src/forms/registry.ts', registrySource(manifests));
write('src/forms/index.ts', formsIndexSource(manifests));
write('package.json', json(withFormExports(readJson('package.json'), manifests)));
write('tsconfig.json', json(withFormPaths(readJson('tsconfig.json'), manifests)));

// The registry is imported only now, after it was written, so a new form is in it.
const { builtInForms } = await import('../src/forms/registry.js');
let failed = false;
const frozenManifests: FormManifest[] = [];
for (const manifest of manifests) {
  const definition = builtInForms.get(manifest.name);
  if (!definition) throw new Error(`${manifest.name} is missing from the registry just written`);
  const frozen = freezeVersion(root, manifest, definition);
  if (!frozen.ok) {
    console.error(frozen.problem);
    failed = true;
    frozenManifests.push(manifest);
    continue;
  }
  frozenManifests.push(frozen.manifest);
  if (frozen.wrote) console.log(`wrote ${frozen.wrote}`);
  if (frozen.manifest !== manifest) write(`schemas/${manifest.name}/manifest.json`, json(frozen.manifest));
}
// Every version, listed after freezing so that a version frozen just now is among them.
write(
  'src/forms/versions.ts',
  versionsSource(frozenManifests, new Map(frozenManifests.map((m) => [m.name, migrationFiles(root, m)]))),
);
if (failed) process.exit(1);

const docs = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/write-docs.ts'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(docs.status ?? 1);
