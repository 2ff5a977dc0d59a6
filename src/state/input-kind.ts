/**
 * The input a renderer draws for a field, decided by its FIM `feldart` and `datentyp` alone
 * (XDatenfelder 3): `select` for select fields, `static` for label fields (text only), `hidden`
 * for hidden fields, otherwise one kind per data type. `locked` fields keep the kind of their
 * data type and are read-only (see `ElementState.readOnly`).
 */

import type { Datentyp, FieldDefinition } from '../model/types.js';

/** Every input kind, with the data types that map to it. */
export const INPUT_KINDS = {
  text: { datentypen: ['text', 'text_latin'] },
  date: { datentypen: ['date'] },
  time: { datentypen: ['time'] },
  datetime: { datentypen: ['datetime'] },
  boolean: { datentypen: ['bool'] },
  number: { datentypen: ['num'] },
  integer: { datentypen: ['num_int'] },
  currency: { datentypen: ['num_currency'] },
  file: { datentypen: ['file', 'obj'] },
  select: { datentypen: [] },
  static: { datentypen: [] },
  hidden: { datentypen: [] },
} as const satisfies Record<string, { readonly datentypen: readonly Datentyp[] }>;

/** What a renderer draws for a field; `group` for groups and the form. */
export type InputKind = keyof typeof INPUT_KINDS | 'group';

const BY_DATENTYP = new Map<Datentyp, InputKind>(
  Object.entries(INPUT_KINDS).flatMap(([kind, { datentypen }]) =>
    datentypen.map((datentyp: Datentyp) => [datentyp, kind as InputKind] as const),
  ),
);

/** The input kind of a field. */
export function inputKindOf(field: FieldDefinition): InputKind {
  switch (field.feldart) {
    case 'select':
      return 'select';
    case 'label':
      return 'static';
    case 'hidden':
      return 'hidden';
    default:
      // Inline values make a choice even where the feldart says input (seen in imported files).
      if (field.values !== undefined && field.values.length > 0) return 'select';
      return BY_DATENTYP.get(field.datentyp) ?? 'text';
  }
}
