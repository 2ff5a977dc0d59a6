/**
 * The HTTP service under load (issue 17), with autocannon on loopback, bounded in time: the built
 * CLI (`dist/`, built here first) runs `antrag serve` as a child process next to a bare Fastify
 * process that only parses and echoes the same JSON body. Three targets, measured in one run:
 * validation throughput ≥ 60 % of the bare route's at 32 connections (0 errors, p99 reported);
 * `GET /health` p99 ≤ 50 ms while 5 MB messages are read continuously; and SIGTERM under load:
 * every request sent is answered. Also the start-up time (spawn → listening, spawn → ready).
 */

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { compile } from '../src/validate/compile.js';
import { writeMessage } from '../src/xml/write.js';
import { alg2Data, alg2Unbounded, REFERENCE_DATE } from './workloads.js';

export interface ServeResult {
  readonly startListeningMs: number;
  readonly startReadyMs: number;
  readonly bare: { readonly rps: number; readonly p99: number; readonly errors: number };
  readonly validate: {
    readonly rps: number;
    readonly p99: number;
    readonly errors: number;
    readonly non2xx: number;
  };
  readonly health: { readonly p99: number; readonly requests: number; readonly errors: number };
  readonly heavy: { readonly requests: number; readonly bytes: number; readonly non2xx: number };
  readonly sigterm: {
    readonly sent: number;
    readonly answered: number;
    readonly errors: number;
    readonly exitCode: number | null;
  };
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
    let members = 100;
    let xml = '';
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
      xml = written.xml;
      if (xml.length >= 5_000_000) break;
      members = Math.ceil((members * 5_000_000) / xml.length) + 1;
    }
    const valid = readFileSync('examples/alg2/valid.json');
    const cli = join(process.cwd(), 'dist', 'cli', 'main.js');

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
    const drainRun = cannon({
      ...common,
      url: `${service.base}/forms/alg2/validate?referenceDate=${REFERENCE_DATE}`,
      duration: seconds,
    });
    await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 2));
    service.process.kill('SIGTERM');
    const drain = await drainRun;
    const exitCode = await service.exited;
    const answered = drain['1xx'] + drain['2xx'] + drain['3xx'] + drain['4xx'] + drain['5xx'];

    return {
      startListeningMs,
      startReadyMs,
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
      sigterm: { sent: drain.requests.sent, answered, errors: drain.errors, exitCode },
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
      'SIGTERM half-way through 32 connections of validation',
      `${result.sigterm.sent} sent, ${result.sigterm.answered} answered; ${result.sigterm.errors} connection errors after the port closed; exit code ${result.sigterm.exitCode}`,
      'sent = answered, exit 0',
      result.sigterm.sent === result.sigterm.answered && result.sigterm.exitCode === 0,
    ),
    '',
    `Start-up with the shipped forms and one more: listening after ${result.startListeningMs.toFixed(0)} ms, ready (forms compiled in the workers) after ${result.startReadyMs.toFixed(0)} ms from spawning the process.`,
    '',
  ].join('\n');
}
