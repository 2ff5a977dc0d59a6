/**
 * The functions of the rule language, one entry each: signature and arity (checked at definition
 * time), docs (docs/rules.md is generated from them) and how the function evaluates (pure,
 * deterministic; "today" is the reference date of the evaluation). The type checker, the closure
 * compiler and the ahead-of-time code generator all read this catalogue and nothing else.
 */

import {
  abs,
  type Decimal,
  fromNumber,
  isDecimal,
  isInteger,
  round,
  sumOf,
  toNumber,
} from '../text/decimal.js';
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
import { equalValues, isInstantType, orderValues } from './compare.js';
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

/**
 * How a function's arguments are evaluated, declared per function (the compilers dispatch on it,
 * never on a function's name):
 * - `eager`: every argument is evaluated, then `apply` gets the values;
 * - `lazy`: `apply` gets the arguments as evaluators and calls those it needs with the context
 *   (`if`);
 * - `pattern`: the argument at `pattern` is a text literal, an XSD regular expression compiled
 *   once at definition time; `apply` gets the evaluated arguments and the compiled expression;
 * - `per-item`: the first argument is the key path of a repeat, the second a condition compiled
 *   as if it stood inside the repeat (its paths through the repeat mean the item); `apply` gets
 *   the condition's value for each item (`countWhere`).
 */
export type Evaluation = 'eager' | 'lazy' | 'pattern' | 'per-item';

/** What every function declares: signature (checked at definition time) and docs. */
interface Signature {
  readonly params: readonly ParamSpec[];
  /** Number of required parameters; the rest are optional. */
  readonly required: number;
  /** The result type for the arguments' static types. */
  readonly result: (args: readonly RuleType[]) => RuleType;
  /** Two arguments whose static types must be comparable (the branches of `if`). */
  readonly sameTypeArgs?: readonly [number, number];
  readonly doc: { readonly de: string; readonly en: string; readonly example: string };
}

/**
 * A function of the rule language: its signature, docs and how it evaluates. Implementations
 * never throw; unusable input gives null.
 */
export type FunctionSpec =
  | (Signature & {
      readonly evaluation: 'eager';
      /** Evaluated arguments in, value out; `types` are the arguments' static types. */
      readonly apply: (args: readonly Value[], context: EvalContext, types: readonly RuleType[]) => Value;
    })
  | (Signature & {
      readonly evaluation: 'lazy';
      /**
       * The arguments as evaluators, called with the context on demand: they are made once with
       * the rule, so a call allocates no thunks.
       */
      readonly apply: (args: readonly ((context: EvalContext) => Value)[], context: EvalContext) => Value;
    })
  | (Signature & {
      readonly evaluation: 'pattern';
      /** The index of the pattern argument. */
      readonly pattern: number;
      readonly apply: (args: readonly Value[], regex: RegExp) => Value;
    })
  | (Signature & {
      readonly evaluation: 'per-item';
      /** The condition's value for each item of the repeat, in order. */
      readonly apply: (results: readonly Value[]) => Value;
    });

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

type EagerApply = Extract<FunctionSpec, { evaluation: 'eager' }>['apply'];

function dateFn(apply: (d: string, n: number) => string | undefined): EagerApply {
  return ([d, n]) => {
    const iso = dateOf(d ?? null);
    const amount = integerOf(n ?? null);
    return iso === undefined || amount === undefined ? null : (apply(iso, amount) ?? null);
  };
}

function betweenFn(measure: (a: string, b: string) => number | undefined): EagerApply {
  return ([a, b]) => {
    const from = dateOf(a ?? null);
    const to = dateOf(b ?? null);
    return from === undefined || to === undefined ? null : decimalOf(measure(from, to));
  };
}

function extreme(sign: 1 | -1): EagerApply {
  return ([list], _, types) => {
    const instants = isInstantType(types[0]);
    let best: Value = null;
    for (const item of listOf(list ?? null)) {
      if (item === null) continue;
      if (best === null) {
        best = item;
        continue;
      }
      const c = orderValues(item, best, instants);
      if (c === null) return null;
      if (c * sign > 0) best = item;
    }
    return best;
  };
}

function sameType(args: readonly RuleType[]): RuleType {
  return { base: args[0]?.base ?? 'null', list: false };
}

const CATALOGUE = {
  today: {
    params: [],
    required: 0,
    result: date,
    doc: {
      de: 'Der Stichtag der Prüfung.',
      en: 'The reference date of the evaluation.',
      example: 'antragsdatum <= today()',
    },
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
    apply: betweenFn(daysBetween),
  },
  addDays: {
    params: [DATE, NUMBER],
    required: 2,
    result: date,
    doc: { de: 'Datum plus Tage.', en: 'Date plus days.', example: 'addDays(antragsdatum, 14)' },
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'per-item',
    apply: (results) => decimalOf(results.filter((result) => result === true).length),
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
    evaluation: 'eager',
    apply: ([list]) => sumOf(listOf(list ?? null).filter(isDecimal)),
  },
  min: {
    params: [{ types: ['number', 'date', 'time', 'string'], shape: 'list' }],
    required: 1,
    result: sameType,
    doc: { de: 'Kleinster Wert.', en: 'Smallest value.', example: 'min(haushalt.geburtsdatum)' },
    evaluation: 'eager',
    apply: extreme(-1),
  },
  max: {
    params: [{ types: ['number', 'date', 'time', 'string'], shape: 'list' }],
    required: 1,
    result: sameType,
    doc: { de: 'Größter Wert.', en: 'Largest value.', example: 'max(haushalt.geburtsdatum)' },
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
    apply: ([keys, values, key]) => {
      const keyList = listOf(keys ?? null);
      const valueList = listOf(values ?? null);
      const needle = key ?? null;
      for (let i = 0; i < keyList.length; i++) {
        const candidate = keyList[i] ?? null;
        if (needle !== null && equalValues(candidate, needle, false)) return valueList[i] ?? null;
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
    evaluation: 'eager',
    apply: ([a, b]) => {
      const right = listOf(b ?? null);
      return listOf(a ?? null).some((x) => x !== null && right.some((y) => equalValues(x, y, false)));
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
    evaluation: 'eager',
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
    evaluation: 'pattern',
    pattern: 1,
    apply: ([text], regex) => (typeof text === 'string' ? regex.test(text) : null),
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
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    sameTypeArgs: [1, 2],
    evaluation: 'lazy',
    apply: ([condition, then, otherwise], context) => {
      const test = condition?.(context) ?? null;
      return test === true
        ? (then?.(context) ?? null)
        : test === false
          ? (otherwise?.(context) ?? null)
          : null;
    },
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
    evaluation: 'eager',
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
    evaluation: 'eager',
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
    evaluation: 'eager',
    apply: ([value]) => (isDecimal(value) ? abs(value) : null),
  },
} as const satisfies Readonly<Record<string, FunctionSpec>>;

type Catalogue = typeof CATALOGUE;

/** The name of a function of the rule language. */
export type FunctionName = keyof Catalogue;

/**
 * Each entry as declared (name, kind, signature as literal types), its `apply` typed as its
 * kind's rather than as the arrow written in the catalogue.
 */
export type FunctionCatalogue = {
  readonly [N in FunctionName]: Omit<Catalogue[N], 'apply'> & {
    readonly apply: Extract<FunctionSpec, { evaluation: Catalogue[N]['evaluation'] }>['apply'];
  };
};

/** Every function of the rule language by name (docs/rules.md lists them). */
export const FUNCTIONS: FunctionCatalogue = CATALOGUE;

/** The function of that name, or undefined (own entries only: `constructor` is no function). */
export function functionNamed(name: string): FunctionSpec | undefined {
  return Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name as FunctionName] : undefined;
}
