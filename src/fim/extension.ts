/**
 * The antrag extension of an XDF 3 element: what the definition holds beyond XDatenfelder (the
 * readable keys, English texts, how a rule acts, carried code lists, message settings) travels
 * as JSON in one `stichwort` with the URI `EXTENSION_URI`. FIM tools show it as a keyword and
 * otherwise ignore it; the importer reads it back, so `importXdf(toXdf(d))` gives `d` again.
 * A file without the extension imports with derived keys and XDF defaults.
 *
 * The schemas are built from the model's (`src/model/schema.ts`) on first use, so bundles that
 * never import XDF carry no zod.
 */

import { z } from 'zod';
import { modelSchemas } from '../model/schema.js';
import { RULE_KINDS, SCHEMAELEMENTARTEN } from '../model/types.js';

/** The `stichwort/@uri` of the extension. */
export const EXTENSION_URI = 'urn:antrag:xdf:erweiterung:1';

/**
 * Properties the exporter filled with an XDF default because the definition has none.
 * (`vorbefuellung` is no longer written here, since an absent one means `keine`; it is still
 * read from files written before.)
 */
export const DEFAULTED = ['status', 'schemaelementart', 'label', 'vorbefuellung', 'cardinality'] as const;
export type Defaulted = (typeof DEFAULTED)[number];

/** Builds the zod schemas of the extension; called once, on the first import that reads one. */
function buildSchemas() {
  const model = modelSchemas();

  const englishTexts = z.strictObject({
    label: z.string().optional(),
    outputLabel: z.string().optional(),
    help: z.string().optional(),
    outputHelp: z.string().optional(),
  });

  const elementExtension = z.strictObject({
    /** The form's key (schema only). */
    key: z.string().optional(),
    /** The keys of the children, in order (schema and groups). */
    keys: z.array(z.string()).optional(),
    /** Indices of children whose cardinality the definition leaves implicit. */
    implicitCardinality: z.array(z.number().int().nonnegative()).optional(),
    /** English texts of the element. */
    en: englishTexts.optional(),
    /** German output texts of the schema (XDF 3 has only `bezeichnung` and `hilfetext` there). */
    outputLabel: z.string().optional(),
    outputHelp: z.string().optional(),
    /** English names and help texts of inline values, by index (`null`: none). */
    values: z
      .array(z.strictObject({ name: z.string().optional(), help: z.string().optional() }).nullable())
      .optional(),
    defaulted: z.array(z.enum(DEFAULTED)).optional(),
    /** The schema's schemaelementart (an XDF 3 schema has none). */
    schemaelementart: z.enum(SCHEMAELEMENTARTEN).optional(),
    message: model.messageSettings.optional(),
    codeLists: z.array(model.codeList).optional(),
    /** The file constraints as the definition writes them, when XDF cannot tell them apart. */
    file: model.fileConstraints.optional(),
    /** The definition states `vorbefuellung: 'keine'` (XDF 3 writes `keine` for an absent one too). */
    vorbefuellung: z.literal('keine').optional(),
  });

  const ruleExtension = z.strictObject({
    ruleKind: z.enum(RULE_KINDS).optional(),
    code: z.string().optional(),
    message: model.localText.optional(),
    status: model.status.optional(),
    validFrom: z.string().optional(),
    validUntil: z.string().optional(),
    foreignScript: z.string().optional(),
    /** The `skript` holds the rule's foreign script, not an expression. */
    scriptIsForeign: z.literal(true).optional(),
  });

  return { elementExtension, ruleExtension };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;
function extensionSchemas(): ReturnType<typeof buildSchemas> {
  schemas ??= buildSchemas();
  return schemas;
}

export type ElementExtension = z.infer<ReturnType<typeof buildSchemas>['elementExtension']>;
export type RuleExtension = z.infer<ReturnType<typeof buildSchemas>['ruleExtension']>;

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly detail: string };

function parseWith<T>(schema: z.ZodType<T>, text: string): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, detail: `invalid JSON (${(error as Error).message})` };
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    const at = first ? first.path.map(String).join('.') : '';
    return { ok: false, detail: `${at || '(root)'}: ${first?.message ?? 'invalid'}` };
  }
  return { ok: true, value: result.data };
}

/** Reads the extension of a schema, group or field. */
export function parseElementExtension(text: string): Parsed<ElementExtension> {
  return parseWith(extensionSchemas().elementExtension, text);
}

/** Reads the extension of a rule. */
export function parseRuleExtension(text: string): Parsed<RuleExtension> {
  return parseWith(extensionSchemas().ruleExtension, text);
}

/** The JSON text of an extension, or undefined when it holds nothing. */
export function extensionText(extension: Record<string, unknown>): string | undefined {
  const entries = Object.entries(extension).filter(([, value]) => value !== undefined);
  return entries.length === 0 ? undefined : JSON.stringify(Object.fromEntries(entries));
}
