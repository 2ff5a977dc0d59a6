/**
 * Loading a definition file: checks its shape against the definition format (a zod schema that
 * mirrors `FormDefinition`), then lints it. Unknown properties are errors, so typos surface.
 *
 * The zod schema is built on the first call, not at module load: a bundle that validates but
 * never loads a definition file then carries no zod at all (see docs/decisions/0009-package-shape.md).
 */

import { z } from 'zod';
import { formatMessage } from '../issues/catalogue.js';
import type { CodeListRegistry } from './codelists.js';
import { type LintFinding, lint } from './lint.js';
import { LINT_CODES } from './lint-codes.js';
import { DATENTYPEN, FELDARTEN, type FormDefinition } from './types.js';

/** The zod schema of a definition file (format `antrag/definition@1`), built once on first use. */
let cachedSchema: ReturnType<typeof buildDefinitionSchema> | undefined;
export function definitionSchema(): ReturnType<typeof buildDefinitionSchema> {
  cachedSchema ??= buildDefinitionSchema();
  return cachedSchema;
}

interface GroupShape {
  kind: 'group';
  children: unknown[];
}

function buildDefinitionSchema() {
  const localText = z.strictObject({ de: z.string(), en: z.string().optional() });

  const relation = z.strictObject({
    praedikat: z.enum(['ABL', 'ERS', 'EQU', 'VKN']),
    objekt: z.strictObject({ id: z.string(), version: z.string().optional() }),
  });

  const meta = {
    id: z.string(),
    version: z.string(),
    name: z.string(),
    label: localText.optional(),
    outputLabel: localText.optional(),
    description: z.string().optional(),
    definition: z.string().optional(),
    help: localText.optional(),
    outputHelp: localText.optional(),
    bezug: z.string().optional(),
    status: z.literal([1, 2, 3, 4, 5, 6, 7, 8]).optional(),
    statusDate: z.string().optional(),
    publicationDate: z.string().optional(),
    validFrom: z.string().optional(),
    validUntil: z.string().optional(),
    schemaelementart: z.enum(['ABS', 'HAR', 'RNG']).optional(),
    author: z.string().optional(),
    versionNote: z.string().optional(),
    relations: z.array(relation).optional(),
  };

  const occurrence = {
    key: z.string(),
    cardinality: z.string().optional(),
    occurrenceBezug: z.string().optional(),
  };

  const codeValue = z.strictObject({ code: z.string(), name: localText, help: localText.optional() });

  const codeListRef = z.strictObject({
    uri: z.string(),
    version: z.string(),
    codeKey: z.string().optional(),
    nameKey: z.string().optional(),
    helpKey: z.string().optional(),
  });

  const codeList = z.strictObject({
    uri: z.string(),
    version: z.string(),
    shortName: z.string().optional(),
    name: z.string().optional(),
    values: z.array(codeValue),
  });

  const ruleSchema = z.strictObject({
    kind: z.literal('rule'),
    id: z.string(),
    version: z.string(),
    name: z.string(),
    ruleKind: z.enum([
      'relevant',
      'required',
      'constraint',
      'calculate',
      'minCount',
      'maxCount',
      'documentation',
    ]),
    typ: z.enum(['K', 'M', 'V', 'B']),
    expression: z.string().optional(),
    description: z.string().optional(),
    freitext: z.string().optional(),
    bezug: z.string().optional(),
    author: z.string().optional(),
    code: z.string().optional(),
    message: localText.optional(),
    status: meta.status,
    validFrom: z.string().optional(),
    validUntil: z.string().optional(),
    foreignScript: z.string().optional(),
  });

  const bound = z.union([z.number(), z.string()]);

  const fieldSchema = z.strictObject({
    kind: z.literal('field'),
    ...meta,
    ...occurrence,
    feldart: z.enum(FELDARTEN),
    datentyp: z.enum(DATENTYPEN),
    praezisierung: z
      .strictObject({
        minLength: z.number().optional(),
        maxLength: z.number().optional(),
        minValue: bound.optional(),
        maxValue: bound.optional(),
        pattern: z.string().optional(),
      })
      .optional(),
    codeList: codeListRef.optional(),
    values: z.array(codeValue).optional(),
    content: z.string().optional(),
    file: z
      .strictObject({ mediaTypes: z.array(z.string()).optional(), maxSize: z.number().optional() })
      .optional(),
    vorbefuellung: z.enum(['keine', 'optional', 'verpflichtend']).optional(),
    rules: z.array(ruleSchema).optional(),
  });

  const groupSchema: z.ZodType<GroupShape> = z.strictObject({
    kind: z.literal('group'),
    ...meta,
    ...occurrence,
    get children() {
      return z.array(z.discriminatedUnion('kind', [fieldSchema, groupSchema as never]));
    },
    rules: z.array(ruleSchema).optional(),
  }) as never;

  return z.strictObject({
    $schema: z.string().optional(),
    kind: z.literal('schema'),
    format: z.literal('antrag/definition@1'),
    ...meta,
    key: z.string(),
    children: z.array(z.discriminatedUnion('kind', [fieldSchema, groupSchema as never])),
    rules: z.array(ruleSchema).optional(),
    codeLists: z.array(codeList).optional(),
    message: z
      .strictObject({
        namespace: z.string().optional(),
        rootElement: z.string().optional(),
        standard: z.string().optional(),
      })
      .optional(),
  });
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
  const definition = data as FormDefinition;
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
