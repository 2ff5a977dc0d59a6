/**
 * Builders: write a form in TypeScript and get plain definition data with literal types, so that
 * `Submission<typeof form>` is the exact type of a submission.
 *
 * @example
 * ```ts
 * const form = defineForm({
 *   id: 'S99000001', version: '1.0.0', name: 'Demo', key: 'demo',
 *   children: [
 *     field.text({ key: 'familienname', id: 'F99000001', version: '1.0.0', name: 'Familienname',
 *       label: { de: 'Familienname' }, praezisierung: { maxLength: 120 } }),
 *   ],
 * });
 * type Data = Submission<typeof form>; // { familienname: string }
 * ```
 */

import type {
  Cardinality,
  ChildDefinition,
  Datentyp,
  Feldart,
  FieldDefinition,
  FileValue,
  FormDefinition,
  GroupDefinition,
  ObjValue,
  RuleDefinition,
} from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What every field builder takes: the field's meta data and occurrence, without kind and type. */
export type FieldInput = Omit<FieldDefinition, 'kind' | 'datentyp' | 'feldart' | 'values' | 'codeList'> & {
  /** `input` (default), `hidden` or `locked`. */
  readonly feldart?: 'input' | 'hidden' | 'locked';
};

export type SelectInput = Omit<FieldDefinition, 'kind' | 'feldart' | 'datentyp'> & {
  readonly datentyp?: Datentyp;
};

export type LabelInput = Omit<
  FieldDefinition,
  'kind' | 'feldart' | 'datentyp' | 'praezisierung' | 'values' | 'codeList' | 'cardinality' | 'file'
>;

export type GroupInput = Omit<GroupDefinition, 'kind'>;

export type FormInput = Omit<FormDefinition, 'kind' | 'format'>;

type CardinalityOf<O> = O extends { readonly cardinality: infer C extends Cardinality } ? C : '1:1';
type FeldartOf<O, Default extends Feldart> = O extends { readonly feldart: infer F extends Feldart }
  ? F
  : Default;

/** The definition a field builder returns: the input plus kind, type, field kind and cardinality. */
export type BuiltField<O, T extends Datentyp, F extends Feldart> = Omit<
  O,
  'feldart' | 'cardinality' | 'datentyp'
> & {
  readonly kind: 'field';
  readonly datentyp: T;
  readonly feldart: FeldartOf<O, F>;
  readonly cardinality: CardinalityOf<O>;
};

export type BuiltGroup<O> = Omit<O, 'cardinality'> & {
  readonly kind: 'group';
  readonly cardinality: CardinalityOf<O>;
};

export type BuiltForm<O> = O & { readonly kind: 'schema'; readonly format: 'antrag/definition@1' };

function makeField<T extends Datentyp, F extends Feldart>(
  datentyp: T,
  defaultFeldart: F,
  input: object,
): FieldDefinition {
  const given = input as { readonly feldart?: Feldart; readonly cardinality?: Cardinality };
  const built: Mutable<Partial<FieldDefinition>> & Record<string, unknown> = { kind: 'field', ...input };
  built.feldart = given.feldart ?? defaultFeldart;
  built.datentyp = datentyp;
  built.cardinality = given.cardinality ?? '1:1';
  return built as FieldDefinition;
}

function typed<T extends Datentyp>(datentyp: T) {
  return <const O extends FieldInput>(input: O): BuiltField<O, T, 'input'> =>
    makeField(datentyp, 'input', input) as unknown as BuiltField<O, T, 'input'>;
}

/** Field builders, one per FIM data type, plus `select` and `label`. */
export const field = {
  /** Free text (`text`). */
  text: typed('text'),
  /** Text restricted to the DIN 91379 character set (`text_latin`), for names and addresses. */
  textLatin: typed('text_latin'),
  /** Calendar date, `YYYY-MM-DD` (`date`). */
  date: typed('date'),
  /** Time of day, `hh:mm:ss` (`time`). */
  time: typed('time'),
  /** Date and time, `YYYY-MM-DDThh:mm:ss` with zone (`datetime`). */
  datetime: typed('datetime'),
  /** Yes/no (`bool`). */
  bool: typed('bool'),
  /** Decimal number (`num`). */
  num: typed('num'),
  /** Whole number (`num_int`). */
  int: typed('num_int'),
  /** Amount of money in euro, at most two decimals (`num_currency`). */
  currency: typed('num_currency'),
  /** File attachment (`file`): `{ name, mediaType, content }` with base64 content. */
  file: typed('file'),
  /** Binary object (`obj`): `{ content, mediaType? }` with base64 content. */
  obj: typed('obj'),
  /**
   * Choice from a code list (`feldart: select`): either inline `values` (the submission type is
   * then the union of their codes) or a `codeList` reference by URI and version.
   */
  select: <const O extends SelectInput>(
    input: O,
  ): BuiltField<O, O extends { datentyp: infer T extends Datentyp } ? T : 'text', 'select'> =>
    makeField(input.datentyp ?? 'text', 'select', input) as never,
  /** Static text shown in the form (`feldart: label`); takes no value. */
  label: <const O extends LabelInput>(input: O): BuiltField<O, 'text', 'label'> =>
    makeField('text', 'label', input) as never,
} as const;

/** A group of fields and groups (Datenfeldgruppe). */
export function group<const O extends GroupInput>(input: O): BuiltGroup<O> {
  return { kind: 'group', ...input, cardinality: input.cardinality ?? '1:1' } as never;
}

/** A whole form (Stammdatenschema). */
export function defineForm<const O extends FormInput>(input: O): BuiltForm<O> {
  return { kind: 'schema', format: 'antrag/definition@1', ...input } as never;
}

/** A rule attached to a field, group or form. */
export function rule<const O extends Omit<RuleDefinition, 'kind'>>(input: O): O & { readonly kind: 'rule' } {
  return { kind: 'rule', ...input };
}

// ---------------------------------------------------------------------------------------------
// Submission types

type Simplify<T> = { [K in keyof T]: T[K] } & {};

interface DatentypValue {
  text: string;
  text_latin: string;
  date: string;
  time: string;
  datetime: string;
  bool: boolean;
  num: number;
  num_int: number;
  num_currency: number;
  file: FileValue;
  obj: ObjValue;
}

type IsLabel<E> = E extends { readonly kind: 'field'; readonly feldart: 'label' } ? true : false;
type IsOptional<E> = E extends { readonly cardinality: `0:${string}` } ? true : false;
type IsRepeated<E> = E extends { readonly cardinality: `${string}:1` } ? false : true;
type KeyOf<E> = E extends { readonly key: infer K extends string } ? K : never;

type CodeOf<V> = V extends { readonly code: infer C extends string } ? C : never;

type FieldValue<E> = E extends { readonly feldart: 'select' }
  ? E extends { readonly values: readonly (infer V)[] }
    ? CodeOf<V>
    : string
  : E extends { readonly datentyp: infer T extends keyof DatentypValue }
    ? DatentypValue[T]
    : unknown;

type ItemValue<E> = E extends {
  readonly kind: 'group';
  readonly children: infer C extends readonly unknown[];
}
  ? ContainerValue<C>
  : FieldValue<E>;

type OccurrenceValue<E> = IsRepeated<E> extends true ? ItemValue<E>[] : ItemValue<E>;

type RequiredKeys<C extends readonly unknown[]> = {
  [E in C[number] as IsLabel<E> extends true
    ? never
    : IsOptional<E> extends true
      ? never
      : KeyOf<E>]: OccurrenceValue<E>;
};

type OptionalKeys<C extends readonly unknown[]> = {
  [E in C[number] as IsLabel<E> extends true
    ? never
    : IsOptional<E> extends true
      ? KeyOf<E>
      : never]?: OccurrenceValue<E>;
};

/** The value of a schema's or group's children: required keys where min ≥ 1, optional where min = 0. */
export type ContainerValue<C extends readonly unknown[]> = Simplify<RequiredKeys<C> & OptionalKeys<C>>;

/**
 * The exact TypeScript type of a submission to a form built with the builders: optional where
 * the minimum is 0, arrays where the maximum exceeds 1, unions of codes for inline code lists.
 */
export type Submission<F extends { readonly children: readonly unknown[] }> = ContainerValue<F['children']>;

/** Any child definition, for generic code that accepts built elements. */
export type AnyChild = ChildDefinition;
