/**
 * Equality and order of rule values: the one definition that the operators (`=`, `<`, `in`) and
 * the functions (`min`, `max`, `lookup`, `overlaps`) share.
 *
 * Numbers compare as exact decimals, texts and ISO dates by code units; times and date-times
 * (`instants`) by the instant they denote (`src/text/temporal.ts`): one with a zone and one
 * without are ordered only when ±14:00 decides it, otherwise the order is null, and they are
 * never equal. `null` (missing) equals only `null` and has no order.
 */

import { compare, isDecimal } from '../text/decimal.js';
import { compareInstants } from '../text/temporal.js';
import type { BaseType, RuleType, Value } from './values.js';

/** Equality; `instants` when the compared values are times or date-times. */
export function equalValues(a: Value, b: Value, instants: boolean): boolean {
  if (a === null || b === null) return a === b;
  if (isDecimal(a) && isDecimal(b)) return compare(a, b) === 0;
  if (instants && typeof a === 'string' && typeof b === 'string') return compareInstants(a, b) === 0;
  return a === b;
}

/** Order (negative, zero, positive), or null when the two values cannot be ordered. */
export function orderValues(a: Value, b: Value, instants: boolean): number | null {
  if (isDecimal(a) && isDecimal(b)) return compare(a, b);
  if (typeof a !== 'string' || typeof b !== 'string') return null;
  if (instants) return compareInstants(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when one of the types is a time or date-time: then values compare as instants. */
export function isInstantType(...types: readonly (RuleType | BaseType | undefined)[]): boolean {
  return types.some((type) => {
    const base = typeof type === 'object' ? type.base : type;
    return base === 'time' || base === 'datetime';
  });
}
