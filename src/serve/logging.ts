/**
 * What the service logs: structured lines (pino, Fastify's logger) about requests, never their
 * content. Submissions carry Sozialdaten (§ 35 SGB I), so the log holds no body, no query string
 * and no header but the request id: a request is logged as method, route pattern (not its URL) and id, a
 * response as status and time, an error as its name and stack frames (not its message, which may
 * quote data). Redaction of known paths is a second line of defence, not the first (decision 0022).
 */

import type { FastifyServerOptions } from 'fastify';

interface RequestLike {
  readonly id?: unknown;
  readonly method?: string;
  readonly routeOptions?: { readonly url?: string | undefined };
}

export const LOG_SERIALIZERS = {
  req(request: RequestLike) {
    // The route pattern, not the URL: a path or query string could carry anything a client put there.
    return { id: request.id, method: request.method ?? '', route: request.routeOptions?.url ?? '(no route)' };
  },
  res(reply: { readonly statusCode?: number }) {
    return { statusCode: reply.statusCode ?? 0 };
  },
  err(error: { readonly name?: string; readonly code?: unknown; readonly stack?: string }) {
    const frames = (error.stack ?? '').split('\n').slice(1).join('\n');
    return {
      type: error.name ?? 'Error',
      message: '(not logged: it may quote data)',
      code: typeof error.code === 'string' ? error.code : undefined,
      stack: frames,
    };
  },
};

/** Fastify's logger options: level, the serializers above, redaction of credentials. */
export function loggerOptions(
  level: string,
  stream?: { write(line: string): void },
): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level,
    serializers: LOG_SERIALIZERS,
    redact: { paths: ['req.headers', 'req.body', 'req.query', 'headers', 'body'], censor: '[redacted]' },
    ...(stream ? { stream } : {}),
  };
}
