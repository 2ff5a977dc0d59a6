/**
 * The definition format as a zod schema, built from the model's own vocabularies
 * (`FELDARTEN`, `RULE_KINDS`, …) so the types in `types.ts` and the file format cannot drift: a
 * type test (`schema.test-d.ts`) fails when the schema's output and `FormDefinition` differ.
 * The FIM extension (`src/fim/extension.ts`) builds its schema from these parts.
 *
 * The schemas are built on the first call, not at module load: a bundle that validates but never
 * loads a definition file then carries no zod (docs/decisions/0009-package-shape.md).
 * What zod cannot say precisely (the `min:max` syntax of a cardinality, id and date syntax) is
 * checked by the lint, which runs after the shape check.
 */

import { z } from 'zod';
import {
  ABLEITUNG_REPRAESENTATION,
  ABLEITUNG_STRUKTUR,
  type Cardinality,
  DATENTYPEN,
  FELDARTEN,
  type FieldDefinition,
  FREIGABESTATUS,
  type GroupDefinition,
  PRAEDIKATE,
  RULE_KINDS,
  RULE_TYPEN,
  SCHEMAELEMENTARTEN,
  VORBEFUELLUNGEN,
} from './types.js';

function buildModelSchemas() {
  const localText = z.strictObject({ de: z.string(), en: z.string().optional() });
  const status = z.literal(FREIGABESTATUS);
  // Any string passes here; the lint reports one that is not `min:max` (DEF_INVALID_CARDINALITY).
  const cardinality = z.string().pipe(z.custom<Cardinality>());

  const relation = z.strictObject({
    praedikat: z.enum(PRAEDIKATE),
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
    status: status.optional(),
    statusDate: z.string().optional(),
    publicationDate: z.string().optional(),
    validFrom: z.string().optional(),
    validUntil: z.string().optional(),
    schemaelementart: z.enum(SCHEMAELEMENTARTEN).optional(),
    author: z.string().optional(),
    versionNote: z.string().optional(),
    relations: z.array(relation).optional(),
  };

  const occurrence = {
    key: z.string(),
    cardinality: cardinality.optional(),
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

  const messageSettings = z.strictObject({
    namespace: z.string().optional(),
    rootElement: z.string().optional(),
    standard: z.string().optional(),
  });

  const fileConstraints = z.strictObject({
    mediaTypes: z.array(z.string()).optional(),
    maxSize: z.number().optional(),
  });

  const rule = z.strictObject({
    kind: z.literal('rule'),
    id: z.string(),
    version: z.string(),
    name: z.string(),
    ruleKind: z.enum(RULE_KINDS),
    typ: z.enum(RULE_TYPEN),
    expression: z.string().optional(),
    description: z.string().optional(),
    freitext: z.string().optional(),
    bezug: z.string().optional(),
    author: z.string().optional(),
    code: z.string().optional(),
    message: localText.optional(),
    status: status.optional(),
    validFrom: z.string().optional(),
    validUntil: z.string().optional(),
    foreignScript: z.string().optional(),
  });

  const bound = z.union([z.number(), z.string()]);

  const field = z.strictObject({
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
    file: fileConstraints.optional(),
    vorbefuellung: z.enum(VORBEFUELLUNGEN).optional(),
    rules: z.array(rule).optional(),
  });

  // Groups nest; the getter defers the recursion until zod reads it.
  const group = z.strictObject({
    kind: z.literal('group'),
    ...meta,
    ...occurrence,
    get children(): z.ZodArray<z.ZodType<FieldDefinition | GroupDefinition>> {
      return z.array(child);
    },
    rules: z.array(rule).optional(),
  });
  const child: z.ZodType<FieldDefinition | GroupDefinition> = z.discriminatedUnion('kind', [
    field,
    group,
  ]) as never;

  const ableitungsmodifikationen = z.strictObject({
    struktur: z.literal(ABLEITUNG_STRUKTUR).optional(),
    repraesentation: z.literal(ABLEITUNG_REPRAESENTATION).optional(),
  });

  const elementReference = z.strictObject({ id: z.string(), version: z.string().optional() });

  const definition = z.strictObject({
    $schema: z.string().optional(),
    kind: z.literal('schema'),
    format: z.literal('antrag/definition@1'),
    ...meta,
    key: z.string(),
    children: z.array(child),
    rules: z.array(rule).optional(),
    codeLists: z.array(codeList).optional(),
    message: messageSettings.optional(),
    ableitungsmodifikationen: ableitungsmodifikationen.optional(),
    dokumentsteckbrief: elementReference.optional(),
  });

  return {
    localText,
    status,
    codeValue,
    codeList,
    messageSettings,
    ableitungsmodifikationen,
    elementReference,
    fileConstraints,
    rule,
    field,
    group,
    definition,
  };
}

/** The zod schemas of the definition format and its parts. */
export type ModelSchemas = ReturnType<typeof buildModelSchemas>;

let cached: ModelSchemas | undefined;

/** The zod schemas of the definition format, built once on first use. */
export function modelSchemas(): ModelSchemas {
  cached ??= buildModelSchemas();
  return cached;
}
