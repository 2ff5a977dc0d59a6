/**
 * Stable codes of rule findings at definition time (part of `lint`), with severity and message
 * templates. `{name}` placeholders are filled from the finding's params; `{rule}` is the rule id
 * and `{position}` the offset in the expression.
 */

import type { Catalogue } from '../issues/catalogue.js';

/** The catalogue of rule finding codes with severity and message templates (see docs/rules.md). */
export const RULE_CODES = {
  DEF_RULE_SYNTAX: {
    severity: 'error',
    de: 'Regel {rule}: Syntaxfehler an Position {position}.',
    en: 'Rule {rule}: syntax error at position {position}: {detail}.',
  },
  DEF_RULE_INVALID_LITERAL: {
    severity: 'error',
    de: 'Regel {rule}: ungültiger Wert {literal} an Position {position}.',
    en: 'Rule {rule}: invalid literal {literal} at position {position}.',
  },
  DEF_RULE_UNKNOWN_REFERENCE: {
    severity: 'error',
    de: 'Regel {rule}: „{reference}“ ist kein Element des Formulars (Position {position}).',
    en: 'Rule {rule}: "{reference}" is not an element of the form (position {position}).',
  },
  DEF_RULE_UNKNOWN_FUNCTION: {
    severity: 'error',
    de: 'Regel {rule}: unbekannte Funktion „{name}“ (Position {position}).',
    en: 'Rule {rule}: unknown function "{name}" (position {position}).',
  },
  DEF_RULE_ARITY: {
    severity: 'error',
    de: 'Regel {rule}: „{name}“ erwartet {expected} Argumente, erhalten {actual} (Position {position}).',
    en: 'Rule {rule}: "{name}" takes {expected} arguments, got {actual} (position {position}).',
  },
  DEF_RULE_TYPE_MISMATCH: {
    severity: 'error',
    de: 'Regel {rule}: erwartet {expected}, gefunden {actual} (Position {position}).',
    en: 'Rule {rule}: expected {expected}, found {actual} (position {position}).',
  },
  DEF_RULE_REPEAT_SCOPE: {
    severity: 'error',
    de: 'Regel {rule}: der Verweis an Position {position} führt in eine Wiederholung außerhalb der Regel und ergibt eine Liste; nur in count, sum, min, max, any, all, unique oder rechts von „in“ verwendbar.',
    en: 'Rule {rule}: the reference at position {position} leads into a repeat outside the rule and yields a list; use it only in count, sum, min, max, any, all, unique or on the right of "in".',
  },
  DEF_RULE_INVALID_PATTERN: {
    severity: 'error',
    de: 'Regel {rule}: ungültiger regulärer Ausdruck „{pattern}“.',
    en: 'Rule {rule}: invalid regular expression "{pattern}": {detail}.',
  },
  DEF_RULE_RESULT_TYPE: {
    severity: 'error',
    de: 'Regel {rule} ({ruleKind}) muss {expected} ergeben, ergibt aber {actual}.',
    en: 'Rule {rule} ({ruleKind}) must yield {expected} but yields {actual}.',
  },
  DEF_RULE_NO_EXPRESSION: {
    severity: 'error',
    de: 'Regel {rule} ({ruleKind}) hat keinen Ausdruck; nur Dokumentationsregeln dürfen ohne Ausdruck sein.',
    en: 'Rule {rule} ({ruleKind}) has no expression; only documentation rules may lack one.',
  },
  DEF_RULE_NOT_APPLICABLE: {
    severity: 'error',
    de: 'Regel {rule}: {ruleKind} ist an dieser Stelle nicht möglich.',
    en: 'Rule {rule}: {ruleKind} is not possible here ({detail}).',
  },
  DEF_RULE_INVALID_ID: {
    severity: 'error',
    de: 'Die Regel-ID „{id}“ ist ungültig: erwartet R gefolgt von 8 oder 11 Ziffern.',
    en: 'The rule id "{id}" is invalid: expected R followed by 8 or 11 digits.',
  },
  DEF_RULE_DUPLICATE_ID: {
    severity: 'error',
    de: 'Die Regel-ID „{id}“ ist mit Version {version} mehrfach mit unterschiedlichem Inhalt vergeben.',
    en: 'The rule id "{id}" version {version} is used more than once with different content.',
  },
} as const satisfies Catalogue;

/** A stable code of a rule finding at definition time. */
export type RuleCode = keyof typeof RULE_CODES;
