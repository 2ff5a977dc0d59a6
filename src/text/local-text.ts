/**
 * A text in German and optionally English: labels, help texts, code names and messages.
 * German is the language of record; English falls back to German where it is missing.
 */

/** A text in German, optionally English. German is the language of record. */
export interface LocalText {
  readonly de: string;
  readonly en?: string;
}

/** The languages texts and messages come in. */
export const LANGUAGES = ['de', 'en'] as const;
/** A language of texts and messages. */
export type Language = (typeof LANGUAGES)[number];
