/**
 * The derivation format (`antrag/derivation@1`): a Land's or municipality's schema described as
 * the parent it derives from (FIM id and version), its own identity and texts, and the list of
 * modifications, applied in order. Elements are named by their path of keys from the form,
 * written like a JSON pointer into a submission without array indices (`/antragsteller/familienname`;
 * `''` is the form itself, where elements can be added). Keys cannot contain `/`, so a path is
 * unambiguous.
 *
 * The zod schema mirrors the types (a type test, `format.test-d.ts`, fails when they drift) and is
 * built on the first call, like the definition format's (src/model/schema.ts).
 */

import { z } from 'zod';
import { modelSchemas } from '../../model/schema.js';
import {
  type Ableitungsmodifikationen,
  type Cardinality,
  type ChildDefinition,
  type ElementReference,
  type Freigabestatus,
  type LocalText,
  type MessageSettings,
  PRAEDIKATE,
  type Praezisierung,
  type Relation,
} from '../../model/types.js';

/** The identity and texts of the derived schema. Texts left out are taken from the parent. */
export interface DerivedSchemaHeader {
  /** Its own FIM id (a Nummernkreis of the deriving body), never the parent's. */
  readonly id: string;
  readonly version: string;
  /** Readable key of the derived form (the root element name in XML, the name in the CLI). */
  readonly key: string;
  readonly name: string;
  readonly label?: LocalText;
  readonly outputLabel?: LocalText;
  readonly description?: string;
  readonly definition?: string;
  readonly help?: LocalText;
  readonly outputHelp?: LocalText;
  readonly bezug?: string;
  readonly status?: Freigabestatus;
  readonly statusDate?: string;
  readonly publicationDate?: string;
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly author?: string;
  readonly versionNote?: string;
  /** Further relations; the relation ABL to the parent is added by `deriveForm`. */
  readonly relations?: readonly Relation[];
  /** What schemas derived from this one may modify. */
  readonly ableitungsmodifikationen?: Ableitungsmodifikationen;
  /** Default: the parent's. */
  readonly dokumentsteckbrief?: ElementReference;
  /** Default: the parent's. */
  readonly message?: MessageSettings;
}

/** Restrict how often an element occurs (structure: einschränken). */
export interface CardinalityModification {
  readonly kind: 'cardinality';
  readonly path: string;
  readonly cardinality: Cardinality;
}

/** Offer only some of the codes of a select field (representation). */
export interface ValuesModification {
  readonly kind: 'values';
  readonly path: string;
  /** The codes kept, each one the parent allows; listed in the parent's order in the result. */
  readonly codes: readonly string[];
}

/** Narrow the praezisierung of a field (representation); the given properties replace the parent's. */
export interface PraezisierungModification {
  readonly kind: 'praezisierung';
  readonly path: string;
  readonly praezisierung: Praezisierung;
}

/** Leave out an optional element (structure: einschränken). */
export interface HideModification {
  readonly kind: 'hide';
  readonly path: string;
}

/** Add an element with FIM ids of its own (structure: erweitern). */
export interface AddModification {
  readonly kind: 'add';
  /** The group to add to; `''` for the form. */
  readonly path: string;
  /** The key of the sibling to insert after; absent: at the end. */
  readonly after?: string;
  readonly element: ChildDefinition;
}

/** Override labels and help texts (representation). */
export interface TextsModification {
  readonly kind: 'texts';
  readonly path: string;
  readonly label?: LocalText;
  readonly outputLabel?: LocalText;
  readonly help?: LocalText;
  readonly outputHelp?: LocalText;
}

/** One modification of a derivation. */
export type Modification =
  | CardinalityModification
  | ValuesModification
  | PraezisierungModification
  | HideModification
  | AddModification
  | TextsModification;

/** The kinds of modification, in the order of the catalogue in docs/guides/standards-editor.md. */
export const MODIFICATION_KINDS = ['cardinality', 'values', 'praezisierung', 'hide', 'add', 'texts'] as const;

/** A derived schema as data: parent, own identity, modifications (format `antrag/derivation@1`). */
export interface Derivation {
  readonly format: 'antrag/derivation@1';
  readonly parent: { readonly id: string; readonly version: string };
  readonly derived: DerivedSchemaHeader;
  readonly modifications: readonly Modification[];
}

function buildDerivationSchemas() {
  const model = modelSchemas();
  const { localText, status } = model;
  const cardinality = z.string().pipe(z.custom<Cardinality>());
  const path = z.string().regex(/^(\/[^/]+)*$/, 'a path of keys: /group/field, or "" for the form');
  const relation = z.strictObject({
    praedikat: z.enum(PRAEDIKATE),
    objekt: z.strictObject({ id: z.string(), version: z.string().optional() }),
  });
  const child = z.discriminatedUnion('kind', [model.field, model.group]);

  const header = z.strictObject({
    id: z.string(),
    version: z.string(),
    key: z.string(),
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
    author: z.string().optional(),
    versionNote: z.string().optional(),
    relations: z.array(relation).optional(),
    ableitungsmodifikationen: model.ableitungsmodifikationen.optional(),
    dokumentsteckbrief: model.elementReference.optional(),
    message: model.messageSettings.optional(),
  });

  const modification = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('cardinality'), path, cardinality }),
    z.strictObject({ kind: z.literal('values'), path, codes: z.array(z.string()).min(1) }),
    z.strictObject({
      kind: z.literal('praezisierung'),
      path,
      praezisierung: model.field.shape.praezisierung.unwrap(),
    }),
    z.strictObject({ kind: z.literal('hide'), path }),
    z.strictObject({ kind: z.literal('add'), path, after: z.string().optional(), element: child }),
    z.strictObject({
      kind: z.literal('texts'),
      path,
      label: localText.optional(),
      outputLabel: localText.optional(),
      help: localText.optional(),
      outputHelp: localText.optional(),
    }),
  ]);

  const derivation = z.strictObject({
    $schema: z.string().optional(),
    format: z.literal('antrag/derivation@1'),
    parent: z.strictObject({ id: z.string(), version: z.string() }),
    derived: header,
    modifications: z.array(modification),
  });
  return { header, modification, derivation };
}

/** The zod schemas of the derivation format. */
export type DerivationSchemas = ReturnType<typeof buildDerivationSchemas>;

let cached: DerivationSchemas | undefined;

/** The zod schemas of the derivation format, built once on first use. */
export function derivationSchemas(): DerivationSchemas {
  cached ??= buildDerivationSchemas();
  return cached;
}
