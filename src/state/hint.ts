/**
 * The hint a renderer shows under an input: what the field accepts, said from its
 * `praezisierung` and file constraints in German or English. Patterns are not explained (an XSD
 * regular expression means nothing to applicants); the field's help text is the place for that.
 * No constraint, no hint.
 */

import { formatMessage } from '../issues/catalogue.js';
import type { FieldDefinition } from '../model/types.js';

/** The hint templates: `{min}`, `{max}`, `{types}`, `{size}`. */
export const HINTS = {
  lengthBetween: { de: '{min} bis {max} Zeichen.', en: '{min} to {max} characters.' },
  lengthMax: { de: 'Höchstens {max} Zeichen.', en: 'At most {max} characters.' },
  lengthMin: { de: 'Mindestens {min} Zeichen.', en: 'At least {min} characters.' },
  valueBetween: { de: 'Von {min} bis {max}.', en: 'From {min} to {max}.' },
  valueMax: { de: 'Höchstens {max}.', en: 'At most {max}.' },
  valueMin: { de: 'Mindestens {min}.', en: 'At least {min}.' },
  currency: { de: 'Betrag in Euro.', en: 'Amount in euros.' },
  fileTypes: { de: 'Erlaubte Dateiarten: {types}.', en: 'Allowed file types: {types}.' },
  fileSize: { de: 'Höchstens {size}.', en: 'At most {size}.' },
} as const satisfies Record<string, { readonly de: string; readonly en: string }>;

/** A renderer's language. */
export type Lang = 'de' | 'en';

function bounds(
  min: number | string | undefined,
  max: number | string | undefined,
  between: { de: string; en: string },
  onlyMax: { de: string; en: string },
  onlyMin: { de: string; en: string },
  lang: Lang,
): string | undefined {
  if (min !== undefined && max !== undefined) return formatMessage(between[lang], { min, max });
  if (max !== undefined) return formatMessage(onlyMax[lang], { max });
  if (min !== undefined) return formatMessage(onlyMin[lang], { min });
  return undefined;
}

function megabytes(bytes: number, lang: Lang): string {
  const mb = bytes / 1_000_000;
  const text = Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
  return `${lang === 'de' ? text.replace('.', ',') : text} MB`;
}

/** The hint for a field, or undefined when it has no constraint worth saying. */
export function hintOf(field: FieldDefinition, lang: Lang): string | undefined {
  const parts: string[] = [];
  const p = field.praezisierung ?? {};
  if (field.datentyp === 'text' || field.datentyp === 'text_latin') {
    const text = bounds(
      p.minLength !== undefined && p.minLength > 1 ? p.minLength : undefined,
      p.maxLength,
      HINTS.lengthBetween,
      HINTS.lengthMax,
      HINTS.lengthMin,
      lang,
    );
    if (text) parts.push(text);
  }
  if (field.datentyp === 'num_currency') parts.push(HINTS.currency[lang]);
  if (field.datentyp.startsWith('num') || ['date', 'time', 'datetime'].includes(field.datentyp)) {
    const text = bounds(p.minValue, p.maxValue, HINTS.valueBetween, HINTS.valueMax, HINTS.valueMin, lang);
    if (text) parts.push(text);
  }
  if (field.file?.mediaTypes && field.file.mediaTypes.length > 0) {
    parts.push(formatMessage(HINTS.fileTypes[lang], { types: field.file.mediaTypes.join(', ') }));
  }
  if (field.file?.maxSize !== undefined) {
    parts.push(formatMessage(HINTS.fileSize[lang], { size: megabytes(field.file.maxSize, lang) }));
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}
