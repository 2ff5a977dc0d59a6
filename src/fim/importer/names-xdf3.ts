/**
 * The element names the importer reads in XDatenfelder 3.0.0 files (namespace
 * `urn:xoev-de:fim:standard:xdatenfelder_3.0.0`), after `xdatenfelder-baukasten.xsd` 3.0.0.
 * Where an XDF 2 name is listed too, the importer reads it as a fallback (`tolerated` in
 * `content-model.ts`).
 */

import { XDF3_NAMESPACE } from '../xdf.js';
import type { XdfNames } from './names.js';

export const XDF3_NAMES = {
  xdfVersion: 3,
  namespace: XDF3_NAMESPACE,
  defaultVersion: '1.0.0',
  bezug: 'joined',
  statusCodes: 'xdf3',
  praezisierungText: 'fallback',

  message: {
    header: ['header'],
    schema: ['stammdatenschema'],
    group: ['datenfeldgruppe'],
    field: ['datenfeld'],
  },
  header: { messageId: ['nachrichtID'], createdAt: ['erstellungszeitpunkt'] },
  general: {
    identification: ['identifikation'],
    name: ['name'],
    description: ['beschreibung'],
    definition: ['definition'],
    bezug: ['bezug'],
    status: ['freigabestatus'],
    statusDate: ['statusGesetztAm'],
    publicationDate: ['veroeffentlichungsdatum'],
    validFrom: ['gueltigAb'],
    validUntil: ['gueltigBis'],
    schemaelementart: ['schemaelementart'],
    author: ['statusGesetztDurch', 'fachlicherErsteller'],
    versionNote: ['versionshinweis'],
    relation: ['relation'],
    keyword: ['stichwort'],
  },
  schema: {
    label: ['bezeichnung', 'bezeichnungEingabe'],
    // An XDF 3 schema has no output texts: the antrag extension carries them.
    outputLabel: [],
    help: ['hilfetext', 'hilfetextEingabe'],
    outputHelp: [],
    rule: ['regel'],
    structure: ['struktur'],
    ableitungStruktur: ['ableitungsmodifikationenStruktur'],
    ableitungRepraesentation: ['ableitungsmodifikationenRepraesentation'],
    dokumentsteckbrief: ['dokumentsteckbrief'],
  },
  element: {
    label: ['bezeichnungEingabe', 'bezeichnung'],
    outputLabel: ['bezeichnungAusgabe'],
    help: ['hilfetextEingabe'],
    outputHelp: ['hilfetextAusgabe'],
  },
  group: { rule: ['regel'], structure: ['struktur'] },
  field: {
    feldart: ['feldart'],
    datentyp: ['datentyp'],
    praezisierung: ['praezisierung'],
    content: ['inhalt'],
    prefill: ['vorbefuellung'],
    values: ['werte'],
    codeList: ['codelisteReferenz'],
    codeKey: ['codeKey'],
    nameKey: ['nameKey'],
    helpKey: ['helpKey'],
    maxSize: ['maxSize'],
    mediaType: ['mediaType'],
    rule: ['regel'],
  },
  rule: {
    identification: ['identifikation'],
    name: ['name'],
    description: ['beschreibung'],
    freitext: ['freitextRegel'],
    bezug: ['bezug'],
    author: ['fachlicherErsteller'],
    status: ['freigabestatus'],
    validFrom: [],
    validUntil: [],
    typ: ['typ'],
    script: ['skript', 'script'],
    keyword: ['stichwort'],
  },
  identification: { id: ['id'], version: ['version'] },
  structure: { count: ['anzahl'], bezug: ['bezug'], contains: ['enthaelt'] },
  contains: { field: ['datenfeld'], group: ['datenfeldgruppe'] },
  codeList: {
    genericode: ['genericodeIdentification'],
    uri: ['canonicalIdentification'],
    version: ['version'],
    versionUri: ['canonicalVersionUri'],
  },
  genericode: {
    uri: ['canonicalIdentification'],
    version: ['version'],
    versionUri: ['canonicalVersionUri'],
  },
  relation: { predicate: ['praedikat'], object: ['objekt'] },
  values: { value: ['wert'] },
  value: { code: ['code'], name: ['name'], help: ['hilfe'] },
  code: { code: ['code'] },
  unread: {
    header: ['referenzID', 'produktbezeichnung', 'produkthersteller', 'produktversion', 'datenqualitaet'],
    schema: ['letzteAenderung'],
    group: ['letzteAenderung', 'art'],
    field: ['letzteAenderung'],
    rule: ['letzteAenderung', 'param', 'ziel', 'fehler'],
    param: ['typ'],
    code: ['name'],
  },
} as const satisfies XdfNames;
