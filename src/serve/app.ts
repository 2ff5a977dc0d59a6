/**
 * The Fastify application of `antrag serve`: the routes of the catalogue (routes.ts) over a
 * worker pool (pool.ts). The application checks requests (token, media type, parameters, size),
 * hands bodies to the pool as bytes and sends the finished answers; it never parses or validates
 * content itself (the pool does: small bodies in this thread, large ones in workers). Every
 * answer is either the route's result or a Report with one issue of the service's codes
 * (codes.ts); nothing is thrown at a client.
 */

import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import type { FormDefinition } from '../model/types.js';
import type { NamingOptions } from '../xml/message.js';
import { SERVE_CODES, type ServeCode, serveReport } from './codes.js';
import { Connections } from './connections.js';
import { byKey, type FormSet, findForm, summaries } from './forms.js';
import { Metrics } from './metrics.js';
import { openApiDocument } from './openapi.js';
import { compileParams } from './params.js';
import type { Pool } from './pool.js';
import { JSON_MEDIA, METRICS_MEDIA, ROUTES, type RouteSpec } from './routes.js';
import type { Artefact, Lang, Task, TaskResult } from './tasks.js';

export interface ServiceOptions {
  readonly forms: FormSet;
  readonly pool: Pool;
  /** When set, every route but the probes needs `Authorization: Bearer <token>`. */
  readonly token?: string;
  /** Largest request body in bytes. */
  readonly bodyLimit: number;
  /** Fastify's logger option (see logging.ts); false for none. */
  readonly logger: FastifyServerOptions['logger'];
}

export interface Service {
  readonly app: FastifyInstance;
  readonly metrics: Metrics;
  /** The open connections (for the graceful shutdown). */
  readonly connections: Connections;
  /**
   * Marks the service as shutting down: from then on /ready answers 503, every answer closes its
   * connection, and a request that arrives later (on an open keep-alive connection) is answered
   * 503 `SERVE_NOT_READY` with `Retry-After` — after its body is read, so that closing the
   * connection cannot reset the answer. Requests that arrived before are answered as usual.
   */
  drain(): void;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** False for routes open without the token (the probes). */
    auth?: boolean;
  }
}

const JSON_TYPE = `${JSON_MEDIA}; charset=utf-8`;

type BuildValidator = NonNullable<
  NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildValidator']
>;

/** The kind of a media type: JSON, XML, or neither. */
function mediaKind(contentType: string | undefined): 'json' | 'xml' | undefined {
  const essence = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (essence === 'application/json' || /^application\/[\w.-]+\+json$/.test(essence)) return 'json';
  if (essence === 'application/xml' || essence === 'text/xml' || /^application\/[\w.-]+\+xml$/.test(essence))
    return 'xml';
  return undefined;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function sendReport(reply: FastifyReply, code: ServeCode, params: Record<string, unknown> = {}) {
  return reply
    .code(SERVE_CODES[code].status)
    .type(JSON_TYPE)
    .send(JSON.stringify(serveReport(code, params)));
}

interface Query {
  readonly version?: string;
  readonly lang?: Lang;
  readonly referenceDate?: string;
  readonly naming?: 'key' | 'fim-id';
  readonly versionSuffix?: boolean;
}

function namingOf(query: Query): NamingOptions {
  return { naming: query.naming ?? 'key', versionSuffix: query.versionSuffix ?? false };
}

/**
 * Fastify's schema of a route's parameters: every one typed, no unknown query parameters. Equal
 * schemas are one object (`shared`), so ajv compiles each once, not once per route.
 */
function fastifySchema(route: RouteSpec, shared: Map<string, object>) {
  const one = (schema: object) => {
    const key = JSON.stringify(schema);
    const known = shared.get(key);
    if (known) return known;
    shared.set(key, schema);
    return schema;
  };
  const object = (values: RouteSpec['params']) => ({
    type: 'object',
    properties: Object.fromEntries(Object.entries(values ?? {}).map(([name, p]) => [name, p.schema])),
    additionalProperties: false,
  });
  return {
    ...(route.params
      ? { params: one({ ...object(route.params), required: Object.keys(route.params) }) }
      : {}),
    querystring: one(object(route.query)),
  };
}

/** Builds the service (not listening yet). */
export function buildService(options: ServiceOptions): Service {
  const { pool } = options;
  const forms = byKey(options.forms.definitions);
  const metrics = new Metrics();
  const expected = options.token === undefined ? undefined : digest(options.token);
  const openapi = JSON.stringify(openApiDocument());
  const formList = JSON.stringify(summaries(forms));
  let draining = false;
  /** Requests that arrived after drain() (refused by their handler, once their body is read). */
  const late = new WeakSet<FastifyRequest>();

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit,
    return503OnClosing: true,
    // Route parameters are checked by params.ts, not ajv (start-up time; decision 0029): unknown
    // query parameters are errors, not silently dropped; booleans come as text. No route has a
    // response schema: answers are serialised where they are made (tasks.ts).
    schemaController: {
      compilersFactory: {
        // Fastify types these factories after ajv's; it calls the function returned as
        // validator compiler (see params.ts), so its own ajv is never loaded.
        buildValidator: (() => (route: { schema: Record<string, unknown> }) =>
          compileParams(route.schema)) as unknown as BuildValidator,
        buildSerializer: () => () => (data: unknown) => JSON.stringify(data),
      },
    },
  });

  // Bodies stay bytes: the workers parse them within the library's limits, not the server thread.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: options.bodyLimit }, (_request, body, done) =>
    done(null, body),
  );

  const connections = new Connections(app.server);

  app.addHook('onRequest', async (request, reply) => {
    if (draining) late.add(request);
    if (expected === undefined || request.routeOptions.config?.auth === false) return;
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!timingSafeEqual(digest(given), expected)) {
      metrics.rejectedBody('SERVE_UNAUTHORIZED');
      reply.header('www-authenticate', 'Bearer');
      return sendReport(reply, 'SERVE_UNAUTHORIZED');
    }
  });

  // While draining, every answer closes its connection, so keep-alive clients cannot hold the
  // server open after their last request.
  app.addHook('onSend', async (_request, reply) => {
    if (draining) reply.header('connection', 'close');
  });

  app.addHook('onResponse', async (request, reply) => {
    metrics.request(
      request.routeOptions.url ?? '(no route)',
      request.method,
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });

  app.setNotFoundHandler((request, reply) =>
    sendReport(reply, 'SERVE_NOT_FOUND', { path: request.url.split('?')[0] }),
  );

  app.setErrorHandler(
    (
      error: {
        code?: string;
        statusCode?: number;
        validation?: unknown;
        validationContext?: string;
        message?: string;
      },
      request,
      reply,
    ) => {
      if (error.validation) {
        metrics.rejectedBody('SERVE_BAD_REQUEST');
        return sendReport(reply, 'SERVE_BAD_REQUEST', {
          where: error.validationContext ?? 'request',
          detail: error.message,
        });
      }
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        metrics.rejectedBody('SERVE_BODY_TOO_LARGE');
        return sendReport(reply, 'SERVE_BODY_TOO_LARGE', { limit: options.bodyLimit });
      }
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        metrics.rejectedBody('SERVE_MEDIA_TYPE');
        return sendReport(reply, 'SERVE_MEDIA_TYPE', {
          found: request.headers['content-type'] ?? '(none)',
          expected: 'application/json or application/xml',
        });
      }
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
        metrics.rejectedBody('SERVE_BAD_REQUEST');
        return sendReport(reply, 'SERVE_BAD_REQUEST', {
          where: 'request',
          detail: error.code ?? 'bad request',
        });
      }
      request.log.error({ err: error }, 'internal error');
      return sendReport(reply, 'SERVE_INTERNAL');
    },
  );

  const send = (request: FastifyRequest, reply: FastifyReply, result: TaskResult) => {
    metrics.issueCodes(result.codes);
    if (result.rejected !== undefined) metrics.rejectedBody(result.rejected);
    if (result.status === 503) metrics.rejectedBody('SERVE_SATURATED');
    if (result.internal) request.log.error({ err: result.internal }, 'internal error in a worker');
    for (const [name, value] of Object.entries(result.headers ?? {})) reply.header(name, value);
    return reply.code(result.status).type(result.contentType).send(result.body);
  };

  /** The definition a request means, or undefined after answering 404. */
  const resolve = (
    reply: FastifyReply,
    key: string,
    version: string | undefined,
  ): FormDefinition | undefined => {
    const definition = findForm(forms, key, version);
    if (!definition)
      void sendReport(reply, 'SERVE_UNKNOWN_FORM', { form: key, version: version ?? '(highest)' });
    return definition;
  };

  const refuseLate = (reply: FastifyReply) => {
    metrics.rejectedBody('SERVE_NOT_READY');
    reply.header('retry-after', '1');
    return sendReport(reply, 'SERVE_NOT_READY');
  };

  type Handler = (request: FastifyRequest, reply: FastifyReply) => unknown;
  const handlers: Readonly<Record<string, Handler>> = {
    health: (_request, reply) => reply.type(JSON_TYPE).send('{"status":"ok"}'),
    ready: (_request, reply) =>
      pool.isReady() && !draining
        ? reply.type(JSON_TYPE).send('{"status":"ready"}')
        : sendReport(reply, 'SERVE_NOT_READY'),
    metrics: (_request, reply) => reply.type(METRICS_MEDIA).send(metrics.render(pool.stats())),
    openapi: (_request, reply) => reply.type(JSON_TYPE).send(openapi),
    listForms: (_request, reply) => reply.type(JSON_TYPE).send(formList),
  };
  const artefacts: Readonly<Record<string, Artefact>> = {
    getDefinition: 'definition',
    getXsd: 'xsd',
    getJsonSchema: 'json-schema',
    getXdf: 'xdf',
  };
  const bodyOps: Readonly<Record<string, 'validate' | 'write' | 'read' | 'receipt'>> = {
    validate: 'validate',
    writeMessage: 'write',
    readMessage: 'read',
    writeReceipt: 'receipt',
  };

  const schemas = new Map<string, object>();
  for (const route of ROUTES) {
    const artefact = artefacts[route.operationId];
    const op = bodyOps[route.operationId];
    const fixed = handlers[route.operationId];
    const handler: Handler = fixed
      ? fixed
      : artefact
        ? async (request, reply) => {
            const params = request.params as { form: string; version: string };
            const definition = resolve(reply, params.form, params.version);
            if (!definition) return reply;
            const task: Task = {
              op: 'artefact',
              form: { key: definition.key, version: definition.version },
              kind: artefact,
              naming: namingOf(request.query as Query),
            };
            return send(request, reply, await pool.run(task));
          }
        : async (request, reply) => {
            const kind = mediaKind(request.headers['content-type']);
            const accepts = route.body?.accepts ?? 'json';
            if (kind !== accepts) {
              metrics.rejectedBody('SERVE_MEDIA_TYPE');
              return sendReport(reply, 'SERVE_MEDIA_TYPE', {
                found: request.headers['content-type'] ?? '(none)',
                expected: accepts === 'json' ? 'application/json' : 'application/xml',
              });
            }
            const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
            if (op === 'receipt') return send(request, reply, await pool.run({ op: 'receipt', body }));
            const query = request.query as Query;
            const params = request.params as { form: string };
            const definition = resolve(reply, params.form, query.version);
            if (!definition) return reply;
            const common = {
              form: { key: definition.key, version: definition.version },
              body,
              ...(query.lang === undefined ? {} : { lang: query.lang }),
              ...(query.referenceDate === undefined ? {} : { referenceDate: query.referenceDate }),
            };
            const task: Task =
              op === 'validate'
                ? { op: 'validate', ...common }
                : op === 'write'
                  ? { op: 'write', ...common, naming: namingOf(query) }
                  : { op: 'read', ...common, naming: namingOf(query) };
            return send(request, reply, await pool.run(task));
          };
    app.route({
      method: route.method,
      url: route.url,
      schema: fastifySchema(route, schemas),
      config: { auth: route.auth },
      // The probes answer while draining (/ready says 503 itself); other late requests are refused.
      handler:
        route.auth === false
          ? handler
          : (request, reply) => (late.has(request) ? refuseLate(reply) : handler(request, reply)),
    });
  }

  return {
    app,
    metrics,
    connections,
    drain: () => {
      draining = true;
    },
  };
}
