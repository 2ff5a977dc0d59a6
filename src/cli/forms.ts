/**
 * Resolving the `<form>` argument of every command: a built-in form name (its current version),
 * a built-in form in a shipped version (`alg2@1.0.0`), a definition JSON file, or an
 * XDatenfelder 2/3 file (imported on the fly, as `antrag import` would). An unknown
 * name suggests the nearest built-in form; an XDF file that does not import says to run
 * `antrag import` for the details.
 */

import { importXdf } from '../fim/import.js';
import { builtInForms } from '../forms/registry.js';
import { shippedVersions } from '../forms/versions.js';
import type { Report } from '../issues/issue.js';
import type { LintFinding } from '../model/lint.js';
import { loadDefinition } from '../model/load.js';
import type { FormDefinition } from '../model/types.js';
import type { CliIo } from './io.js';
import { nearest } from './suggest.js';

export type FormResolution =
  | { readonly ok: true; readonly definition: FormDefinition }
  | {
      readonly ok: false;
      readonly message: string;
      readonly findings?: readonly LintFinding[];
      readonly report?: Report;
    };

/** True when the bytes start (after a BOM, NULs of UTF-16 and white space) with `<`. */
export function looksLikeXml(bytes: Uint8Array): boolean {
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) {
    const byte = bytes[i] as number;
    if (byte === 0xef || byte === 0xbb || byte === 0xbf || byte === 0xfe || byte === 0xff || byte <= 0x20)
      continue;
    return byte === 0x3c;
  }
  return false;
}

function readBytes(io: CliIo, path: string): Uint8Array | undefined {
  try {
    if (path === '-') return io.readStdin?.();
    return io.readFile(path);
  } catch {
    return undefined;
  }
}

/** `name@version` of a built-in form, or undefined when the argument is not of that shape. */
function shippedVersion(argument: string): FormResolution | undefined {
  const match = /^([a-z][a-z0-9-]*)@(\d+(?:\.\d+)*)$/.exec(argument);
  if (!match || !builtInForms.has(match[1] as string)) return undefined;
  const [, name, version] = match as unknown as [string, string, string];
  const key = builtInForms.get(name)?.key;
  const versions = shippedVersions().filter((definition) => definition.key === key);
  const found = versions.find((definition) => definition.version === version);
  if (found) return { ok: true, definition: found };
  return {
    ok: false,
    message: `${name} is not shipped in version ${version}; shipped versions: ${versions.map((d) => d.version).join(', ')}`,
  };
}

export function resolveForm(io: CliIo, argument: string): FormResolution {
  const builtIn = builtInForms.get(argument);
  if (builtIn) return { ok: true, definition: builtIn };
  const versioned = shippedVersion(argument);
  if (versioned) return versioned;
  const bytes = readBytes(io, argument);
  if (bytes === undefined) {
    const names = [...builtInForms.keys()];
    const guess = nearest(argument, names);
    const hint = guess ? ` Did you mean "${guess}"?` : '';
    return {
      ok: false,
      message:
        `unknown form "${argument}": not a built-in form and not a readable file.${hint}` +
        ` Built-in forms: ${names.join(', ')}; or give a definition JSON or an XDatenfelder file.`,
    };
  }
  if (looksLikeXml(bytes)) {
    const imported = importXdf(bytes);
    if (!imported.definition || !imported.report.valid) {
      return {
        ok: false,
        message:
          `${argument} is not a usable XDatenfelder schema; run "antrag import ${argument}" for ` +
          'the details and to save a definition JSON you can correct',
        report: imported.report,
      };
    }
    return { ok: true, definition: imported.definition };
  }
  const loaded = loadDefinition(new TextDecoder().decode(bytes));
  if (!loaded.ok)
    return { ok: false, message: `the definition in ${argument} has errors`, findings: loaded.findings };
  return { ok: true, definition: loaded.definition };
}
