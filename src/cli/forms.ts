/** Resolving the `<form>` argument: a built-in form name or a path to a definition JSON file. */

import { readFileSync } from 'node:fs';
import { builtInForms } from '../forms/registry.js';
import type { LintFinding } from '../model/lint.js';
import { loadDefinition } from '../model/load.js';
import type { FormDefinition } from '../model/types.js';

export type FormResolution =
  | { readonly ok: true; readonly definition: FormDefinition }
  | { readonly ok: false; readonly message: string; readonly findings?: readonly LintFinding[] };

export function resolveForm(argument: string): FormResolution {
  const builtIn = builtInForms.get(argument);
  if (builtIn) return { ok: true, definition: builtIn };
  let text: string;
  try {
    text = readFileSync(argument, 'utf8');
  } catch {
    const names = [...builtInForms.keys()];
    const known = names.length ? ` Built-in forms: ${names.join(', ')}.` : '';
    return {
      ok: false,
      message: `unknown form "${argument}": not a built-in form and not a readable file.${known}`,
    };
  }
  const loaded = loadDefinition(text);
  if (!loaded.ok)
    return { ok: false, message: `the definition in ${argument} has errors`, findings: loaded.findings };
  return { ok: true, definition: loaded.definition };
}
