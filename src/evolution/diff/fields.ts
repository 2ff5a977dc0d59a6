/**
 * Comparing the value side of two versions of one field: data type, field kind, praezisierung,
 * file constraints, code lists and codes. Each verdict follows what validation checks
 * (src/validate/values.ts): a select field, or any field with a code list or inline values, is
 * checked as a code and nothing else; a label field carries no value; text length and pattern
 * apply to text types, numeric bounds to numbers, temporal bounds to dates and times. What
 * cannot be proved (a pattern changed, a list not loaded) is breaking.
 */

import type { CodeList, CodeValue, FieldDefinition, Praezisierung } from '../../model/types.js';
import { compareTemporal, isIsoDate, isIsoDateTime, isIsoTime } from '../../text/temporal.js';
import { jsonValue } from './change.js';
import type { Found } from './found.js';
import { type Axes, breaking, breakingBoth, compatible, needsData, textOnly } from './verdict.js';

/** What validation checks a field's value as. */
export type ValueKind = 'label' | 'code' | FieldDefinition['datentyp'];

/** As `valueSpec` decides: label fields carry nothing; code fields are checked as codes only. */
export function valueKind(field: FieldDefinition): ValueKind {
  if (field.feldart === 'label') return 'label';
  if (field.feldart === 'select' || field.values !== undefined || field.codeList !== undefined) return 'code';
  return field.datentyp;
}

/** Value kinds whose every valid value is valid for the second one (validation's checks). */
const WIDENINGS: ReadonlySet<string> = new Set([
  'text_latin>text', // text drops the DIN 91379 check
  'num_int>num', // an integer is a number
  'num_int>num_currency', // an integer has no decimal places
  'num_currency>num', // at most two decimal places is a number
]);

/** Occurrence numbers the kind change needs (min of each side). */
export interface FieldContext {
  readonly oldMin: number;
  readonly newMin: number;
  readonly resolveOld: (uri: string, version: string) => CodeList | undefined;
  readonly resolveNew: (uri: string, version: string) => CodeList | undefined;
}

/** The classification of a change of value kind (undefined when the kind is the same). */
export function kindAxes(from: ValueKind, to: ValueKind, context: FieldContext): Axes | undefined {
  if (from === to) return undefined;
  if (from === 'label') {
    return {
      oldToNew:
        context.newMin > 0
          ? needsData('a label field became a required value: old submissions have none')
          : compatible('a label field became an optional value: old submissions have none, which is allowed'),
      newToOld: breaking('the old version has a label here: a value is rejected (LABEL_HAS_VALUE)'),
    };
  }
  if (to === 'label') {
    return {
      oldToNew: breaking('the new version has a label here: a value is rejected (LABEL_HAS_VALUE)'),
      newToOld:
        context.oldMin > 0
          ? needsData('the old version requires a value where the new one has a label')
          : compatible('the old version allows the value to be absent'),
    };
  }
  const wider = WIDENINGS.has(`${from}>${to}`);
  const narrower = WIDENINGS.has(`${to}>${from}`);
  if (wider)
    return {
      oldToNew: compatible(`every valid ${from} value is a valid ${to} value`),
      newToOld: breaking(`a ${to} value need not be a valid ${from} value`),
    };
  if (narrower)
    return {
      oldToNew: breaking(`a ${from} value need not be a valid ${to} value`),
      newToOld: compatible(`every valid ${to} value is a valid ${from} value`),
    };
  return breakingBoth(`values are checked as ${from} in the old version and as ${to} in the new one`);
}

/** The data type changed: decided by the value kinds, since select and label fields ignore it. */
export function datentypChange(a: FieldDefinition, b: FieldDefinition, context: FieldContext): Found[] {
  if (a.datentyp === b.datentyp) return [];
  const axes =
    kindAxes(valueKind(a), valueKind(b), context) ??
    textOnly(`validation does not check the data type of a ${valueKind(a)} field`);
  return [{ kind: 'datentyp', before: a.datentyp, after: b.datentyp, axes }];
}

/** The field kind changed: input, hidden and locked are checked alike. */
export function feldartChange(a: FieldDefinition, b: FieldDefinition, context: FieldContext): Found[] {
  if (a.feldart === b.feldart) return [];
  const axes =
    kindAxes(valueKind(a), valueKind(b), context) ??
    textOnly(`validation checks ${a.feldart} and ${b.feldart} fields alike`);
  return [{ kind: 'feldart', before: a.feldart, after: b.feldart, axes }];
}

const TEXT_KINDS: ReadonlySet<ValueKind> = new Set(['text', 'text_latin']);
const NUMBER_KINDS: ReadonlySet<ValueKind> = new Set(['num', 'num_int', 'num_currency']);
const TEMPORAL = { date: isIsoDate, time: isIsoTime, datetime: isIsoDateTime } as const;

/** The facet as validation applies it to a value kind, or undefined when it is not checked. */
function effective(kind: ValueKind, facet: keyof Praezisierung, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (facet === 'minLength' || facet === 'maxLength' || facet === 'pattern')
    return TEXT_KINDS.has(kind) ? value : undefined;
  if (NUMBER_KINDS.has(kind)) return typeof value === 'number' ? value : undefined;
  if (kind === 'date' || kind === 'time' || kind === 'datetime')
    return typeof value === 'string' && TEMPORAL[kind](value) ? value : undefined;
  return undefined;
}

/** Compares two bounds: negative when a < b; null when the order cannot be decided. */
type Order = (a: unknown, b: unknown) => number | null;

function orderFor(kind: ValueKind): Order {
  if (kind === 'date' || kind === 'time' || kind === 'datetime')
    return (a, b) => (typeof a === 'string' && typeof b === 'string' ? compareTemporal(kind, a, b) : null);
  return (a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : null);
}

/** Kinds whose bounds compare with each other: the numeric types share one order. */
function boundFamily(kind: ValueKind): string {
  return NUMBER_KINDS.has(kind) ? 'number' : kind;
}

/**
 * A bound moved. A lower bound (`lower`) may go down and an upper bound up without rejecting
 * what the other side accepts; absent means unbounded.
 */
function boundAxes(facet: string, lower: boolean, before: unknown, after: unknown, order: Order): Axes {
  const holds = (from: unknown, to: unknown): boolean => {
    if (to === undefined) return true;
    if (from === undefined) return false;
    const cmp = order(to, from);
    return cmp !== null && (lower ? cmp <= 0 : cmp >= 0);
  };
  const tighter = lower ? 'raised' : 'lowered';
  return {
    oldToNew: holds(before, after)
      ? compatible(`${facet} ${after === undefined ? 'removed' : 'loosened'}: old values stay within it`)
      : breaking(`${facet} ${before === undefined ? 'added' : tighter}: old values may lie outside it`),
    newToOld: holds(after, before)
      ? compatible(`${facet} of the old version holds for new values`)
      : breaking(`new values may lie outside the old ${facet}`),
  };
}

/** Each praezisierung facet that changed, classified for the value kinds of both versions. */
export function praezisierungChanges(a: FieldDefinition, b: FieldDefinition): Found[] {
  const out: Found[] = [];
  const kindA = valueKind(a);
  const kindB = valueKind(b);
  const facets: (keyof Praezisierung)[] = ['minLength', 'maxLength', 'minValue', 'maxValue', 'pattern'];
  const pa = (a.praezisierung ?? {}) as Record<string, unknown>;
  const pb = (b.praezisierung ?? {}) as Record<string, unknown>;
  for (const facet of facets) {
    const before = pa[facet];
    const after = pb[facet];
    if (before === after) continue;
    const effA = effective(kindA, facet, before);
    const effB = effective(kindB, facet, after);
    let axes: Axes;
    if (effA === undefined && effB === undefined) {
      axes = textOnly(
        `${facet} is not checked for ${kindA === kindB ? kindA : `${kindA} or ${kindB}`} values`,
      );
    } else if (facet === 'pattern') {
      axes = {
        oldToNew:
          effB === undefined
            ? compatible('pattern removed')
            : breaking('cannot prove that every text matching the old pattern matches the new one'),
        newToOld:
          effA === undefined
            ? compatible('the old version checks no pattern')
            : breaking('cannot prove that every text matching the new pattern matches the old one'),
      };
    } else if (
      effA !== undefined &&
      effB !== undefined &&
      (facet === 'minValue' || facet === 'maxValue') &&
      boundFamily(kindA) !== boundFamily(kindB)
    ) {
      axes = breakingBoth(`cannot prove: ${facet} bounds a ${kindA} value before and a ${kindB} value after`);
    } else {
      const lower = facet === 'minLength' || facet === 'minValue';
      const kind = effA !== undefined ? kindA : kindB;
      const order: Order = facet === 'minLength' || facet === 'maxLength' ? orderFor('num') : orderFor(kind);
      axes = boundAxes(facet, lower, effA, effB, order);
    }
    out.push({ kind: 'praezisierung', facet, before: jsonValue(before), after: jsonValue(after), axes });
  }
  // Facets the model may grow: never silently ignored.
  for (const facet of new Set([...Object.keys(pa), ...Object.keys(pb)])) {
    if ((facets as string[]).includes(facet)) continue;
    if (JSON.stringify(pa[facet]) === JSON.stringify(pb[facet])) continue;
    out.push({
      kind: 'praezisierung',
      facet,
      before: jsonValue(pa[facet]),
      after: jsonValue(pb[facet]),
      axes: breakingBoth(`praezisierung facet ${facet} is not known to the diff: cannot prove its effect`),
    });
  }
  return out;
}

/** Media types and maximum size of file and object fields. */
export function fileChanges(a: FieldDefinition, b: FieldDefinition): Found[] {
  const out: Found[] = [];
  const applies = (field: FieldDefinition) => {
    const kind = valueKind(field);
    return kind === 'file' || kind === 'obj';
  };
  const typesA = a.file?.mediaTypes;
  const typesB = b.file?.mediaTypes;
  if (JSON.stringify(typesA ?? []) !== JSON.stringify(typesB ?? [])) {
    const setA = applies(a) && typesA?.length ? new Set(typesA) : undefined;
    const setB = applies(b) && typesB?.length ? new Set(typesB) : undefined;
    const within = (from: Set<string> | undefined, to: Set<string> | undefined) =>
      to === undefined || (from !== undefined && [...from].every((type) => to.has(type)));
    out.push({
      kind: 'file-constraints',
      facet: 'mediaTypes',
      before: jsonValue(typesA),
      after: jsonValue(typesB),
      axes: {
        oldToNew: within(setA, setB)
          ? compatible('every media type allowed before is allowed')
          : breaking('a media type allowed before is not allowed now'),
        newToOld: within(setB, setA)
          ? compatible('every media type allowed now was allowed')
          : breaking('a media type allowed now was not allowed'),
      },
    });
  }
  if (a.file?.maxSize !== b.file?.maxSize) {
    const sizeA = applies(a) ? a.file?.maxSize : undefined;
    const sizeB = applies(b) ? b.file?.maxSize : undefined;
    out.push({
      kind: 'file-constraints',
      facet: 'maxSize',
      before: a.file?.maxSize,
      after: b.file?.maxSize,
      axes: boundAxes('maxSize', false, sizeA, sizeB, orderFor('num')),
    });
  }
  for (const facet of new Set([...Object.keys(a.file ?? {}), ...Object.keys(b.file ?? {})])) {
    if (facet === 'mediaTypes' || facet === 'maxSize') continue;
    const before = (a.file as Record<string, unknown> | undefined)?.[facet];
    const after = (b.file as Record<string, unknown> | undefined)?.[facet];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    out.push({
      kind: 'file-constraints',
      facet,
      before: jsonValue(before),
      after: jsonValue(after),
      axes: breakingBoth(`file facet ${facet} is not known to the diff: cannot prove its effect`),
    });
  }
  return out;
}

/** The codes a field accepts, as validation resolves them; undefined when the list is not loaded. */
function codesOf(
  field: FieldDefinition,
  resolve: (uri: string, version: string) => CodeList | undefined,
): readonly CodeValue[] | undefined {
  if (field.values !== undefined) return field.values;
  if (field.codeList === undefined) return undefined;
  return resolve(field.codeList.uri, field.codeList.version)?.values;
}

function refText(field: FieldDefinition): string {
  return field.codeList ? `${field.codeList.uri} version ${field.codeList.version}` : '(inline values)';
}

/**
 * The code list reference or the codes changed. With both code sets known, removed codes break
 * old submissions and added codes break old readers; a list not loaded cannot be proved.
 */
export function codeChanges(a: FieldDefinition, b: FieldDefinition, context: FieldContext): Found[] {
  const refA = a.values !== undefined ? undefined : a.codeList;
  const refB = b.values !== undefined ? undefined : b.codeList;
  const refChanged =
    JSON.stringify(a.codeList ?? null) !== JSON.stringify(b.codeList ?? null) ||
    (a.values === undefined) !== (b.values === undefined);
  const kindA = valueKind(a);
  const kindB = valueKind(b);
  const codesA = codesOf(a, context.resolveOld);
  const codesB = codesOf(b, context.resolveNew);
  if (kindA !== 'code' || kindB !== 'code') {
    if (!refChanged) return [];
    const axes = kindAxes(kindA, kindB, context) ?? textOnly('the field is not checked as a code');
    return [{ kind: 'code-list', before: jsonValue(a.codeList), after: jsonValue(b.codeList), axes }];
  }
  const setA = codesA ? new Set(codesA.map((value) => value.code)) : undefined;
  const setB = codesB ? new Set(codesB.map((value) => value.code)) : undefined;
  const added = setA && setB ? [...setB].filter((code) => !setA.has(code)) : undefined;
  const removed = setA && setB ? [...setA].filter((code) => !setB.has(code)) : undefined;
  const codeAxes = (): Axes => {
    if (added === undefined || removed === undefined) {
      const missing = setA ? refText(b) : refText(a);
      return breakingBoth(`cannot prove: code list ${missing} is not loaded`);
    }
    return {
      oldToNew:
        removed.length > 0
          ? breaking(`codes removed: ${removed.join(', ')}`)
          : compatible('every old code is still allowed'),
      newToOld:
        added.length > 0
          ? breaking(`codes added: ${added.join(', ')} (unknown to the old version)`)
          : compatible('every new code was allowed before'),
    };
  };
  const codeFields = (): Pick<Found, 'codesAdded' | 'codesRemoved'> =>
    added && removed ? { codesAdded: added, codesRemoved: removed } : {};
  if (refChanged) {
    return [
      {
        kind: 'code-list',
        before: jsonValue(refA ?? (a.values ? '(inline values)' : undefined)),
        after: jsonValue(refB ?? (b.values ? '(inline values)' : undefined)),
        ...codeFields(),
        axes: codeAxes(),
      },
    ];
  }
  if (added && removed && (added.length > 0 || removed.length > 0)) {
    return [{ kind: 'codes', ...codeFields(), axes: codeAxes() }];
  }
  if (codesA && codesB && JSON.stringify(codesA) !== JSON.stringify(codesB)) {
    const old = new Map(codesA.map((value) => [value.code, JSON.stringify(value)]));
    const changed = codesB.filter((value) => old.get(value.code) !== JSON.stringify(value));
    const codes = new Set(changed.map((value) => value.code));
    return [
      {
        kind: 'code-texts',
        before: jsonValue(codesA.filter((value) => codes.has(value.code))),
        after: jsonValue(changed),
        axes: textOnly('the same codes: names and help texts are not checked'),
      },
    ];
  }
  return [];
}
