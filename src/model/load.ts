/**
 * Loading a definition file: checks its shape against the definition format (a zod schema that
 * mirrors `FormDefinition`), then lints it. Unknown properties are errors, so typos surface.
 *
 * The zod schema is built on the first call, not at module load: a bundle that validates but
 * never loads a definition file then carries no zod at all (see docs/decisions/0009-package-shape.md).
 */

import { formatMessage } from '../issues/catalogue.js';
import type { CodeListRegistry } from './codelists.js';
import { type LintFinding, lint } from './lint.js';
import { LINT_CODES } from './lint-codes.js';
import { type ModelSchemas, modelSchemas } from './schema.js';
import type { FormDefinition } from './types.js';

/** The zod schema of a definition file (format `antrag/definition@1`), built once on first use. */
export function definitionSchema(): ModelSchemas['definition'] {
  return modelSchemas().definition;
}

/** The result of `loadDefinition`: the definition (with warnings) or the findings that stop it. */
export type LoadResult =
  | { readonly ok: true; readonly definition: FormDefinition; readonly findings: readonly LintFinding[] }
  | { readonly ok: false; readonly findings: readonly LintFinding[] };

/**
 * Loads a definition from JSON text or parsed JSON: shape check, then lint. `ok` is false when
 * any finding is an error; `findings` then says what and where.
 */
export function loadDefinition(input: unknown, options: { codeLists?: CodeListRegistry } = {}): LoadResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return { ok: false, findings: [schemaFinding('', `invalid JSON: ${(error as Error).message}`)] };
    }
  }
  const parsed = definitionSchema().safeParse(data);
  if (!parsed.success) {
    const findings = parsed.error.issues.slice(0, 50).map((issue) => {
      const path = issue.path.map((p) => `/${String(p)}`).join('');
      return schemaFinding(path, `${path || '(root)'}: ${issue.message}`);
    });
    return { ok: false, findings };
  }
  // The schema's output is FormDefinition (schema.test-d.ts), save that zod types an absent
  // optional property as `undefined`, which exactOptionalPropertyTypes keeps apart.
  const definition = parsed.data as FormDefinition;
  const findings = lint(definition, options.codeLists ? { codeLists: options.codeLists } : {});
  return findings.some((f) => f.severity === 'error')
    ? { ok: false, findings }
    : { ok: true, definition, findings };
}

function schemaFinding(path: string, detail: string): LintFinding {
  const info = LINT_CODES.DEF_SCHEMA;
  return {
    code: 'DEF_SCHEMA',
    severity: 'error',
    path,
    keyPath: '',
    message: { de: formatMessage(info.de, { detail }), en: formatMessage(info.en, { detail }) },
    params: { detail },
  };
}
