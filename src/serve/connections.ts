/**
 * The open connections of the HTTP server, for a graceful shutdown (shutdown.ts): the requests
 * under way on each and since when each has been idle. Node's server knows which connections are
 * idle but not for how long; closing one the moment it falls idle resets the request its client
 * is sending in that moment.
 */

import type { Server as HttpServer, IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

interface ConnectionState {
  /** Requests under way on the connection. */
  active: number;
  /** When the connection last fell idle (performance.now()). */
  idleSince: number;
}

/** The open connections of an HTTP server: the requests under way on each, and since when each is idle. */
export class Connections {
  private readonly open = new Map<Socket, ConnectionState>();

  constructor(server: HttpServer) {
    server.on('connection', (socket: Socket) => {
      this.open.set(socket, { active: 0, idleSince: performance.now() });
      socket.once('close', () => this.open.delete(socket));
    });
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const state = this.open.get(request.socket);
      if (!state) return;
      state.active++;
      response.once('close', () => {
        state.active--;
        state.idleSince = performance.now();
      });
    });
  }

  /** Open connections. */
  get size(): number {
    return this.open.size;
  }

  /** Requests under way. */
  get active(): number {
    let active = 0;
    for (const state of this.open.values()) active += state.active;
    return active;
  }

  /** Closes the connections idle for at least `idleMs`. */
  closeIdle(idleMs: number): void {
    const now = performance.now();
    for (const [socket, state] of this.open) {
      if (state.active === 0 && now - state.idleSince >= idleMs) socket.destroy();
    }
  }
}
