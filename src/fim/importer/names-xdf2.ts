/**
 * The element names the importer reads in XDatenfelder 2.0 files (namespace
 * `urn:xoev-de:fim:standard:xdatenfelder_2`), after `xdatenfelder-baukasten.xsd` 2.0. Where an
 * XDF 3 name is listed too, the importer reads it as a fallback (`tolerated` in
 * `content-model.ts`).
 */

import { XDF2_NAMESPACE } from '../xdf.js';
import type { XdfNames } from './names.js';

export const XDF2_NAMES = {
  xdfVersion: 2,
  namespace: XDF2_NAMESPACE,
  defaultVersion: '1.0',
  bezug: 'first',
  statusCodes: 'xdf2',
  praezisierungText: 'json',

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
    status: ['status'],
    statusDate: ['freigabedatum'],
    publicationDate: ['veroeffentlichungsdatum'],
    validFrom: ['gueltigAb'],
    validUntil: ['gueltigBis'],
    schemaelementart: ['schemaelementart'],
    author: ['fachlicherErsteller'],
    versionNote: ['versionshinweis'],
    relation: ['relation'],
    keyword: ['stichwort'],
  },
  schema: {
    label: ['bezeichnungEingabe', 'bezeichnung'],
    outputLabel: ['bezeichnungAusgabe'],
    help: ['hilfetext', 'hilfetextEingabe'],
    outputHelp: ['hilfetextAusgabe'],
    rule: ['regel'],
    structure: ['struktur'],
    ableitungStruktur: ['ableitungsmodifikationenStruktur'],
    ableitungRepraesentation: ['ableitungsmodifikationenRepraesentation'],
    dokumentsteckbrief: [],
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
    freitext: ['definition'],
    bezug: ['bezug'],
    author: ['fachlicherErsteller'],
    status: ['status'],
    // XDF 3 rules have no validity; XDF 2 rules carry it like every element.
    validFrom: ['gueltigAb'],
    validUntil: ['gueltigBis'],
    // Not in the XDF 2 `Regel` (the structure check reports it as unknown), but read: see names.test.ts.
    typ: ['typ'],
    script: ['script'],
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
    header: ['referenzID'],
    rule: [
      'bezeichnungEingabe',
      'bezeichnungAusgabe',
      'versionshinweis',
      'freigabedatum',
      'veroeffentlichungsdatum',
    ],
    codelisteReferenz: ['identifikation'],
    code: ['name'],
  },
} as const satisfies XdfNames;
