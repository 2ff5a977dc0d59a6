/**
 * The functions of the rule language: their signatures (checked at definition time) and their
 * implementations (pure, deterministic; "today" is the reference date of the evaluation).
 */

import {
  abs,
  add,
  compare,
  type Decimal,
  fromNumber,
  isDecimal,
  isInteger,
  round,
  toNumber,
} from '../text/decimal.js';
import { compareInstants } from '../text/temporal.js';
import {
  addDays,
  addMonths,
  addYears,
  dateOfAgeInMonths,
  daysBetween,
  endOfMonth,
  monthsBetween,
  parseDate,
  yearsBetween,
} from './calendar.js';
import { isIban, isRvNummer, isSteuerId } from './check-digits.js';
import type { EvalContext } from './context.js';
import type { BaseType, RuleType, Value } from './values.js';

/** What an argument accepts. */
export interface ParamSpec {
  readonly types: readonly BaseType[] | 'any';
  /** 'scalar' (default), 'list' (a list, or a scalar read as a list of one), or 'either'. */
  readonly shape?: 'scalar' | 'list';
  /** The argument must be a literal (e.g. a regex pattern, compiled once). */
  readonly literal?: boolean;
}

/** A function of the rule language: its signature (checked at definition time), docs and implementation. */
export interface FunctionSpec {
  readonly params: readonly ParamSpec[];
  /** Number of required parameters; the rest are optional. */
  readonly required: number;
  /** The result type for the arguments' static types. */
  readonly result: (args: readonly RuleType[]) => RuleType;
  readonly doc: { readonly de: string; readonly en: string; readonly example: string };
  /**
   * Evaluated arguments in, value out; `types` are the arguments' static types. Never throws;
   * unusable input gives null.
   */
  readonly apply: (args: readonly Value[], context: EvalContext, types: readonly RuleType[]) => Value;
}

const NUMBER: ParamSpec = { types: ['number'] };
const DATE: ParamSpec = { types: ['date'] };
const STRING: ParamSpec = { types: ['string'] };
const ANY: ParamSpec = { types: 'any' };

const number = (): RuleType => ({ base: 'number', list: false });
const date = (): RuleType => ({ base: 'date', list: false });
const boolean = (): RuleType => ({ base: 'boolean', list: false });

function decimalOf(n: number | undefined): Decimal | null {
  return n === undefined ? null : (fromNumber(n) ?? null);
}

/** A whole number argument as a JS integer, or undefined. */
function integerOf(value: Value): number | undefined {
  if (!isDecimal(value) || !isInteger(value)) return undefined;
  const n = toNumber(value);
  return Number.isSafeInteger(n) ? n : undefined;
}

function dateOf(value: Value): string | undefined {
  return typeof value === 'string' && parseDate(value) ? value : undefined;
}

function listOf(value: Value): readonly Value[] {
  if (Array.isArray(value)) return value;
  return value === null ? [] : [value as Value];
}

function present(value: Value): boolean {
  if (value === null) return false;
  if (typeof value === 'string') return value !== '';
  if (Array.isArray(value)) return value.some(present);
  return true;
}

function dateFn(apply: (d: string, n: number) => string | undefined): FunctionSpec['apply'] {
  return ([d, n]) => {
    const iso = dateOf(d ?? null);
    const amount = integerOf(n ?? null);
    return iso === undefined || amount === undefined ? null : (apply(iso, amount) ?? null);
  };
}

function betweenFn(measure: (a: string, b: string) => number | undefined): FunctionSpec['apply'] {
  return ([a, b]) => {
    const from = dateOf(a ?? null);
    const to = dateOf(b ?? null);
    return from === undefined || to === undefined ? null : decimalOf(measure(from, to));
  };
}

/**
 * Orders numbers, ISO dates (by text), times and date-times (by instant) and texts; null when
 * the two cannot be ordered (a time with a zone and one without, less than 14 hours apart).
 */
function order(a: Value, b: Value, base: BaseType | undefined): number | null {
  if (isDecimal(a) && isDecimal(b)) return compare(a, b);
  if (typeof a !== 'string' || typeof b !== 'string') return null;
  if (base === 'time' || base === 'datetime') return compareInstants(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function extreme(sign: 1 | -1): FunctionSpec['apply'] {
  return ([list], _, types) => {
    const base = types[0]?.base;
    let best: Value = null;
    for (const item of listOf(list ?? null)) {
      if (item === null) continue;
      if (best === null) {
        best = item;
        continue;
      }
      const c = order(item, best, base);
      if (c === null) return null;
      if (c * sign > 0) best = item;
    }
    return best;
  };
}

function sameType(args: readonly RuleType[]): RuleType {
  return { base: args[0]?.base ?? 'null', list: false };
}

/** Every function of the rule language by name (docs/rules.md lists them). */
export const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  today: {
    params: [],
    required: 0,
    result: date,
    doc: {
      de: 'Der Stichtag der Prüfung.',
      en: 'The reference date of the evaluation.',
      example: 'antragsdatum <= today()',
    },
    apply: (_, context) => context.referenceDate,
  },
  age: {
    params: [DATE, DATE],
    required: 1,
    result: number,
    doc: {
      de: 'Vollendete Lebensjahre am Datum (Standard: Stichtag), nach §§ 187, 188 BGB.',
      en: 'Completed years of age at the date (default: reference date), per §§ 187, 188 BGB.',
      example: 'age(antragsteller.geburtsdatum, antragsdatum) >= 18',
    },
    apply: ([birth, at], context) => {
      const from = dateOf(birth ?? null);
      const to = at === undefined ? context.referenceDate : dateOf(at);
      return from === undefined || to === undefined ? null : decimalOf(yearsBetween(from, to));
    },
  },
  yearsBetween: {
    params: [DATE, DATE],
    required: 2,
    result: number,
    doc: {
      de: 'Vollendete Jahre zwischen zwei Daten.',
      en: 'Completed years between two dates.',
      example: 'yearsBetween(erteiltAm, antragsdatum) >= 2',
    },
    apply: betweenFn(yearsBetween),
  },
  monthsBetween: {
    params: [DATE, DATE],
    required: 2,
    result: number,
    doc: {
      de: 'Vollendete Monate zwischen zwei Daten.',
      en: 'Completed months between two dates.',
      example: 'monthsBetween(a, b) < 6',
    },
    apply: betweenFn(monthsBetween),
  },
  daysBetween: {
    params: [DATE, DATE],
    required: 2,
    result: number,
    doc: {
      de: 'Tage zwischen zwei Daten.',
      en: 'Days between two dates.',
      example: 'daysBetween(a, b) <= 14',
    },
    apply: betweenFn(daysBetween),
  },
  addDays: {
    params: [DATE, NUMBER],
    required: 2,
    result: date,
    doc: { de: 'Datum plus Tage.', en: 'Date plus days.', example: 'addDays(antragsdatum, 14)' },
    apply: dateFn(addDays),
  },
  addMonths: {
    params: [DATE, NUMBER],
    required: 2,
    result: date,
    doc: {
      de: 'Datum plus Monate; fehlt der Tag im Zielmonat, dessen letzter Tag.',
      en: 'Date plus months; a missing day becomes the last day of the month.',
      example: 'addMonths(@2024-01-31, 1) = @2024-02-29',
    },
    apply: dateFn(addMonths),
  },
  addYears: {
    params: [DATE, NUMBER],
    required: 2,
    result: date,
    doc: {
      de: 'Datum plus Jahre (29. Februar wird in Gemeinjahren zum 28. Februar).',
      en: 'Date plus years (29 February becomes 28 February in common years).',
      example: 'addYears(sehtestDatum, 2) >= antragsdatum',
    },
    apply: dateFn(addYears),
  },
  dateOfAge: {
    params: [DATE, NUMBER, NUMBER],
    required: 2,
    result: date,
    doc: {
      de: 'Erster Tag, an dem eine an dem Datum geborene Person so viele Jahre (und Monate) vollendet hat, nach §§ 187 Abs. 2, 188 Abs. 2 und 3 BGB (29. Februar: 1. März in Gemeinjahren).',
      en: 'First day on which a person born on the date has completed that many years (and months), per §§ 187(2), 188(2) and (3) BGB (29 February: 1 March in common years).',
      example: 'addMonths(dateOfAge(antragsteller.geburtsdatum, 17), -6) <= antragsdatum',
    },
    apply: ([birth, years, months]) => {
      const iso = dateOf(birth ?? null);
      const y = integerOf(years ?? null);
      const m = months === undefined ? 0 : integerOf(months);
      if (iso === undefined || y === undefined || m === undefined) return null;
      if (Math.abs(y) > 10_000 || Math.abs(m) > 120_000) return null;
      return dateOfAgeInMonths(iso, y * 12 + m) ?? null;
    },
  },
  endOfMonth: {
    params: [DATE],
    required: 1,
    result: date,
    doc: {
      de: 'Letzter Tag des Monats eines Datums.',
      en: 'Last day of the month of a date.',
      example: 'endOfMonth(@2024-02-10) = @2024-02-29',
    },
    apply: ([d]) => {
      const iso = dateOf(d ?? null);
      return iso === undefined ? null : (endOfMonth(iso) ?? null);
    },
  },
  year: {
    params: [DATE],
    required: 1,
    result: number,
    doc: { de: 'Jahr eines Datums.', en: 'Year of a date.', example: 'year(geburtsdatum) >= 1900' },
    apply: ([d]) => {
      const iso = dateOf(d ?? null);
      return iso === undefined ? null : decimalOf(Number(iso.slice(0, 4)));
    },
  },
  count: {
    params: [{ types: 'any', shape: 'list' }],
    required: 1,
    result: number,
    doc: {
      de: 'Anzahl der vorhandenen Einträge.',
      en: 'Number of present entries.',
      example: 'count(begleitperson) >= 1',
    },
    apply: ([list]) => decimalOf(listOf(list ?? null).filter((item) => item !== null).length),
  },
  countWhere: {
    params: [{ types: 'any', shape: 'list' }, { types: ['boolean'] }],
    required: 2,
    result: number,
    doc: {
      de: 'Anzahl der Einträge einer Wiederholung, für die die Bedingung gilt; Pfade durch die Wiederholung meinen darin den gezählten Eintrag.',
      en: 'Number of items of a repeat for which the condition holds; paths through the repeat mean the item being counted.',
      example:
        'countWhere(haushalt, haushalt.verwandtschaft = "kind" and age(haushalt.geburtsdatum, antragsdatum) < 18)',
    },
    // Compiled specially (the condition is evaluated per item); see compile-expression.ts.
    apply: () => null,
  },
  sum: {
    params: [{ types: ['number'], shape: 'list' }],
    required: 1,
    result: number,
    doc: {
      de: 'Summe (exakt dezimal; fehlende Werte zählen nicht).',
      en: 'Sum (exact decimal; missing values are skipped).',
      example: 'sum(haushalt.einkommen.betragMonatlich)',
    },
    apply: ([list]) => {
      let total: Decimal = { units: 0n, scale: 0 };
      for (const item of listOf(list ?? null)) if (isDecimal(item)) total = add(total, item);
      return total;
    },
  },
  min: {
    params: [{ types: ['number', 'date', 'time', 'string'], shape: 'list' }],
    required: 1,
    result: sameType,
    doc: { de: 'Kleinster Wert.', en: 'Smallest value.', example: 'min(haushalt.geburtsdatum)' },
    apply: extreme(-1),
  },
  max: {
    params: [{ types: ['number', 'date', 'time', 'string'], shape: 'list' }],
    required: 1,
    result: sameType,
    doc: { de: 'Größter Wert.', en: 'Largest value.', example: 'max(haushalt.geburtsdatum)' },
    apply: extreme(1),
  },
  any: {
    params: [{ types: ['boolean'], shape: 'list' }],
    required: 1,
    result: boolean,
    doc: {
      de: 'Mindestens ein Wert ist wahr.',
      en: 'At least one value is true.',
      example: 'any(haushalt.erwerbsfaehig)',
    },
    apply: ([list]) => listOf(list ?? null).some((item) => item === true),
  },
  all: {
    params: [{ types: ['boolean'], shape: 'list' }],
    required: 1,
    result: boolean,
    doc: {
      de: 'Alle Werte sind wahr (auch bei keinem Wert).',
      en: 'All values are true (also for none).',
      example: 'all(erklaerungen.richtigkeit)',
    },
    apply: ([list]) => listOf(list ?? null).every((item) => item === true),
  },
  unique: {
    params: [{ types: ['string', 'number', 'date', 'boolean'], shape: 'list' }],
    required: 1,
    result: boolean,
    doc: {
      de: 'Kein Wert kommt doppelt vor.',
      en: 'No value occurs twice.',
      example: 'unique(beantragteKlassen)',
    },
    apply: ([list]) => {
      const seen = new Set<string>();
      for (const item of listOf(list ?? null)) {
        if (item === null) continue;
        const key = isDecimal(item) ? `n${toNumber(item)}` : `s${String(item)}`;
        if (seen.has(key)) return false;
        seen.add(key);
      }
      return true;
    },
  },
  lookup: {
    params: [{ types: 'any', shape: 'list' }, { types: 'any', shape: 'list' }, { types: 'any' }],
    required: 3,
    result: (args) => ({ base: args[1]?.base ?? 'null', list: false }),
    doc: {
      de: 'Wert aus der zweiten Liste an der Stelle, an der die erste Liste den Schlüssel enthält (zwei Felder derselben Wiederholung oder zwei Listen).',
      en: 'The value of the second list where the first list holds the key (two fields of one repeat, or two lists).',
      example: 'lookup(vorhandeneFahrerlaubnis.klasse, vorhandeneFahrerlaubnis.erteiltAm, "A2")',
    },
    apply: ([keys, values, key]) => {
      const keyList = listOf(keys ?? null);
      const valueList = listOf(values ?? null);
      const needle = key ?? null;
      for (let i = 0; i < keyList.length; i++) {
        const candidate = keyList[i] ?? null;
        const same =
          isDecimal(candidate) && isDecimal(needle) ? compare(candidate, needle) === 0 : candidate === needle;
        if (same && needle !== null) return valueList[i] ?? null;
      }
      return null;
    },
  },
  overlaps: {
    params: [
      { types: 'any', shape: 'list' },
      { types: 'any', shape: 'list' },
    ],
    required: 2,
    result: boolean,
    doc: {
      de: 'Die beiden Listen haben einen gemeinsamen Wert.',
      en: 'The two lists share a value.',
      example: 'overlaps(beantragteKlassen, ["C", "CE"])',
    },
    apply: ([a, b]) => {
      const right = listOf(b ?? null);
      return listOf(a ?? null).some(
        (x) =>
          x !== null && right.some((y) => (isDecimal(x) && isDecimal(y) ? compare(x, y) === 0 : x === y)),
      );
    },
  },
  length: {
    params: [STRING],
    required: 1,
    result: number,
    doc: {
      de: 'Länge eines Textes in Zeichen.',
      en: 'Length of a text in characters.',
      example: 'length(vornamen) <= 120',
    },
    apply: ([text]) => (typeof text === 'string' ? decimalOf([...text].length) : null),
  },
  matches: {
    params: [STRING, { types: ['string'], literal: true }],
    required: 2,
    result: boolean,
    doc: {
      de: 'Text passt vollständig auf einen regulären Ausdruck (XSD-Syntax).',
      en: 'The whole text matches a regular expression (XSD syntax).',
      example: 'matches(hausnummer, "\\d+[a-z]?")',
    },
    // The pattern is compiled once at definition time; see compile-expression.ts.
    apply: () => null,
  },
  empty: {
    params: [{ types: 'any', shape: 'list' }],
    required: 1,
    result: boolean,
    doc: {
      de: 'Kein Wert (fehlt, leerer Text oder leere Liste).',
      en: 'No value (absent, empty text or list).',
      example: 'empty(entziehungAm)',
    },
    apply: ([value]) => !present(value ?? null),
  },
  present: {
    params: [{ types: 'any', shape: 'list' }],
    required: 1,
    result: boolean,
    doc: {
      de: 'Ein Wert ist angegeben.',
      en: 'A value is given.',
      example: 'present(auslaendischeFahrerlaubnis)',
    },
    apply: ([value]) => present(value ?? null),
  },
  isIban: {
    params: [STRING],
    required: 1,
    result: boolean,
    doc: {
      de: 'Gültige IBAN (Prüfziffer MOD 97-10, Länge je Land).',
      en: 'Valid IBAN (MOD 97-10, length per country).',
      example: 'isIban(bankverbindung.iban)',
    },
    apply: ([text]) => (typeof text === 'string' ? isIban(text) : null),
  },
  isSteuerId: {
    params: [STRING],
    required: 1,
    result: boolean,
    doc: {
      de: 'Gültige Steuer-Identifikationsnummer (ISO 7064 MOD 11,10).',
      en: 'Valid German tax id (ISO 7064 MOD 11,10).',
      example: 'isSteuerId(steuerId)',
    },
    apply: ([text]) => (typeof text === 'string' ? isSteuerId(text) : null),
  },
  isRvNummer: {
    params: [STRING],
    required: 1,
    result: boolean,
    doc: {
      de: 'Gültige Rentenversicherungsnummer (Prüfziffer nach VKVV).',
      en: 'Valid pension insurance number (check digit per VKVV).',
      example: 'isRvNummer(rvNummer)',
    },
    apply: ([text]) => (typeof text === 'string' ? isRvNummer(text) : null),
  },
  if: {
    params: [{ types: ['boolean'] }, ANY, ANY],
    required: 3,
    result: (args) => ({
      base: args[1]?.base === 'null' ? (args[2]?.base ?? 'null') : (args[1]?.base ?? 'null'),
      list: false,
    }),
    doc: { de: 'Bedingter Wert.', en: 'Conditional value.', example: 'if(schwanger, 1, 0)' },
    // Evaluated lazily in compile-expression.ts.
    apply: () => null,
  },
  coalesce: {
    params: [ANY, ANY],
    required: 2,
    result: (args) => ({
      base: args[0]?.base === 'null' ? (args[1]?.base ?? 'null') : (args[0]?.base ?? 'null'),
      list: false,
    }),
    doc: {
      de: 'Erster vorhandener Wert.',
      en: 'First value that is present.',
      example: 'coalesce(nebenkosten, 0)',
    },
    apply: ([a, b]) => (a !== null && a !== undefined ? a : (b ?? null)),
  },
  round: {
    params: [NUMBER, { types: ['number'], literal: true }],
    required: 1,
    result: number,
    doc: {
      de: 'Runden (kaufmännisch auf gerade, Standard 0 Stellen).',
      en: 'Round half-even (default 0 places).',
      example: 'round(betrag / 3, 2)',
    },
    apply: ([value, places]) => {
      const n = places === undefined ? 0 : integerOf(places);
      return isDecimal(value) && n !== undefined && n >= 0 && n <= 20 ? round(value, n) : null;
    },
  },
  abs: {
    params: [NUMBER],
    required: 1,
    result: number,
    doc: { de: 'Betrag einer Zahl.', en: 'Absolute value.', example: 'abs(differenz) < 1' },
    apply: ([value]) => (isDecimal(value) ? abs(value) : null),
  },
};
