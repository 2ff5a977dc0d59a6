/**
 * Stable codes of migrations: findings when a migration is checked against the two definitions
 * it joins (`MIGRATION_*`, thrown together as a `DefinitionError`, or kept as warnings on the
 * compiled migration) and issues when a submission is migrated (`MIGRATE_*`, in the result; a
 * migration never throws on data). `{name}` placeholders are filled from the params.
 *
 * Codes are API: they never change meaning once released. New codes may be added.
 */

import type { Catalogue } from '../../issues/catalogue.js';

/** The catalogue of migration codes with severity and message templates (see docs/report.md). */
export const MIGRATION_CODES = {
  MIGRATION_SCHEMA: {
    severity: 'error',
    de: 'Die Migration entspricht nicht dem Migrationsformat (an der angegebenen Stelle).',
    en: 'The migration does not match the migration format: {detail}',
  },
  MIGRATION_WRONG_VERSION: {
    severity: 'error',
    de: 'Die Migration gilt für {what} „{expected}“, die Definition hat „{actual}“.',
    en: 'The migration is for {what} "{expected}", the definition has "{actual}".',
  },
  MIGRATION_PATH_SYNTAX: {
    severity: 'error',
    de: 'Der Pfad „{path}“ ist kein Schlüsselpfad (z. B. haushalt[].verwandtschaft).',
    en: 'The path "{path}" is not a key path (e.g. haushalt[].verwandtschaft).',
  },
  MIGRATION_UNKNOWN_PATH: {
    severity: 'error',
    de: 'Den Pfad „{path}“ gibt es in Version {version} nicht.',
    en: 'The path "{path}" does not exist in version {version}.',
  },
  MIGRATION_LIST_STEP: {
    severity: 'error',
    de: 'Im Pfad „{path}“ muss „[]“ genau nach den wiederholbaren Elementen stehen ({key}).',
    en: 'In the path "{path}", "[]" must follow exactly the repeated elements ({key}).',
  },
  MIGRATION_LIST_MISMATCH: {
    severity: 'error',
    de: 'Die Wiederholungen auf dem Weg zu „{to}“ entsprechen nicht denen zu „{from}“.',
    en: 'The repeats on the way to "{to}" do not correspond to those on the way to "{from}".',
  },
  MIGRATION_TYPE_MISMATCH: {
    severity: 'error',
    de: 'Der Wert von „{from}“ ({fromType}) passt nicht zu „{to}“ ({toType}).',
    en: 'The value of "{from}" ({fromType}) does not fit "{to}" ({toType}).',
  },
  MIGRATION_EXPRESSION: {
    severity: 'error',
    de: 'Schritt {step}: der Ausdruck für „{to}“ ist fehlerhaft ({reason}, Position {position}).',
    en: 'Step {step}: the expression for "{to}" is wrong ({reason}, position {position}): {detail}',
  },
  MIGRATION_UNKNOWN_CODE: {
    severity: 'error',
    de: 'Schritt {step}: der Code „{code}“ gehört nicht zu „{path}“ in Version {version}.',
    en: 'Step {step}: the code "{code}" does not belong to "{path}" in version {version}.',
  },
  MIGRATION_CODES_UNCOVERED: {
    severity: 'warning',
    de: 'Schritt {step}: die Codes {codes} von „{from}“ sind weder zugeordnet noch im neuen Feld erlaubt; solche Werte werden gemeldet, nicht übernommen.',
    en: 'Step {step}: the codes {codes} of "{from}" are neither mapped nor allowed in the new field; such values are reported, not carried.',
  },
  MIGRATION_DEFAULT_INVALID: {
    severity: 'error',
    de: 'Schritt {step}: der Vorgabewert passt nicht zu „{to}“ ({toType}).',
    en: 'Step {step}: the default value does not fit "{to}" ({toType}).',
  },
  MIGRATION_DUPLICATE_TARGET: {
    severity: 'error',
    de: '„{to}“ wird von mehreren Schritten gefüllt (Schritte {steps}).',
    en: '"{to}" is filled by more than one step (steps {steps}).',
  },
  MIGRATION_INCOMPLETE: {
    severity: 'error',
    de: 'Das Pflichtelement „{to}“ der Version {version} hat kein Gegenstück in der alten Version, und kein Schritt füllt es.',
    en: 'The required element "{to}" of version {version} has no counterpart in the old version and no step fills it.',
  },
  MIGRATION_UNHANDLED: {
    severity: 'error',
    de: 'Das Feld „{from}“ der Version {version} fehlt in der neuen Version (oder passt dort nicht) und wird weder verschoben noch mit Grund verworfen.',
    en: 'The field "{from}" of version {version} is gone from the new version (or does not fit there) and is neither moved nor dropped with a reason.',
  },
  MIGRATION_NEEDS_INPUT: {
    severity: 'warning',
    de: 'Die Migration ist nicht vollständig: „{to}“ lässt sich aus alten Daten nicht ableiten und muss erfragt werden ({reason}).',
    en: 'The migration is not complete: "{to}" cannot be derived from old data and must be asked for ({reason}).',
  },
  MIGRATE_INPUT_INVALID: {
    severity: 'error',
    de: 'Die Eingabe ist keine gültige Einreichung von {form} Version {version} ({count|Fehler|Fehler}); migriert wird, was sich lesen lässt.',
    en: 'The input is not a valid submission of {form} version {version} ({count|error|errors}); what can be read is migrated.',
  },
  MIGRATE_UNMAPPED_CODE: {
    severity: 'error',
    de: 'Der Wert „{value}“ an {from} hat keine Entsprechung in der neuen Codeliste; er steht im Bericht und wurde nicht übernommen.',
    en: 'The value "{value}" at {from} has no counterpart in the new code list; it is kept in the report, not carried.',
  },
  MIGRATE_VALUE_UNFIT: {
    severity: 'error',
    de: 'Der Wert an {from} passt nicht zu {to} in der neuen Version; er steht im Bericht und wurde nicht übernommen.',
    en: 'The value at {from} does not fit {to} in the new version; it is kept in the report, not carried.',
    extraParams: ['value'],
  },
  MIGRATE_VALUE_LEFT_OVER: {
    severity: 'error',
    de: 'Der Wert an {from} gehört zu keinem Element, das die Migration kennt; er steht im Bericht und wurde nicht übernommen.',
    en: 'The value at {from} belongs to no element the migration knows; it is kept in the report, not carried.',
    extraParams: ['value'],
  },
  MIGRATE_NO_VALUE: {
    severity: 'warning',
    de: 'Der Ausdruck für {to} ergab aus den alten Daten keinen Wert.',
    en: 'The expression for {to} gave no value from the old data.',
  },
  MIGRATE_NEEDS_INPUT: {
    severity: 'error',
    de: 'Die neue Version verlangt {to}; die alten Daten enthalten es nicht, es muss erfragt werden ({reason}).',
    en: 'The new version requires {to}; the old data does not hold it, it must be asked for ({reason}).',
  },
  MIGRATE_NO_PATH: {
    severity: 'error',
    de: 'Keine Kette der gegebenen Migrationen führt von {form} {from} nach {to}.',
    en: 'No chain of the given migrations leads from {form} {from} to {to}.',
  },
} as const satisfies Catalogue;

/** A code of migrations (`MIGRATION_*` when checked, `MIGRATE_*` when run). */
export type MigrationCode = keyof typeof MIGRATION_CODES;
