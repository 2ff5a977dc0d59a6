/** The playground's own words, in German and English (the form's texts come from the state). */
export const TEXTS = {
  title: { de: 'antrag – Spielwiese', en: 'antrag – playground' },
  intro: {
    de: 'Ein Formular aus dem FIM-Modell, allein aus der Zustands-API von antrag gezeichnet.',
    en: 'A form in the FIM model, drawn from the antrag state API alone.',
  },
  chooseForm: { de: 'Formular', en: 'Form' },
  dropXdf: {
    de: 'Oder eine XDatenfelder-Datei (XDF 2 oder 3) wählen',
    en: 'Or choose an XDatenfelder file (XDF 2 or 3)',
  },
  language: { de: 'Sprache', en: 'Language' },
  choose: { de: '– bitte wählen –', en: '– please choose –' },
  yes: { de: 'Ja', en: 'Yes' },
  no: { de: 'Nein', en: 'No' },
  add: { de: 'Hinzufügen: {label}', en: 'Add: {label}' },
  remove: { de: 'Entfernen: {label} {n}', en: 'Remove: {label} {n}' },
  item: { de: '{label} {n}', en: '{label} {n}' },
  submit: { de: 'Antrag prüfen und senden', en: 'Check and send the application' },
  errors: {
    de: '{count} Fehler. Bitte korrigieren Sie die markierten Angaben.',
    en: '{count} errors. Please correct the marked entries.',
  },
  valid: {
    de: 'Der Antrag ist vollständig. Die Nachricht wurde erstellt.',
    en: 'The application is complete. The message was written.',
  },
  summary: { de: 'Fehler im Antrag', en: 'Errors in the application' },
  message: { de: 'XML-Nachricht', en: 'XML message' },
  download: { de: 'Nachricht herunterladen', en: 'Download the message' },
  answer: { de: 'Antwort der Behörde', en: 'Answer of the authority' },
  receipt: { de: 'Quittung: Der Antrag wurde angenommen.', en: 'Receipt: the application was accepted.' },
  rejection: { de: 'Rückweisung ({reason}): {count} Fehler.', en: 'Rejection ({reason}): {count} errors.' },
  imported: { de: 'Importiert: {name} ({findings} Hinweise)', en: 'Imported: {name} ({findings} findings)' },
  importFailed: {
    de: 'Die Datei konnte nicht importiert werden: {message}',
    en: 'The file could not be imported: {message}',
  },
  file: { de: 'Datei: {name}', en: 'File: {name}' },
  noFile: { de: 'Keine Datei gewählt', en: 'No file chosen' },
} as const satisfies Record<string, { readonly de: string; readonly en: string }>;

export type TextKey = keyof typeof TEXTS;

/** A text in a language with `{name}` parameters filled in. */
export function say(key: TextKey, lang: 'de' | 'en', params: Record<string, string | number> = {}): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
