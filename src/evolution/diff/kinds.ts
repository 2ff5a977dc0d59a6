/**
 * The catalogue of change kinds `diffDefinitions` reports. Kinds are API: a kind never changes
 * meaning once released; new kinds may be added. Each entry says which part of the definition it
 * concerns (`area`) and what it means; docs/diff.md lists them (generated from here).
 */

/** One entry of the catalogue. */
export interface ChangeKindInfo {
  readonly area: 'structure' | 'value' | 'codes' | 'rules' | 'text' | 'metadata' | 'message' | 'other';
  readonly en: string;
  readonly de: string;
}

/** Every change kind with its area and meaning. */
export const CHANGE_KINDS = {
  'element-added': {
    area: 'structure',
    en: 'A field or group exists only in the new version.',
    de: 'Ein Feld oder eine Gruppe gibt es nur in der neuen Version.',
  },
  'element-removed': {
    area: 'structure',
    en: 'A field or group exists only in the old version.',
    de: 'Ein Feld oder eine Gruppe gibt es nur in der alten Version.',
  },
  'element-moved': {
    area: 'structure',
    en: 'The same FIM element sits under another parent.',
    de: 'Dasselbe FIM-Element steht unter einem anderen Elternelement.',
  },
  'element-reordered': {
    area: 'structure',
    en: 'The same FIM element changed its position among its siblings (element order of XML messages).',
    de: 'Dasselbe FIM-Element steht an anderer Stelle unter seinen Geschwistern (Reihenfolge in XML-Nachrichten).',
  },
  'element-renamed': {
    area: 'structure',
    en: 'The same FIM element has another key (JSON property, XML element name).',
    de: 'Dasselbe FIM-Element hat einen anderen Schlüssel (JSON-Eigenschaft, XML-Elementname).',
  },
  'element-kind': {
    area: 'structure',
    en: 'A field became a group or a group a field.',
    de: 'Aus einem Feld wurde eine Gruppe oder umgekehrt.',
  },
  'element-id': {
    area: 'structure',
    en: 'The element at the same key path has another FIM id.',
    de: 'Das Element am selben Schlüsselpfad hat eine andere FIM-Id.',
  },
  'element-version': {
    area: 'metadata',
    en: 'The FIM version of an element changed.',
    de: 'Die FIM-Version eines Elements hat sich geändert.',
  },
  cardinality: {
    area: 'structure',
    en: 'How often an element occurs (anzahl) changed.',
    de: 'Die Anzahl eines Elements hat sich geändert.',
  },
  datentyp: {
    area: 'value',
    en: 'The data type of a field changed.',
    de: 'Der Datentyp eines Feldes hat sich geändert.',
  },
  feldart: {
    area: 'value',
    en: 'The kind of a field changed.',
    de: 'Die Feldart eines Feldes hat sich geändert.',
  },
  praezisierung: {
    area: 'value',
    en: 'One facet of the praezisierung (minLength, maxLength, minValue, maxValue, pattern) changed.',
    de: 'Eine Angabe der Präzisierung (minLength, maxLength, minValue, maxValue, pattern) hat sich geändert.',
  },
  'file-constraints': {
    area: 'value',
    en: 'The allowed media types or the maximum size of a file field changed.',
    de: 'Die erlaubten Medientypen oder die Höchstgröße eines Dateifeldes haben sich geändert.',
  },
  'code-list': {
    area: 'codes',
    en: 'The code list reference (URI or version) changed; codes added and removed when both lists are loaded.',
    de: 'Die Codelisten-Referenz (URI oder Version) hat sich geändert; hinzugefügte und entfernte Codes, wenn beide Listen geladen sind.',
  },
  codes: {
    area: 'codes',
    en: 'The allowed codes changed under the same reference (inline values, or a list loaded with other content).',
    de: 'Die erlaubten Codes haben sich bei gleicher Referenz geändert (Inline-Werte oder anders geladene Liste).',
  },
  'code-texts': {
    area: 'text',
    en: 'Names or help texts of codes changed; the codes are the same.',
    de: 'Namen oder Hilfetexte von Codes haben sich geändert; die Codes sind gleich.',
  },
  text: {
    area: 'text',
    en: 'A text changed: name, label, output label, help, description, definition or version note.',
    de: 'Ein Text hat sich geändert: Name, Bezeichnung, Hilfetext, Beschreibung, Definition oder Versionshinweis.',
  },
  bezug: {
    area: 'text',
    en: 'The legal basis (bezug) of an element or of its occurrence changed.',
    de: 'Der Bezug (Rechtsgrundlage) eines Elements oder seines Vorkommens hat sich geändert.',
  },
  status: {
    area: 'metadata',
    en: 'The freigabestatus of an element changed.',
    de: 'Der Freigabestatus eines Elements hat sich geändert.',
  },
  metadata: {
    area: 'metadata',
    en: 'Metadata validation does not read changed (dates, author, schemaelementart, relations, prefilling, fixed content).',
    de: 'Metadaten, die die Prüfung nicht liest, haben sich geändert (Daten, Ersteller, Schemaelementart, Relationen, Vorbefüllung, fester Inhalt).',
  },
  'rule-added': {
    area: 'rules',
    en: 'A rule exists only in the new version.',
    de: 'Eine Regel gibt es nur in der neuen Version.',
  },
  'rule-removed': {
    area: 'rules',
    en: 'A rule exists only in the old version.',
    de: 'Eine Regel gibt es nur in der alten Version.',
  },
  'rule-expression': {
    area: 'rules',
    en: 'The expression of a rule changed (compared as printed, normalised expressions).',
    de: 'Der Ausdruck einer Regel hat sich geändert (verglichen in normalisierter Form).',
  },
  'rule-kind': {
    area: 'rules',
    en: 'What a rule does (ruleKind) changed.',
    de: 'Die Wirkung einer Regel (ruleKind) hat sich geändert.',
  },
  'rule-typ': {
    area: 'rules',
    en: 'The XDF rule type (typ) changed.',
    de: 'Der XDF-Regeltyp (typ) hat sich geändert.',
  },
  'rule-bezug': {
    area: 'rules',
    en: 'The legal basis of a rule changed.',
    de: 'Der Bezug einer Regel hat sich geändert.',
  },
  'rule-code': {
    area: 'rules',
    en: 'The issue code a failing rule reports changed.',
    de: 'Der Fehlercode einer nicht erfüllten Regel hat sich geändert.',
  },
  'rule-message': {
    area: 'rules',
    en: 'The message a failing rule reports changed.',
    de: 'Die Meldung einer nicht erfüllten Regel hat sich geändert.',
  },
  'rule-text': {
    area: 'rules',
    en: 'Name, description or free text of a rule changed.',
    de: 'Name, Beschreibung oder Freitext einer Regel hat sich geändert.',
  },
  'rule-metadata': {
    area: 'rules',
    en: 'Version, status, dates, author or foreign script of a rule changed.',
    de: 'Version, Status, Daten, Ersteller oder fremdes Skript einer Regel haben sich geändert.',
  },
  message: {
    area: 'message',
    en: 'A message setting changed (namespace, root element, standard) or the form key naming the root element.',
    de: 'Eine Nachrichteneinstellung hat sich geändert (Namensraum, Wurzelelement, Standard) oder der Formularschlüssel.',
  },
  'carried-code-lists': {
    area: 'codes',
    en: 'The code lists the definition carries changed (their effect on fields is reported per field).',
    de: 'Die mitgeführten Codelisten haben sich geändert (die Wirkung auf Felder steht je Feld).',
  },
  property: {
    area: 'other',
    en: 'A property the diff does not know changed; its effect cannot be proved, so it is breaking.',
    de: 'Eine der Differenz unbekannte Eigenschaft hat sich geändert; ihre Wirkung ist nicht beweisbar, daher inkompatibel.',
  },
} as const satisfies Readonly<Record<string, ChangeKindInfo>>;

/** A change kind; see `CHANGE_KINDS`. */
export type ChangeKind = keyof typeof CHANGE_KINDS;
