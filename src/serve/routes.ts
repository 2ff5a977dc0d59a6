/**
 * The service's routes as data: method, path, parameters, request body and responses with their
 * schemas. The server registers its routes from this catalogue (parameters checked by Fastify's
 * schema validation) and the OpenAPI document is generated from it, so the two cannot differ.
 */

import { type SchemaName, schemaRef } from './schemas.js';

export const JSON_MEDIA = 'application/json';
export const XML_MEDIA = 'application/xml';
export const METRICS_MEDIA = 'text/plain; version=0.0.4';

type Schema = Readonly<Record<string, unknown>>;

export interface Parameter {
  readonly schema: Schema;
  readonly description: string;
}

export interface Response {
  readonly description: string;
  /** Media type → schema. */
  readonly content?: Readonly<Record<string, Schema>>;
  readonly headers?: Readonly<Record<string, { readonly description: string; readonly schema: Schema }>>;
}

export interface RouteSpec {
  readonly method: 'GET' | 'POST';
  /** Fastify path syntax (`/forms/:form/validate`). */
  readonly url: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly params?: Readonly<Record<string, Parameter>>;
  readonly query?: Readonly<Record<string, Parameter>>;
  /** The body: which kind of media it accepts and its schema per media type. */
  readonly body?: { readonly accepts: 'json' | 'xml'; readonly description: string; readonly schema: Schema };
  readonly responses: Readonly<Record<number, Response>>;
  /** False for the probes, which orchestrators call without credentials. */
  readonly auth: boolean;
}

const json = (name: SchemaName) => ({ [JSON_MEDIA]: schemaRef(name) });
const reportOf = (description: string): Response => ({ description, content: json('Report') });

const FORM: Parameter = {
  schema: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,128}$' },
  description: 'The form’s key (GET /forms lists them), e.g. alg2.',
};
const VERSION: Parameter = {
  schema: { type: 'string', pattern: '^[A-Za-z0-9_.+-]{1,64}$' },
  description: 'A version the form is offered in.',
};
const VERSION_QUERY: Parameter = {
  ...VERSION,
  description: 'The form version; default the highest offered.',
};
const LANG: Parameter = {
  schema: { enum: ['de', 'en'] },
  description: 'Adds to every issue its message in this language as `text`.',
};
const REFERENCE_DATE: Parameter = {
  schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  description: 'The day rules treat as today (YYYY-MM-DD); default the current date (UTC).',
};
const NAMING: Parameter = {
  schema: { enum: ['key', 'fim-id'] },
  description: 'Element names: readable keys (default) or FIM ids.',
};
const VERSION_SUFFIX: Parameter = {
  schema: { type: 'boolean' },
  description: 'With naming=fim-id: element names carry the version (F99000001V1.0.0).',
};

const RETRY_AFTER = { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } };

/** Responses every authenticated route may give, besides its own. */
export const COMMON_RESPONSES: Readonly<Record<number, Response>> = {
  401: {
    ...reportOf('Without the service token (when the service has one): SERVE_UNAUTHORIZED.'),
    headers: { 'WWW-Authenticate': { description: 'Bearer', schema: { type: 'string' } } },
  },
  404: reportOf('Unknown path or form: SERVE_NOT_FOUND, SERVE_UNKNOWN_FORM.'),
  500: reportOf('A bug in antrag, never a verdict on the request: SERVE_INTERNAL.'),
  503: {
    ...reportOf('Saturated (SERVE_SATURATED) or shutting down; retry after Retry-After seconds.'),
    headers: { 'Retry-After': RETRY_AFTER },
  },
};

/** Responses of every route with a body. */
export const BODY_RESPONSES: Readonly<Record<number, Response>> = {
  413: reportOf('The body is larger than the service’s limit: SERVE_BODY_TOO_LARGE.'),
  415: reportOf('The body’s media type is not the one the route reads: SERVE_MEDIA_TYPE.'),
};

const ARTEFACT_PARAMS = { form: FORM, version: VERSION };
const NAMING_QUERY = { naming: NAMING, versionSuffix: VERSION_SUFFIX };

export const ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    url: '/health',
    operationId: 'health',
    summary: 'Liveness: the server thread answers.',
    tags: ['operations'],
    responses: { 200: { description: 'Alive.', content: json('Health') } },
    auth: false,
  },
  {
    method: 'GET',
    url: '/ready',
    operationId: 'ready',
    summary: 'Readiness: the forms are compiled and the service is not shutting down.',
    description:
      'The server thread compiles the forms before it listens and answers small requests itself; ' +
      'large ones wait (in the bounded queue) for the first worker to have compiled them too.',
    tags: ['operations'],
    responses: {
      200: { description: 'Ready.', content: json('Health') },
      503: reportOf('Not ready yet, or shutting down: SERVE_NOT_READY.'),
    },
    auth: false,
  },
  {
    method: 'GET',
    url: '/metrics',
    operationId: 'metrics',
    summary: 'Metrics in the Prometheus text format.',
    description:
      'Requests by route, method and status; durations by route; issues by code; refused bodies by code; the worker pool.',
    tags: ['operations'],
    responses: { 200: { description: 'The metrics.', content: { [METRICS_MEDIA]: { type: 'string' } } } },
    auth: true,
  },
  {
    method: 'GET',
    url: '/openapi.json',
    operationId: 'openapi',
    summary: 'This document (OpenAPI 3.1).',
    tags: ['operations'],
    responses: {
      200: { description: 'The OpenAPI document.', content: { [JSON_MEDIA]: { type: 'object' } } },
    },
    auth: true,
  },
  {
    method: 'GET',
    url: '/forms',
    operationId: 'listForms',
    summary: 'The forms the service offers, with their versions.',
    tags: ['forms'],
    responses: { 200: { description: 'The forms, by key.', content: json('FormList') } },
    auth: true,
  },
  {
    method: 'GET',
    url: '/forms/:form/:version/definition',
    operationId: 'getDefinition',
    summary: 'The form’s definition (antrag/definition@1 JSON, the FIM model).',
    tags: ['forms'],
    params: ARTEFACT_PARAMS,
    responses: { 200: { description: 'The definition.', content: { [JSON_MEDIA]: { type: 'object' } } } },
    auth: true,
  },
  {
    method: 'GET',
    url: '/forms/:form/:version/xsd',
    operationId: 'getXsd',
    summary: 'The XSD the form’s messages satisfy.',
    tags: ['forms'],
    params: ARTEFACT_PARAMS,
    query: NAMING_QUERY,
    responses: { 200: { description: 'The XSD.', content: { [XML_MEDIA]: { type: 'string' } } } },
    auth: true,
  },
  {
    method: 'GET',
    url: '/forms/:form/:version/json-schema',
    operationId: 'getJsonSchema',
    summary: 'The JSON Schema (2020-12) of the form’s submissions.',
    tags: ['forms'],
    params: ARTEFACT_PARAMS,
    query: NAMING_QUERY,
    responses: { 200: { description: 'The JSON Schema.', content: { [JSON_MEDIA]: { type: 'object' } } } },
    auth: true,
  },
  {
    method: 'GET',
    url: '/forms/:form/:version/xdf',
    operationId: 'getXdf',
    summary: 'The form as an XDatenfelder 3 Stammdatenschema message.',
    tags: ['forms'],
    params: ARTEFACT_PARAMS,
    responses: { 200: { description: 'The XDF 3 message.', content: { [XML_MEDIA]: { type: 'string' } } } },
    auth: true,
  },
  {
    method: 'POST',
    url: '/forms/:form/validate',
    operationId: 'validate',
    summary: 'Validates a submission (JSON) and answers its Report.',
    description:
      'Valid and invalid submissions alike are answered with 200; the Report says which. 400 only ' +
      'for a body that is not JSON at all or beyond the JSON limits (JSON_SYNTAX, LIMIT_DEPTH, LIMIT_BYTES).',
    tags: ['submissions'],
    params: { form: FORM },
    query: { version: VERSION_QUERY, lang: LANG, referenceDate: REFERENCE_DATE },
    body: { accepts: 'json', description: 'The submission.', schema: { type: 'object' } },
    responses: {
      200: reportOf('The Report of the submission.'),
      400: reportOf('The body is not JSON, or beyond the JSON limits.'),
    },
    auth: true,
  },
  {
    method: 'POST',
    url: '/forms/:form/messages',
    operationId: 'writeMessage',
    summary: 'Writes a valid submission as an XÖV-style message.',
    description:
      'An invalid submission is answered with 200 and valid false, with its Report and no message.',
    tags: ['messages'],
    params: { form: FORM },
    query: { version: VERSION_QUERY, lang: LANG, referenceDate: REFERENCE_DATE, ...NAMING_QUERY },
    body: {
      accepts: 'json',
      description: 'The submission and header parts.',
      schema: schemaRef('MessageRequest'),
    },
    responses: {
      200: {
        description: 'The message, or the Report of the invalid submission.',
        content: json('MessageResult'),
      },
      400: reportOf('The body is not JSON, or not of the documented shape (SERVE_BAD_REQUEST).'),
    },
    auth: true,
  },
  {
    method: 'POST',
    url: '/forms/:form/messages/read',
    operationId: 'readMessage',
    summary: 'Reads a message strictly: its data, header and Report (with XPath and line:column).',
    description:
      'A message that is XML but not a valid message of the form is answered with 200 and its ' +
      'Report. 400 only for a body that is not XML at all or beyond the XML limits (XML_NOT_WELL_FORMED, ' +
      'XML_DOCTYPE, XML_ENCODING_*, XML_LIMIT_*, …).',
    tags: ['messages'],
    params: { form: FORM },
    query: { version: VERSION_QUERY, lang: LANG, referenceDate: REFERENCE_DATE, ...NAMING_QUERY },
    body: { accepts: 'xml', description: 'The message.', schema: { type: 'string' } },
    responses: {
      200: { description: 'What was read.', content: json('ReadResult') },
      400: reportOf('The body is not XML, or beyond the XML limits.'),
    },
    auth: true,
  },
  {
    method: 'POST',
    url: '/receipts',
    operationId: 'writeReceipt',
    summary: 'Answers a message: a quittung for a valid Report, a rueckweisung for an invalid one.',
    tags: ['messages'],
    body: {
      accepts: 'json',
      description: 'The header of the message answered and the Report of reading it.',
      schema: schemaRef('ReceiptRequest'),
    },
    responses: {
      200: { description: 'The receipt message.', content: { [XML_MEDIA]: { type: 'string' } } },
      400: reportOf('The body is not JSON or not of the documented shape (SERVE_BAD_REQUEST).'),
    },
    auth: true,
  },
];
