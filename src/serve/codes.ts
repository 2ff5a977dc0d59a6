/**
 * The issue codes of the HTTP service (`antrag serve`): what a request itself got wrong or why
 * it was refused, before any form looked at its content. Every error response of the service is
 * a Report with one issue of these codes (or of the parser's codes for a body that is not JSON or
 * XML at all), so clients read one shape for every outcome.
 *
 * Codes are API: they never change meaning once released. New codes may be added.
 */

import { type CodeInfo, formatMessage } from '../issues/catalogue.js';
import { type Issue, makeReport, type Report } from '../issues/issue.js';

/** The service's codes with their HTTP status, severity and message templates (see docs/report.md). */
export const SERVE_CODES = {
  SERVE_UNAUTHORIZED: {
    status: 401,
    severity: 'error',
    de: 'Die Anfrage trägt nicht das Zugangstoken des Dienstes (Authorization: Bearer …).',
    en: 'The request does not carry the service token (Authorization: Bearer …).',
  },
  SERVE_NOT_FOUND: {
    status: 404,
    severity: 'error',
    de: 'Den Pfad {path} gibt es nicht.',
    en: 'There is no resource at {path}.',
  },
  SERVE_UNKNOWN_FORM: {
    status: 404,
    severity: 'error',
    de: 'Der Dienst bietet das Formular {form} (Version {version}) nicht an.',
    en: 'The service does not offer the form {form} (version {version}).',
  },
  SERVE_BAD_REQUEST: {
    status: 400,
    severity: 'error',
    de: 'Die Anfrage hat nicht die beschriebene Form ({where}).',
    en: 'The request does not have the documented shape ({where}): {detail}',
  },
  SERVE_BODY_TOO_LARGE: {
    status: 413,
    severity: 'error',
    de: 'Der Inhalt der Anfrage ist größer als erlaubt ({limit} Bytes).',
    en: 'The request body is larger than allowed ({limit} bytes).',
  },
  SERVE_MEDIA_TYPE: {
    status: 415,
    severity: 'error',
    de: 'Der Medientyp {found} wird hier nicht angenommen; erwartet: {expected}.',
    en: 'The media type {found} is not accepted here; expected: {expected}.',
  },
  SERVE_SATURATED: {
    status: 503,
    severity: 'error',
    de: 'Der Dienst ist ausgelastet; bitte in {retryAfter} Sekunden erneut versuchen.',
    en: 'The service is saturated; please retry in {retryAfter} seconds.',
  },
  SERVE_NOT_READY: {
    status: 503,
    severity: 'error',
    de: 'Der Dienst ist noch nicht bereit oder fährt herunter.',
    en: 'The service is not ready yet or is shutting down.',
  },
  SERVE_INTERNAL: {
    status: 500,
    severity: 'error',
    de: 'Interner Fehler des Dienstes (ein Fehler in antrag, nicht in der Anfrage).',
    en: 'Internal error of the service (a bug in antrag, not in the request).',
  },
} as const satisfies Record<string, CodeInfo & { readonly status: number }>;

export type ServeCode = keyof typeof SERVE_CODES;

/** A Report with one issue of the service's catalogue, for an error response. */
export function serveReport(code: ServeCode, params: Record<string, unknown> = {}): Report {
  const info = SERVE_CODES[code];
  const issue: Issue = {
    code,
    severity: info.severity,
    path: '',
    message: { de: formatMessage(info.de, params), en: formatMessage(info.en, params) },
    params,
  };
  return makeReport([issue]);
}
