/**
 * Types and run-time values of rule expressions.
 *
 * Run-time values: strings (texts, codes, dates as ISO text, times), booleans, exact decimals
 * for all numbers, `null` for missing or unusable data, arrays for lists, and objects for files
 * and groups. Data from a submission is converted on read: a number becomes a Decimal, a date
 * field holding an invalid date becomes null.
 */

import type { Datentyp } from '../model/types.js';
import type { Decimal } from '../text/decimal.js';

export type BaseType =
  | 'string'
  | 'number'
  | 'boolean'
  | 'date'
  | 'time'
  | 'datetime'
  | 'file'
  | 'group'
  | 'null';

/** The type rules see for a field's `datentyp`. */
export function baseOf(datentyp: Datentyp): BaseType {
  switch (datentyp) {
    case 'text':
    case 'text_latin':
      return 'string';
    case 'num':
    case 'num_int':
    case 'num_currency':
      return 'number';
    case 'bool':
      return 'boolean';
    case 'file':
    case 'obj':
      return 'file';
    default:
      return datentyp;
  }
}

/** The static type of an expression, as the type checker infers it. */
export interface RuleType {
  readonly base: BaseType;
  /** True for a list: a path through a repeat seen from outside it, or a list literal. */
  readonly list: boolean;
  /** True when the list came from a repeat (for the repeat-scope message). */
  readonly fromRepeat?: boolean;
  /** The allowed codes when the value comes from a select field ("code" values are strings). */
  readonly codes?: ReadonlySet<string>;
}

/**
 * A run-time value: text (also codes, dates, times), boolean, exact decimal, null, a list, or an
 * object (a file or group).
 */
export type Value =
  | string
  | boolean
  | Decimal
  | null
  | readonly Value[]
  | { readonly [key: string]: unknown };

export function scalar(base: BaseType): RuleType {
  return { base, list: false };
}

export function typeName(type: RuleType): string {
  return type.list ? `list of ${type.base}` : type.base;
}

/** Two scalar types can be compared for equality (null compares with anything). */
export function comparable(a: RuleType, b: RuleType): boolean {
  return a.base === 'null' || b.base === 'null' || a.base === b.base;
}
