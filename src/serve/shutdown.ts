/**
 * Graceful shutdown: on SIGTERM (or SIGINT) the service stops accepting connections, answers
 * every request it has accepted, then stops its workers and lets the process end. Requests that
 * arrive on an open connection meanwhile are refused with 503 (Fastify's `return503OnClosing`),
 * so a request is answered or refused, never dropped. A grace period bounds the wait: past it the
 * process exits with 1 and says so (an orchestrator would kill it at its own deadline anyway).
 */

import type { FastifyBaseLogger } from 'fastify';
import type { Service } from './app.js';
import type { Pool } from './pool.js';

/** Drains and closes the service and its pool. */
export async function shutdown(
  service: Service,
  pool: Pool,
  log: FastifyBaseLogger,
  graceMs: number,
): Promise<void> {
  service.drain();
  const timer = setTimeout(() => {
    log.error({ graceMs }, 'shutdown grace period over; exiting with requests still open');
    process.exit(1);
  }, graceMs);
  timer.unref();
  // Connections that fall idle while draining are closed as they do (Fastify closes the idle
  // ones only once, when closing starts).
  const idle = setInterval(() => service.app.server.closeIdleConnections(), 100);
  await service.app.close();
  clearInterval(idle);
  await pool.close();
  clearTimeout(timer);
  log.info('stopped');
}

/** Calls `stop` once on the first SIGTERM or SIGINT. */
export function onStopSignals(stop: (signal: NodeJS.Signals) => void): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    stop(signal);
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
}
