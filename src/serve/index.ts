/**
 * `antrag serve`: starts the HTTP service (app.ts) with its worker pool (pool.ts) and graceful
 * shutdown (shutdown.ts). Imported by the CLI only, and only lazily, so neither the library entry
 * nor a browser bundle ever loads Fastify. The start is ordered for time to ready: the first
 * worker starts before anything else, then this thread compiles the forms (it answers small
 * requests itself), then loads Fastify (itself loaded lazily here) and listens; `ready: forms
 * compiled` is logged once it listens with the forms compiled.
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FormDefinition } from '../model/types.js';
import type { CompiledForm } from '../validate/compile.js';
import type { Service } from './app.js';
import type { FormSet } from './forms.js';
import { loggerOptions } from './logging.js';
import { createPool, type Pool } from './pool.js';
import { onStopSignals, shutdown } from './shutdown.js';

export interface StartOptions {
  readonly forms: FormSet;
  /** Forms the caller compiled already with the set's code lists (reused, not compiled again). */
  readonly compiled?: ReadonlyMap<FormDefinition, CompiledForm>;
  readonly host: string;
  readonly port: number;
  readonly token?: string;
  readonly bodyLimit: number;
  /** Worker threads; 0 runs the work in the server thread. */
  readonly workers: number;
  /** Bodies smaller than this run in the server thread (see pool.ts); 0 sends all to the workers. */
  readonly inlineBelow?: number;
  readonly maxQueue: number;
  readonly maxQueuedBytes: number;
  readonly logLevel: string;
  readonly graceMs: number;
}

export interface RunningService {
  readonly service: Service;
  readonly pool: Pool;
  /** The address listened on, e.g. http://127.0.0.1:8080. */
  readonly address: string;
}

/**
 * The worker entry beside this module: `worker.js` in the build (this code may sit in `dist/` or
 * in a chunk beside `dist/serve/`), `worker.ts` when run from source with a TypeScript loader.
 */
export function workerUrl(): URL | undefined {
  const here = import.meta.url;
  if (typeof here !== 'string') return undefined;
  for (const candidate of ['./worker.js', './serve/worker.js', '../serve/worker.js', './worker.ts']) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** Starts the service and stops it gracefully on SIGTERM/SIGINT. Rejects when it cannot listen. */
export async function startService(options: StartOptions): Promise<RunningService> {
  const url = options.workers > 0 ? workerUrl() : undefined;
  if (options.workers > 0 && !url)
    throw new Error('the worker entry (serve/worker.js) is missing from the build');
  const pool = createPool({
    forms: options.forms,
    workers: options.workers,
    maxQueue: options.maxQueue,
    maxQueuedBytes: options.maxQueuedBytes,
    retryAfter: 1,
    ...(url ? { workerUrl: url } : {}),
    ...(options.inlineBelow === undefined ? {} : { inlineBelow: options.inlineBelow }),
    ...(options.compiled ? { compiled: options.compiled } : {}),
  });
  const { buildService } = await import('./app.js');
  const service = buildService({
    forms: options.forms,
    pool,
    bodyLimit: options.bodyLimit,
    logger: loggerOptions(options.logLevel),
    ...(options.token === undefined ? {} : { token: options.token }),
  });
  const log = service.app.log;
  const stop = () => void shutdown(service, pool, log, options.graceMs);
  pool.workersReady.then(
    () =>
      log.info({ workers: options.workers }, 'a worker has compiled the forms (large requests run there)'),
    (error: Error) => {
      log.fatal({ reason: error.message }, 'the forms could not be compiled; stopping');
      process.exitCode = 2;
      stop();
    },
  );
  onStopSignals((signal) => {
    log.info({ signal }, 'draining: answering accepted requests, then stopping');
    stop();
  });
  const address = await service.app.listen({ host: options.host, port: options.port });
  pool.ready.then(
    () => log.info({ workers: options.workers }, 'ready: forms compiled'),
    () => undefined, // reported through workersReady
  );
  return { service, pool, address };
}
