/**
 * The service in process (Fastify `inject`, the pool inline): every route with valid and invalid
 * input, the status codes of the issue, the token, and every answer checked against the schemas
 * of the OpenAPI document, which itself is validated by @apidevtools/swagger-parser. The oracle
 * for the answers is the library called directly, not the service.
 */

import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_REFERENCE_DATE } from '../../examples/cases.js';
import { alg2 } from '../../schemas/alg2/form.js';
import { builtInForms } from '../forms/registry.js';
import { loadDefinition } from '../model/load.js';
import { compile } from '../validate/compile.js';
import { readMessage } from '../xml/read.js';
import { readReceipt } from '../xml/receipt.js';
import { generateXsd } from '../xml/xsd.js';
import { buildService, type Service } from './app.js';
import { SERVE_CODES } from './codes.js';
import { openApiDocument, openApiPath } from './openapi.js';
import { createPool } from './pool.js';
import { ROUTES } from './routes.js';

const TOKEN = 'a-token-of-at-least-16-characters';
const REF = `referenceDate=${EXAMPLE_REFERENCE_DATE}`;
const alg2v1 = loadDefinition(readFileSync('schemas/alg2/versions/1.0.0.json', 'utf8'));
if (!alg2v1.ok) throw new Error('alg2 1.0.0 does not load');
const forms = { definitions: [...builtInForms.values(), alg2v1.definition], codeLists: [] };

let service: Service;
let document: Record<string, unknown>;
let ajv: Ajv2020;

type Injected = Awaited<ReturnType<Service['app']['inject']>>;

/** Sends a request with the token; JSON bodies as objects, others as text. */
function request(
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
  contentType?: string,
): Promise<Injected> {
  const headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` };
  if (contentType) headers['content-type'] = contentType;
  const payload =
    body === undefined
      ? undefined
      : typeof body === 'string' || body instanceof Uint8Array
        ? body
        : JSON.stringify(body);
  return service.app.inject({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload: Buffer.from(payload) }),
  });
}

/** Checks an answer against the OpenAPI document: its status is documented, its body fits the schema. */
function conforms(method: string, url: string, response: Injected): void {
  const route = ROUTES.find(
    (r) =>
      r.method === method &&
      new RegExp(`^${r.url.replace(/:\w+/g, '[^/]+')}$`).test(url.split('?')[0] as string),
  );
  if (!route) throw new Error(`no route for ${method} ${url}`);
  const paths = document.paths as Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
  >;
  const operation = paths[openApiPath(route.url)]?.[method.toLowerCase()];
  const documented = operation?.responses[String(response.statusCode)];
  expect(
    documented,
    `${method} ${url} answered ${response.statusCode}, which the document does not list`,
  ).toBeDefined();
  const type = (response.headers['content-type'] as string).split(';')[0] as string;
  const media =
    documented?.content?.[type] ??
    (type === 'text/plain' ? documented?.content?.['text/plain; version=0.0.4'] : undefined);
  expect(media, `${method} ${url}: ${type} not documented for ${response.statusCode}`).toBeDefined();
  const schema = media?.schema as { type?: string };
  const value = type.endsWith('json') ? JSON.parse(response.body) : response.body;
  const validate = ajv.compile(schema);
  expect(validate(value), `${method} ${url}: ${ajv.errorsText(validate.errors)}`).toBe(true);
}

beforeAll(async () => {
  const pool = createPool({ forms, workers: 0, maxQueue: 1, maxQueuedBytes: 1, retryAfter: 1 });
  service = buildService({ forms, pool, token: TOKEN, bodyLimit: 1024 * 1024, logger: false });
  await service.app.ready();
  const served = await request('GET', '/openapi.json');
  document = JSON.parse(served.body);
  // The validated, dereferenced copy: schemas with their references resolved.
  const dereferenced = (await SwaggerParser.dereference(structuredClone(document) as never)) as unknown;
  document = dereferenced as Record<string, unknown>;
  ajv = new Ajv2020({ strict: false, allErrors: true });
});

afterAll(() => service.app.close());

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document (swagger-parser) and the one the service serves', async () => {
    const served = await request('GET', '/openapi.json');
    expect(served.statusCode).toBe(200);
    const parsed = JSON.parse(served.body);
    expect(parsed).toEqual(openApiDocument());
    expect(parsed.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(parsed))).resolves.toBeDefined();
  });

  it('documents every route the server has, and no other', () => {
    const documented = Object.entries(document.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const registered = ROUTES.map((route) => `${route.method} ${openApiPath(route.url)}`);
    expect(documented.sort()).toEqual(registered.sort());
    for (const route of ROUTES)
      expect(service.app.hasRoute({ method: route.method, url: route.url })).toBe(true);
  });

  it('is committed as docs/openapi.json (regenerate with npm run docs:write)', () => {
    expect(JSON.parse(readFileSync('docs/openapi.json', 'utf8'))).toEqual(openApiDocument());
  });
});

describe('operations', () => {
  it('GET /health and /ready answer without the token', async () => {
    const health = await service.app.inject('/health');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    conforms('GET', '/health', health);
    const ready = await service.app.inject('/ready');
    expect(ready.json()).toEqual({ status: 'ready' });
    conforms('GET', '/ready', ready);
  });

  it('every other route needs the token: 401 with WWW-Authenticate', async () => {
    for (const url of ['/forms', '/metrics', '/openapi.json']) {
      const response = await service.app.inject(url);
      expect(response.statusCode, url).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.json().issues[0].code).toBe('SERVE_UNAUTHORIZED');
      conforms('GET', url, response);
    }
    const wrong = await service.app.inject({ url: '/forms', headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.statusCode).toBe(401);
  });

  it('GET /metrics counts requests, issues by code and refused bodies (Prometheus text)', async () => {
    await request('POST', '/forms/alg2/validate', '{', 'application/json');
    await request('POST', `/forms/fuehrerschein/validate?${REF}`, {}, 'application/json');
    const response = await request('GET', '/metrics');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = response.body;
    expect(text).toMatch(
      /^antrag_http_requests_total\{route="\/forms\/:form\/validate",method="POST",status="400"\} [1-9]/m,
    );
    expect(text).toMatch(/^antrag_issues_total\{code="JSON_SYNTAX"\} [1-9]/m);
    expect(text).toMatch(/^antrag_issues_total\{code="REQUIRED"\} [1-9]/m);
    expect(text).toMatch(/^antrag_rejected_bodies_total\{reason="JSON_SYNTAX"\} [1-9]/m);
    expect(text).toMatch(
      /^antrag_http_request_duration_seconds_bucket\{route="\/forms\/:form\/validate",le="\+Inf"\} [1-9]/m,
    );
    // Every sample line is `name{labels} number`.
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
      expect(line).toMatch(/^[a-z_]+(\{[^}]*\})? -?[0-9.e+-]+$/);
    }
    conforms('GET', '/metrics', response);
  });

  it('unknown paths: 404 SERVE_NOT_FOUND', async () => {
    const response = await request('GET', '/nothing/here');
    expect(response.statusCode).toBe(404);
    expect(response.json().issues[0].code).toBe('SERVE_NOT_FOUND');
  });
});

describe('forms and their artefacts', () => {
  it('GET /forms lists key, id, name, versions (highest first) and status', async () => {
    const response = await request('GET', '/forms');
    conforms('GET', '/forms', response);
    const list = response.json() as Array<{ key: string; versions: string[]; id: string }>;
    expect(list.map((f) => f.key)).toEqual(['alg2', 'fuehrerschein', 'personenbefoerderungsschein']);
    expect(list[0]?.versions).toEqual(['2.0.0', '1.0.0']);
    expect(list[0]?.id).toBe(alg2.id);
  });

  it('definition, xsd, json-schema and xdf of a version, as the library makes them', async () => {
    const definition = await request('GET', '/forms/alg2/1.0.0/definition');
    expect(definition.json()).toEqual(alg2v1.definition);
    const xsd = await request('GET', '/forms/alg2/2.0.0/xsd?naming=fim-id&versionSuffix=true');
    expect(xsd.headers['content-type']).toMatch(/^application\/xml/);
    expect(xsd.body).toBe(generateXsd(alg2, { naming: 'fim-id', versionSuffix: true }));
    const schema = await request('GET', '/forms/fuehrerschein/2.0.0/json-schema');
    expect(schema.json().$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const xdf = await request('GET', '/forms/personenbefoerderungsschein/2.0.0/xdf');
    expect(xdf.body).toContain('xdatenfelder.stammdatenschema.0102');
    for (const [url, response] of [
      ['/forms/alg2/1.0.0/definition', definition],
      ['/forms/alg2/2.0.0/xsd', xsd],
      ['/forms/fuehrerschein/2.0.0/json-schema', schema],
      ['/forms/personenbefoerderungsschein/2.0.0/xdf', xdf],
    ] as const) {
      expect(response.statusCode).toBe(200);
      conforms('GET', url, response);
    }
  });

  it('an unknown form or version is 404 SERVE_UNKNOWN_FORM; a bad parameter 400 SERVE_BAD_REQUEST', async () => {
    for (const url of ['/forms/nope/1.0.0/xsd', '/forms/alg2/9.9.9/definition']) {
      const response = await request('GET', url);
      expect(response.statusCode).toBe(404);
      expect(response.json().issues[0].code).toBe('SERVE_UNKNOWN_FORM');
      conforms('GET', url, response);
    }
    for (const url of ['/forms/alg2/2.0.0/xsd?naming=other', '/forms/alg2/2.0.0/xsd?unknown=1']) {
      const response = await request('GET', url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().issues[0].code).toBe('SERVE_BAD_REQUEST');
    }
  });
});

describe('POST /forms/{form}/validate', () => {
  const url = `/forms/alg2/validate?${REF}`;

  it('answers 200 with the Report for valid and invalid submissions alike', async () => {
    const valid = JSON.parse(readFileSync('examples/alg2/valid.json', 'utf8'));
    const ok = await request('POST', url, valid, 'application/json');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ valid: true, issues: [] });
    conforms('POST', url, ok);
    const invalid = JSON.parse(readFileSync('examples/alg2/invalid/anlage-kdu-fehlt.json', 'utf8'));
    const bad = await request('POST', url, invalid, 'application/json');
    expect(bad.statusCode).toBe(200);
    const expected = compile(alg2).validate(invalid, { referenceDate: EXAMPLE_REFERENCE_DATE });
    expect(bad.json()).toEqual({ valid: false, issues: JSON.parse(JSON.stringify(expected.issues)) });
    conforms('POST', url, bad);
  });

  it('?lang= adds each message in that language as text; ?version= picks a version', async () => {
    const response = await request('POST', `${url}&lang=en&version=1.0.0`, {}, 'application/json');
    const issues = response.json().issues as Array<{ text: string; message: { en: string } }>;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.text).toBe(issue.message.en);
    expect(
      compile(alg2v1.definition as typeof alg2).validate({}, { referenceDate: EXAMPLE_REFERENCE_DATE }).issues
        .length,
    ).toBe(issues.length);
  });

  it('400 with the parser’s code for a body that is not JSON; 415 for another media type; 413 over the limit', async () => {
    const syntax = await request('POST', url, '{"a": ', 'application/json');
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json().issues[0].code).toBe('JSON_SYNTAX');
    conforms('POST', url, syntax);
    const deep = await request('POST', url, '['.repeat(10_000), 'application/json');
    expect(deep.statusCode).toBe(400);
    expect(deep.json().issues[0].code).toBe('LIMIT_DEPTH');
    const xml = await request('POST', url, '<a/>', 'application/xml');
    expect(xml.statusCode).toBe(415);
    expect(xml.json().issues[0].code).toBe('SERVE_MEDIA_TYPE');
    conforms('POST', url, xml);
    const none = await service.app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${TOKEN}` },
      payload: Buffer.from('{}'),
    });
    expect(none.statusCode).toBe(415);
    const large = await request('POST', url, `{"x":"${'a'.repeat(1024 * 1024)}"}`, 'application/json');
    expect(large.statusCode).toBe(413);
    expect(large.json().issues[0]).toMatchObject({
      code: 'SERVE_BODY_TOO_LARGE',
      params: { limit: 1024 * 1024 },
    });
    conforms('POST', url, large);
  });

  it('keys such as __proto__ are data: reported as unknown, nothing polluted', async () => {
    const response = await request(
      'POST',
      url,
      '{"__proto__": {"polluted": true}, "constructor": 1}',
      'application/json',
    );
    expect(response.statusCode).toBe(200);
    const codes = (response.json().issues as Array<{ code: string; path: string }>).filter(
      (i) => i.code === 'UNKNOWN_KEY',
    );
    expect(codes.map((i) => i.path).sort()).toEqual(['/__proto__', '/constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('messages and receipts', () => {
  const valid = () => JSON.parse(readFileSync('examples/fuehrerschein/valid.json', 'utf8'));
  const header = {
    nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
    erstellungszeitpunkt: '2026-03-02T10:00:00+01:00',
    autor: { kennung: 'psw:00000001', name: 'Portal' },
    leser: { kennung: 'psw:01003110', name: 'Fahrerlaubnisbehörde' },
  };

  it('POST /forms/{form}/messages writes a valid submission; an invalid one gets its Report', async () => {
    const url = `/forms/fuehrerschein/messages?${REF}`;
    const ok = await request('POST', url, { data: valid(), header }, 'application/json');
    expect(ok.statusCode).toBe(200);
    conforms('POST', url, ok);
    const written = ok.json() as { valid: boolean; xml: string };
    expect(written.valid).toBe(true);
    // The oracle: the library reads the message back to the same data and header.
    const back = readMessage(compile(builtInForms.get('fuehrerschein') as typeof alg2), written.xml, {
      referenceDate: EXAMPLE_REFERENCE_DATE,
    });
    expect(back.valid).toBe(true);
    expect(back.data).toEqual(valid());
    expect(back.header).toMatchObject(header);

    const bad = await request(
      'POST',
      url,
      { data: { ...valid(), antragsart: 'unbekannt' } },
      'application/json',
    );
    expect(bad.statusCode).toBe(200);
    expect(bad.json().valid).toBe(false);
    expect(bad.json().xml).toBeUndefined();
    conforms('POST', url, bad);

    const shape = await request('POST', url, { header }, 'application/json');
    expect(shape.statusCode).toBe(400);
    expect(shape.json().issues[0]).toMatchObject({ code: 'SERVE_BAD_REQUEST', params: { where: 'body' } });
    conforms('POST', url, shape);
  });

  it('POST /forms/{form}/messages/read reads a message: data, header and a Report with XPath and line:column', async () => {
    const url = `/forms/alg2/messages/read?${REF}`;
    const ok = await request('POST', url, readFileSync('examples/alg2/valid.xml'), 'application/xml');
    expect(ok.statusCode).toBe(200);
    conforms('POST', url, ok);
    expect(ok.json().data).toEqual(JSON.parse(readFileSync('examples/alg2/valid.json', 'utf8')));
    const invalidXml = readFileSync('examples/alg2/invalid/anlage-kdu-fehlt.xml');
    const bad = await request('POST', url, invalidXml, 'text/xml; charset=utf-8');
    expect(bad.statusCode).toBe(200);
    conforms('POST', url, bad);
    const expected = readMessage(compile(alg2), invalidXml, { referenceDate: EXAMPLE_REFERENCE_DATE });
    expect(bad.json().report).toEqual(JSON.parse(JSON.stringify(expected.report)));
    expect(bad.json().report.issues.every((i: { xml?: object }) => i.xml)).toBe(true);

    const notXml = await request('POST', url, '<a><b></a>', 'application/xml');
    expect(notXml.statusCode).toBe(400);
    expect(notXml.json().issues[0].code).toBe('XML_MISMATCHED_TAG');
    expect(notXml.json().issues[0].xml).toMatchObject({ line: 1 });
    conforms('POST', url, notXml);
    const wrongRoot = await request('POST', url, '<a/>', 'application/xml');
    expect(wrongRoot.statusCode).toBe(200);
    expect(wrongRoot.json().report.issues[0].code).toBe('XML_WRONG_ROOT');
    const json = await request('POST', url, '{}', 'application/json');
    expect(json.statusCode).toBe(415);
  });

  it('POST /receipts answers a valid Report with a quittung and an invalid one with a rueckweisung', async () => {
    const quittung = await request(
      'POST',
      '/receipts',
      { header, report: { valid: true, issues: [] } },
      'application/json',
    );
    expect(quittung.statusCode).toBe(200);
    conforms('POST', '/receipts', quittung);
    const read = readReceipt(quittung.body);
    expect(read.receipt?.kind).toBe('quittung');
    expect(read.receipt?.answers).toBe(header.nachrichtenUUID);
    expect(read.receipt?.header.leser).toEqual(expect.objectContaining(header.autor));

    const report = readMessage(
      compile(alg2),
      readFileSync('examples/alg2/invalid/anlage-kdu-fehlt.xml'),
    ).report;
    const rejection = await request('POST', '/receipts', { header, report }, 'application/json');
    expect(rejection.statusCode).toBe(200);
    const rejected = readReceipt(rejection.body).receipt;
    expect(rejected?.kind).toBe('rueckweisung');
    expect(rejected?.reason).toBe('S020');
    expect(rejected?.issues?.map((i) => i.code)).toEqual(
      report.issues.filter((i) => i.severity === 'error').map((i) => i.code),
    );

    const broken = await request(
      'POST',
      '/receipts',
      { header: { ...header, nachrichtenUUID: 'nope' }, report },
      'application/json',
    );
    expect(broken.statusCode).toBe(400);
    expect(broken.json().issues[0].code).toBe('SERVE_BAD_REQUEST');
    conforms('POST', '/receipts', broken);
  });
});

describe('the catalogue', () => {
  it('every service code has the status the routes answer with, and each is documented in the OpenAPI document', () => {
    const text = JSON.stringify(openApiDocument());
    for (const [code, info] of Object.entries(SERVE_CODES)) {
      expect([400, 401, 404, 413, 415, 500, 503]).toContain(info.status);
      if (info.status !== 503) expect(text, code).toContain(code);
    }
  });
});

describe('draining (the last test: the service stays drained)', () => {
  it('/ready answers 503 SERVE_NOT_READY once the service drains; /health still 200', async () => {
    service.drain();
    const ready = await service.app.inject('/ready');
    expect(ready.statusCode).toBe(503);
    expect(ready.json().issues[0].code).toBe('SERVE_NOT_READY');
    conforms('GET', '/ready', ready);
    expect((await service.app.inject('/health')).statusCode).toBe(200);
  });

  it('answers a request arriving while draining with 503 SERVE_NOT_READY, Retry-After and Connection: close', async () => {
    const late = await request(
      'POST',
      '/forms/alg2/validate?referenceDate=2026-03-02',
      readFileSync('examples/alg2/valid.json'),
      'application/json',
    );
    expect(late.statusCode).toBe(503);
    expect(late.json().issues[0].code).toBe('SERVE_NOT_READY');
    expect(late.headers['retry-after']).toBe('1');
    expect(late.headers.connection).toBe('close');
    conforms('POST', '/forms/alg2/validate', late);
    // The probes still answer (liveness 200), and close their connection too.
    const health = await service.app.inject('/health');
    expect(health.statusCode).toBe(200);
    expect(health.headers.connection).toBe('close');
  });
});
