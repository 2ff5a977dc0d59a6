/**
 * The codes of the versions registry (`formVersions`): a submission or message that names a form
 * or version the registry does not hold, or an envelope (`$form`) that is not one.
 *
 * Codes are API: they never change meaning once released. New codes may be added.
 */

import type { CodeInfo, CodeParams } from '../../issues/catalogue.js';
import { buildIssue, type Issue } from '../../issues/issue.js';

/** The registry's codes with severity and message templates (see docs/report.md). */
export const VERSION_CODES = {
  FORM_UNKNOWN: {
    severity: 'error',
    de: 'Das Formular {form} ist nicht bekannt; bekannt sind: {known}.',
    en: 'The form {form} is not known; known forms: {known}.',
  },
  FORM_VERSION_UNKNOWN: {
    severity: 'error',
    de: 'Das Formular {form} ist in der Version {version} nicht bekannt; bekannte Versionen: {known}.',
    en: 'The form {form} is not known in version {version}; known versions: {known}.',
  },
  FORM_NOT_NAMED: {
    severity: 'error',
    de: 'Die Daten nennen ihr Formular nicht ($form) und es sind mehrere Formulare bekannt: {known}.',
    en: 'The data does not name its form ($form) and several forms are known: {known}.',
  },
  ENVELOPE_INVALID: {
    severity: 'error',
    de: 'Die Angabe $form ist ungültig: erwartet wird ein Objekt mit key oder id (Texte) und optional version (Text).',
    en: 'The $form entry is invalid: {detail}',
  },
  MESSAGE_FORM_UNKNOWN: {
    severity: 'error',
    de: 'Die Nachricht {root} gehört zu keinem bekannten Formular.',
    en: 'The message {root} belongs to no known form.',
  },
  MESSAGE_VERSION_UNKNOWN: {
    severity: 'error',
    de: 'Die Nachricht ist vom Formular {form} in einer unbekannten Version (Namensraum {namespace}); bekannte Namensräume: {known}.',
    en: 'The message is of form {form} in an unknown version (namespace {namespace}); known namespaces: {known}.',
  },
} as const satisfies Record<string, CodeInfo>;

/** A code of the versions registry. */
export type VersionCode = keyof typeof VERSION_CODES;

/** An issue of the registry's catalogue, at a JSON pointer of the submission (`''` for the whole). */
export function versionIssue<C extends VersionCode>(
  code: C,
  path: string,
  params: CodeParams<typeof VERSION_CODES, C>,
): Issue {
  const info: CodeInfo = VERSION_CODES[code];
  return buildIssue(code, info.severity, info, path, params);
}
