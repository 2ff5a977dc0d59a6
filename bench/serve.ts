/**
 * The HTTP service under load (issue 17), on loopback, bounded in time: the built CLI (`dist/`,
 * built here first) runs `antrag serve` as a child process next to a bare Fastify process that
 * only parses and echoes the same JSON body. Measured in one run:
 * - start-up: spawning the process until `/ready` answers 200 (target under a second), then until
 *   every route has answered once, a read over 64 KiB in a worker among them (reported beside it);
 * - validation throughput (autocannon) ≥ 60 % of the bare route's at 32 connections (0 errors,
 *   p99 reported);
 * - `GET /health` p99 ≤ 50 ms while 5 MB messages are read continuously (autocannon);
 * - SIGTERM under load: 32 keep-alive clients of our own (autocannon cannot tell a refused
 *   connection from a dropped request) validate until the signal half-way; every request written
 *   to an open connection must be answered (200, or 503 when it arrived after the signal), none
 *   reset; connections refused after the port closed are counted apart, they carry no request.
 * Run alone with `npx tsx bench/serve.ts [--quick]` (`npm run bench` runs it after the suites).
 */

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { compile } from '../src/validate/compile.js';
import { writeMessage } from '../src/xml/write.js';
import { alg2Data, alg2Unbounded, REFERENCE_DATE } from './workloads.js';

/** What the clients of the SIGTERM run saw. */
export interface DrainCount {
  /** Requests written to an open connection. */
  readonly sent: number;
  /** Of those, answered (any status). */
  readonly answered: number;
  /** Answered 503 (they arrived after the signal). */
  readonly refusedLate: number;
  /** Sent and never answered: the connection was reset or closed under them. */
  readonly dropped: number;
  /** Connections refused, or reset before they connected, after the port closed (no request was sent on them). */
  readonly refusedConnections: number;
}

export interface ServeResult {
  readonly startListeningMs: number;
  readonly startReadyMs: number;
  /** Spawn until /ready is 200 and every route has answered once. */
  /** Spawn until `/ready` answered 200. */
  readonly startReadyAnsweredMs: number;
  /** Spawn until every route answered once. */
  readonly startAnsweredMs: number;
  readonly startStatuses: readonly number[];
  readonly bare: { readonly rps: number; readonly p99: number; readonly errors: number };
  readonly validate: {
    readonly rps: number;
    readonly p99: number;
    readonly errors: number;
    readonly non2xx: number;
  };
  readonly health: { readonly p99: number; readonly requests: number; readonly errors: number };
  readonly heavy: { readonly requests: number; readonly bytes: number; readonly non2xx: number };
  readonly sigterm: DrainCount & { readonly exitCode: number | null };
  readonly seconds: number;
}

const BARE = `
const fastify = require('fastify')({ bodyLimit: 64 * 1024 * 1024 });
fastify.post('/echo', async (request) => request.body);
fastify.listen({ port: 0, host: '127.0.0.1' }).then((address) => console.log('listening ' + address));
`;

interface Child {
  readonly process: ChildProcess;
  readonly base: string;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

async function startChild(
  command: string,
  args: string[],
  until: RegExp,
  cwd?: string,
): Promise<Child & { readonly ms: number[] }> {
  const start = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...(cwd ? { cwd } : {}) });
  let output = '';
  const marks: number[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (marks.length === 0 && /listening/i.test(output)) marks.push(performance.now() - start);
    if (marks.length === 1 && until.test(output)) marks.push(performance.now() - start);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let waited = 0; waited < 60_000; waited += 5) {
    const address = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
    if (address && until.test(output))
      return { process: child, base: address[1] as string, output: () => output, exited, ms: marks };
    if (child.exitCode !== null) throw new Error(`child exited: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`child did not start: ${output}`);
}

/**
 * `clients` keep-alive clients (one connection each) POST `body` to `url` one request after the
 * other until `until` settles or their connection is refused; counts what became of each request.
 */
async function drainingClients(
  url: string,
  body: Buffer,
  clients: number,
  until: Promise<unknown>,
): Promise<DrainCount> {
  const count = { sent: 0, answered: 0, refusedLate: 0, dropped: 0, refusedConnections: 0 };
  let over = false;
  void until.then(() => {
    over = true;
  });
  const one = (agent: Agent) =>
    new Promise<'answered' | 'refused' | 'dropped'>((resolve) => {
      const request = httpRequest(url, {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': body.byteLength },
      });
      request.on('response', (response) => {
        response.resume();
        response.on('end', () => {
          count.sent++;
          count.answered++;
          if (response.statusCode === 503) count.refusedLate++;
          resolve('answered');
        });
        response.on('error', () => {
          count.sent++;
          count.dropped++;
          resolve('dropped');
        });
      });
      // Written: on a connection already open, or once a new one has connected. A new connection
      // refused, or reset before it connected (the listen queue closed under it), carried nothing.
      let written = false;
      request.on('socket', (socket) => {
        if (!socket.connecting) written = true;
        else
          socket.once('connect', () => {
            written = true;
          });
      });
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNREFUSED' || !written) {
          count.refusedConnections++;
          resolve('refused');
        } else {
          count.sent++;
          count.dropped++;
          resolve('dropped');
        }
      });
      request.end(body);
    });
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      while (!over) if ((await one(agent)) === 'refused') break;
      agent.destroy();
    }),
  );
  return count;
}

/** A valid message of the unbounded Bürgergeld form of at least `bytes` characters. */
function messageOfSize(form: ReturnType<typeof compile>, bytes: number): string {
  let members = 1;
  for (;;) {
    const written = writeMessage(
      form,
      alg2Data(members),
      {
        nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
        erstellungszeitpunkt: '2026-02-02T10:00:00+01:00',
        autor: { kennung: 'psw:00000001', name: 'Portal' },
        leser: { kennung: 'psw:01003110', name: 'Jobcenter' },
      },
      { referenceDate: REFERENCE_DATE },
    );
    if (!written.ok) throw new Error('benchmark message is invalid');
    if (written.xml.length >= bytes) return written.xml;
    members = Math.ceil((members * bytes) / written.xml.length) + 1;
  }
}

/** Spawn → /ready 200 and every route answered once (a read over 64 KiB, in a worker, among them). */
async function startUp(
  cli: string,
  formFile: string,
  xml: string,
  valid: Buffer,
): Promise<{ readyMs: number; ms: number; statuses: number[] }> {
  const started = performance.now();
  const child = await startChild(
    process.execPath,
    [cli, 'serve', '--port', '0', '--form', formFile],
    /ready: forms compiled/,
  );
  const base = child.base;
  const ready = await fetch(`${base}/ready`);
  const readyMs = ready.status === 200 ? performance.now() - started : Number.NaN;
  await ready.arrayBuffer();
  const post = (path: string, body: string | Buffer, type: string) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': type },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
  const message = (await (
    await post(
      '/forms/alg2/messages',
      JSON.stringify({ data: JSON.parse(valid.toString()) }),
      'application/json',
    )
  ).json()) as { xml: string };
  const answers = await Promise.all([
    fetch(`${base}/ready`),
    fetch(`${base}/health`),
    fetch(`${base}/metrics`),
    fetch(`${base}/openapi.json`),
    fetch(`${base}/forms`),
    ...['definition', 'xsd', 'json-schema', 'xdf'].map((kind) => fetch(`${base}/forms/alg2/2.0.0/${kind}`)),
    post(`/forms/alg2/validate?referenceDate=${REFERENCE_DATE}`, valid, 'application/json'),
    post(`/forms/alg2/messages/read?referenceDate=${REFERENCE_DATE}`, message.xml ?? '', 'application/xml'),
    post(`/forms/alg2/messages/read?referenceDate=${REFERENCE_DATE}`, xml, 'application/xml'),
    post(
      '/receipts',
      JSON.stringify({
        header: {
          nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
          erstellungszeitpunkt: '2026-02-02T10:00:00Z',
          autor: { kennung: 'psw:00000001', name: 'Portal' },
          leser: { kennung: 'psw:01003110', name: 'Jobcenter' },
        },
        report: { valid: true, issues: [] },
      }),
      'application/json',
    ),
  ]);
  const ms = performance.now() - started;
  const statuses = answers.map((answer) => answer.status);
  await Promise.all(answers.map((answer) => answer.arrayBuffer()));
  child.process.kill('SIGTERM');
  await child.exited;
  return { readyMs, ms, statuses };
}

function cannon(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Runs the three workloads; `quick` keeps each to a second or two. */
export async function serveBenchmark(quick: boolean): Promise<ServeResult> {
  execFileSync('npx', ['tsup'], { stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'antrag-serve-bench-'));
  const seconds = quick ? 2 : 10;
  try {
    // The unbounded Bürgergeld form (as in the other benchmarks) for a 5 MB message.
    const formFile = join(dir, 'alg2-unbounded.json');
    writeFileSync(formFile, JSON.stringify(alg2Unbounded));
    const form = compile(alg2Unbounded);
    const xml = messageOfSize(form, 5_000_000);
    // Over the in-thread limit (64 KiB), so that the start-up row has a worker answer too.
    const workerXml = messageOfSize(form, 70_000);
    const valid = readFileSync('examples/alg2/valid.json');
    const cli = join(process.cwd(), 'dist', 'cli', 'main.js');

    const start = await startUp(cli, formFile, workerXml, valid);

    const bareChild = await startChild(process.execPath, ['-e', BARE], /listening/);
    const service = await startChild(
      process.execPath,
      [cli, 'serve', '--port', '0', '--form', formFile],
      /ready: forms compiled/,
    );
    const startListeningMs = service.ms[0] ?? Number.NaN;
    const startReadyMs = service.ms[1] ?? Number.NaN;

    const common = {
      connections: 32,
      duration: seconds,
      body: valid,
      headers: { 'content-type': 'application/json' },
      method: 'POST' as const,
    };
    await cannon({ ...common, url: `${bareChild.base}/echo`, duration: 1 }); // warm-up
    const bare = await cannon({ ...common, url: `${bareChild.base}/echo` });
    await cannon({
      ...common,
      url: `${service.base}/forms/alg2/validate?referenceDate=${REFERENCE_DATE}`,
      duration: 1,
    });
    const validate = await cannon({
      ...common,
      url: `${service.base}/forms/alg2/validate?referenceDate=${REFERENCE_DATE}`,
    });
    bareChild.process.kill('SIGTERM');

    const heavyRun = cannon({
      url: `${service.base}/forms/alg2/messages/read?referenceDate=${REFERENCE_DATE}`,
      method: 'POST',
      connections: 4,
      duration: seconds,
      body: xml,
      headers: { 'content-type': 'application/xml' },
      timeout: 60,
    });
    const health = await cannon({ url: `${service.base}/health`, connections: 4, duration: seconds });
    const heavy = await heavyRun;

    // The reads still queued after their load generator stopped must finish first, or the
    // drain run would measure their backlog.
    for (let waited = 0; waited < 120_000; waited += 100) {
      const text = await (await fetch(`${service.base}/metrics`)).text();
      if (/^antrag_pool_busy 0$/m.test(text) && /^antrag_pool_queued 0$/m.test(text)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const halfway = new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 2));
    const drainRun = drainingClients(
      `${service.base}/forms/alg2/validate?referenceDate=${REFERENCE_DATE}`,
      valid,
      32,
      service.exited,
    );
    await halfway;
    service.process.kill('SIGTERM');
    const drain = await drainRun;
    const exitCode = await service.exited;

    return {
      startListeningMs,
      startReadyMs,
      startReadyAnsweredMs: start.readyMs,
      startAnsweredMs: start.ms,
      startStatuses: start.statuses,
      bare: { rps: bare.requests.average, p99: bare.latency.p99, errors: bare.errors + bare.timeouts },
      validate: {
        rps: validate.requests.average,
        p99: validate.latency.p99,
        errors: validate.errors + validate.timeouts,
        non2xx: validate.non2xx,
      },
      health: {
        p99: health.latency.p99,
        requests: health.requests.total,
        errors: health.errors + health.timeouts,
      },
      heavy: { requests: heavy['2xx'], bytes: xml.length, non2xx: heavy.non2xx },
      sigterm: { ...drain, exitCode },
      seconds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The section of docs/benchmarks.md. */
export function renderServeMarkdown(result: ServeResult): string {
  const ratio = result.validate.rps / result.bare.rps;
  const verdict = (met: boolean) => (met ? 'met' : '**missed**');
  const row = (target: string, measured: string, goal: string, met: boolean) =>
    `| ${target} | ${measured} | ${goal} | ${verdict(met)} |`;
  return [
    '## HTTP service (`antrag serve`, issue 17)',
    '',
    `autocannon on loopback, ${result.seconds} s per workload; the service (built CLI, a worker per core) and a bare Fastify process that parses and echoes the same JSON run as child processes on the same machine as the load generator.`,
    '',
    '| target | measured | goal | |',
    '|---|---|---|---|',
    row(
      'validation of the valid Bürgergeld example over HTTP vs a bare Fastify echo route, 32 connections',
      `${(ratio * 100).toFixed(0)} % (${result.validate.rps.toFixed(0)} vs ${result.bare.rps.toFixed(0)} req/s; p99 ${result.validate.p99} ms vs ${result.bare.p99} ms; ${result.validate.errors} errors, ${result.validate.non2xx} non-2xx)`,
      '≥ 60 %, 0 errors',
      ratio >= 0.6 && result.validate.errors === 0 && result.validate.non2xx === 0,
    ),
    row(
      `GET /health while ${(result.heavy.bytes / 1e6).toFixed(1)} MB messages are read continuously (4 connections each)`,
      `p99 ${result.health.p99} ms (${result.health.requests} health checks, ${result.health.errors} errors; ${result.heavy.requests} messages read, ${result.heavy.non2xx} non-2xx)`,
      'p99 ≤ 50 ms',
      result.health.p99 <= 50 && result.health.errors === 0,
    ),
    row(
      'SIGTERM half-way through 32 keep-alive clients of validation',
      `${result.sigterm.sent} sent, ${result.sigterm.answered} answered (${result.sigterm.refusedLate} of them 503 after the signal), ${result.sigterm.dropped} dropped; ${result.sigterm.refusedConnections} connections refused after the port closed; exit code ${result.sigterm.exitCode}`,
      'sent = answered, exit 0',
      result.sigterm.sent === result.sigterm.answered &&
        result.sigterm.dropped === 0 &&
        result.sigterm.exitCode === 0,
    ),
    row(
      'start-up with the shipped forms and one more: spawn until /ready answers 200, then every route once (a read in a worker among them)',
      `ready after ${result.startReadyAnsweredMs.toFixed(0)} ms; every route answered after ${result.startAnsweredMs.toFixed(0)} ms (statuses ${[...new Set(result.startStatuses)].join(', ')}); in the load run: listening after ${result.startListeningMs.toFixed(0)} ms, ready after ${result.startReadyMs.toFixed(0)} ms`,
      'ready < 1000 ms, every route 200',
      result.startReadyAnsweredMs < 1000 && result.startStatuses.every((status) => status === 200),
    ),
    '',
  ].join('\n');
}

// Run alone: `npx tsx bench/serve.ts [--quick]` (prints the section; docs/benchmarks.md is left as it is).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(renderServeMarkdown(await serveBenchmark(process.argv.includes('--quick'))));
}
