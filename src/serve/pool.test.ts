/**
 * The pool's contract with threads: a bounded queue answered with 503 and Retry-After when full
 * (by count and by bytes), FIFO order, a worker that dies answers its task with 500 and is
 * replaced, a worker that cannot compile fails `ready`; small tasks run in the calling thread and
 * only large ones go to the workers. The workers here are small JavaScript files speaking the
 * pool's protocol (vitest cannot start a TypeScript worker); the real worker runs in the
 * process-level test (test/serve.test.ts) from the packed package.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from './pool.js';
import type { Task } from './tasks.js';

const dir = mkdtempSync(join(tmpdir(), 'antrag-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker: `wait` holds the thread for ms, `crash` ends it, anything else echoes the body length. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
if (workerData.fail) parentPort.postMessage({ type: 'failed', message: 'DefinitionError: broken' });
else parentPort.postMessage({ type: 'ready' });
parentPort.on('message', ({ id, task }) => {
  if (task.op === 'crash') process.exit(3);
  if (task.op === 'wait') { const end = Date.now() + task.ms; while (Date.now() < end); }
  const body = JSON.stringify({ op: task.op, n: task.n, length: task.body ? task.body.byteLength : 0 });
  parentPort.postMessage({ type: 'result', id, result: { status: 200, contentType: 'application/json; charset=utf-8', body, codes: [] } });
});
`;
const workerFile = join(dir, 'worker.cjs');
writeFileSync(workerFile, WORKER);

const pools: Pool[] = [];
afterAll(() => Promise.all(pools.map((pool) => pool.close())));

function pool(
  options: {
    workers?: number;
    maxQueue?: number;
    maxQueuedBytes?: number;
    fail?: boolean;
    inlineBelow?: number;
  } = {},
): Pool {
  const created = createPool({
    forms: { definitions: [], codeLists: [], ...(options.fail ? { fail: true } : {}) } as never,
    workers: options.workers ?? 1,
    maxQueue: options.maxQueue ?? 2,
    maxQueuedBytes: options.maxQueuedBytes ?? 1024 * 1024,
    retryAfter: 2,
    workerUrl: pathToFileURL(workerFile),
    // Every task to the workers unless a test says otherwise.
    inlineBelow: options.inlineBelow ?? 0,
  });
  pools.push(created);
  return created;
}

const task = (fields: Record<string, unknown>) => fields as unknown as Task;

describe('the worker pool', () => {
  it('queues up to its bound, in order, and answers the task beyond it at once with 503 and Retry-After', async () => {
    const p = pool({ maxQueue: 2 });
    await p.ready;
    const running = p.run(task({ op: 'wait', ms: 300, n: 1 }));
    const queued = [p.run(task({ op: 'echo', n: 2 })), p.run(task({ op: 'echo', n: 3 }))];
    expect(p.stats()).toMatchObject({ workers: 1, busy: 1, queued: 2 });
    const refused = await p.run(task({ op: 'echo', n: 4 }));
    expect(refused.status).toBe(503);
    expect(refused.headers).toEqual({ 'retry-after': '2' });
    expect(JSON.parse(refused.body).issues[0]).toMatchObject({
      code: 'SERVE_SATURATED',
      params: { retryAfter: 2 },
    });
    const answers = await Promise.all([running, ...queued]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => JSON.parse(a.body).n)).toEqual([1, 2, 3]);
    expect(p.stats()).toMatchObject({ busy: 0, queued: 0, queuedBytes: 0 });
  });

  it('bounds the bytes waiting, and hands bodies over intact (transferred or copied)', async () => {
    const p = pool({ maxQueue: 10, maxQueuedBytes: 1000 });
    await p.ready;
    const running = p.run(task({ op: 'wait', ms: 200, body: new Uint8Array(5000) }));
    const small = p.run(task({ op: 'echo', body: new Uint8Array(600) }));
    const tooMuch = await p.run(task({ op: 'echo', body: new Uint8Array(600) }));
    expect(tooMuch.status).toBe(503);
    expect(JSON.parse((await running).body).length).toBe(5000);
    expect(JSON.parse((await small).body).length).toBe(600);
    // A view into a larger buffer (as a pooled Buffer is) is copied, not transferred.
    const backing = new Uint8Array(100);
    const view = backing.subarray(10, 30);
    expect(JSON.parse((await p.run(task({ op: 'echo', body: view }))).body).length).toBe(20);
    expect(backing.byteLength).toBe(100);
  });

  it('answers the task of a worker that dies with 500 SERVE_INTERNAL and replaces the worker', async () => {
    const p = pool({ workers: 1 });
    await p.ready;
    const crashed = await p.run(task({ op: 'crash' }));
    expect(crashed.status).toBe(500);
    expect(JSON.parse(crashed.body).issues[0].code).toBe('SERVE_INTERNAL');
    expect(crashed.internal?.name).toBe('WorkerExit');
    const after = await p.run(task({ op: 'echo', n: 7 }));
    expect(after.status).toBe(200);
    expect(p.stats().workers).toBe(1);
  });

  it('fails ready when a worker cannot compile the forms', async () => {
    const p = pool({ fail: true });
    await expect(p.ready).rejects.toThrow('DefinitionError: broken');
    expect(p.isReady()).toBe(false);
  });

  it('runs small tasks in the calling thread and large ones in the workers', async () => {
    // The calling thread's runner has no forms (404); the test worker echoes (200).
    const p = pool({ workers: 2, inlineBelow: 100 });
    expect(p.isReady()).toBe(true);
    await p.ready;
    const small = await p.run(
      task({ op: 'validate', form: { key: 'x', version: '1' }, body: new Uint8Array(99) }),
    );
    expect(small.status).toBe(404);
    expect(JSON.parse(small.body).issues[0].code).toBe('SERVE_UNKNOWN_FORM');
    const bodiless = await p.run(
      task({ op: 'artefact', form: { key: 'x', version: '1' }, kind: 'xsd', naming: {} }),
    );
    expect(bodiless.status).toBe(404);
    await p.workersReady;
    const large = await p.run(task({ op: 'echo', body: new Uint8Array(100) }));
    expect(large.status).toBe(200);
    expect(JSON.parse(large.body).length).toBe(100);
    // The second worker starts once the first is ready.
    for (let waited = 0; p.stats().workers < 2 && waited < 5000; waited += 10)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(p.stats().workers).toBe(2);
  });

  it('queues large tasks until the first worker is ready (small ones run at once)', async () => {
    const p = pool({ workers: 1, inlineBelow: 100, maxQueue: 4 });
    const large = p.run(task({ op: 'echo', n: 1, body: new Uint8Array(500) }));
    expect(p.stats()).toMatchObject({ queued: 1, queuedBytes: 500 });
    expect(JSON.parse((await large).body)).toEqual({ op: 'echo', n: 1, length: 500 });
  });

  it('fails workersReady, not the server thread, when a worker cannot compile the forms', async () => {
    const p = pool({ fail: true, inlineBelow: 100 });
    await expect(p.workersReady).rejects.toThrow('DefinitionError: broken');
    expect(p.isReady()).toBe(false);
  });

  it('runs inline with no workers', async () => {
    const inline = createPool({
      forms: { definitions: [], codeLists: [] },
      workers: 0,
      maxQueue: 0,
      maxQueuedBytes: 0,
      retryAfter: 1,
    });
    await inline.ready;
    const result = await inline.run({
      op: 'artefact',
      form: { key: 'x', version: '1' },
      kind: 'xsd',
      naming: {},
    });
    expect(result.status).toBe(404);
    expect(JSON.parse(result.body).issues[0].code).toBe('SERVE_UNKNOWN_FORM');
  });
});
