/**
 * The notes of the shipped forms for docs/forms.md: each form's manifest names the module in its
 * folder that exports `notes` (what the form checks, records and leaves to the authority).
 * Loaded by `npm run docs:write` and the docs test; a form without notes is a broken manifest.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FormNotes } from '../docs/forms.js';
import { type FormManifest, ManifestError } from './manifest.js';

/** The notes of every form by name (the definition key), in manifest order. */
export async function loadFormNotes(
  root: string,
  manifests: readonly FormManifest[],
): Promise<ReadonlyMap<string, FormNotes>> {
  const notes = new Map<string, FormNotes>();
  for (const manifest of manifests) {
    const url = pathToFileURL(join(root, 'schemas', manifest.name, manifest.notes)).href;
    const module = (await import(/* @vite-ignore */ url)) as { notes?: FormNotes };
    if (typeof module.notes !== 'object' || module.notes === null)
      throw new ManifestError(`schemas/${manifest.name}/${manifest.notes} does not export notes`);
    notes.set(manifest.name, module.notes);
  }
  return notes;
}
