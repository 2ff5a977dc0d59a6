/**
 * Graceful shutdown: on SIGTERM (or SIGINT) the service stops accepting connections at once
 * (new ones are refused by the operating system), answers every request it has accepted, then
 * stops its workers and lets the process end. A request is answered or refused, never dropped:
 * - every answer from the signal on carries `Connection: close`, so keep-alive clients open a
 *   new connection for their next request (which is refused: nobody listens any more);
 * - a request that arrives on an open keep-alive connection after the signal is read and
 *   answered 503 `SERVE_NOT_READY` with `Retry-After` and `Connection: close` (app.ts);
 * - the listening socket is closed one turn of the event loop after the signal, so connections
 *   waiting in its queue are accepted and answered rather than reset by the operating system;
 * - a connection is closed by the server only once it has been idle (no request under way) for
 *   `IDLE_MS`: a client that got its last answer just before the signal and sends its next
 *   request at once is answered, not reset. (Closing every idle connection at once, as Node's
 *   `server.close()` and Fastify's `close()` do, resets the request a client sends in the
 *   moment between two requests.)
 * A grace period bounds the wait: past it the process exits with 1 and says so (an orchestrator
 * would kill it at its own deadline anyway).
 */

import { Server as NetServer } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { Service } from './app.js';
import type { Pool } from './pool.js';

/**
 * How long a connection must have been idle before the draining server closes it. Generous: on a
 * loaded machine a client's next request can take a good part of a second to be read, and a
 * connection closed under it resets that request.
 */
export const IDLE_MS = 2000;
/** How often the draining server looks for idle connections. */
const POLL_MS = 50;

/** Drains and closes the service and its pool. */
export async function shutdown(
  service: Service,
  pool: Pool,
  log: FastifyBaseLogger,
  graceMs: number,
): Promise<void> {
  service.drain();
  const timer = setTimeout(() => {
    log.error(
      { graceMs, open: service.connections.size, active: service.connections.active },
      'shutdown grace period over; exiting with requests still open',
    );
    process.exit(1);
  }, graceMs);
  timer.unref();
  // Stop accepting without closing the idle connections (http.Server#close would, at once), one
  // turn of the event loop later: the connections already waiting in the listen queue are
  // accepted first (and answered) instead of being reset by the operating system.
  await new Promise((resolve) => setImmediate(resolve));
  NetServer.prototype.close.call(service.app.server);
  while (service.connections.size > 0) {
    service.connections.closeIdle(IDLE_MS);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  // Nothing is open any more: Fastify's close runs its onClose hooks and finds no connection.
  await service.app.close();
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
