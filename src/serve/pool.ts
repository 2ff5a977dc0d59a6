/**
 * The worker pool: CPU-heavy tasks (parsing, validating, reading and writing messages) run in
 * worker threads, so a 50 MB message never stalls the server thread that answers health checks
 * and small requests. One task per worker at a time; tasks wait in a FIFO queue bounded by count
 * and by bytes. A task that finds the queue full is answered at once with 503 and `Retry-After`
 * (backpressure, decision 0022), never queued without bound and never dropped. A worker that
 * dies answers its task with 500 and is replaced. With `workers: 0` tasks run inline in the
 * calling thread (for tests and small setups).
 */

import { Worker } from 'node:worker_threads';
import type { FormSet } from './forms.js';
import { errorResult, type Task, type TaskResult, TaskRunner } from './tasks.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

export interface PoolOptions {
  readonly forms: FormSet;
  /** Worker threads; 0 runs tasks inline. */
  readonly workers: number;
  /** Tasks that may wait for a worker. */
  readonly maxQueue: number;
  /** Bytes of request bodies that may wait for a worker. */
  readonly maxQueuedBytes: number;
  /** Seconds a saturated client is told to wait (`Retry-After`). */
  readonly retryAfter: number;
  /** The worker entry (worker.js); required when `workers > 0`. */
  readonly workerUrl?: URL;
}

export interface PoolStats {
  readonly workers: number;
  readonly busy: number;
  readonly queued: number;
  readonly queuedBytes: number;
}

export interface Pool {
  /** Settles when a worker has compiled the forms (rejects with the reason when one cannot). */
  readonly ready: Promise<void>;
  isReady(): boolean;
  /** Runs a task; resolves with 503 at once when the queue is full. Never rejects. */
  run(task: Task): Promise<TaskResult>;
  stats(): PoolStats;
  /** Stops the workers (after the tasks under way). */
  close(): Promise<void>;
}

interface Job {
  readonly task: Task;
  readonly bytes: number;
  readonly resolve: (result: TaskResult) => void;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  job: Job | undefined;
  jobId: number;
}

function bodyOf(task: Task): Uint8Array | undefined {
  return 'body' in task ? task.body : undefined;
}

/** A pool as the options say: threads, or inline for `workers: 0`. */
export function createPool(options: PoolOptions): Pool {
  return options.workers > 0 ? new ThreadPool(options) : inlinePool(options.forms);
}

function inlinePool(forms: FormSet): Pool {
  const runner = new TaskRunner(forms);
  return {
    ready: Promise.resolve(),
    isReady: () => true,
    run: (task) => Promise.resolve(runner.run(task)),
    stats: () => ({ workers: 0, busy: 0, queued: 0, queuedBytes: 0 }),
    close: () => Promise.resolve(),
  };
}

class ThreadPool implements Pool {
  readonly ready: Promise<void>;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private queuedBytes = 0;
  private nextId = 1;
  private readyCount = 0;
  private closing = false;
  private settleReady: { resolve: () => void; reject: (error: Error) => void } | undefined;

  constructor(private readonly options: PoolOptions) {
    if (!options.workerUrl) throw new Error('a thread pool needs the worker entry');
    this.ready = new Promise((resolve, reject) => {
      this.settleReady = { resolve, reject };
    });
    // Nobody may be waiting on `ready` yet; its failure is reported through the promise returned.
    this.ready.catch(() => undefined);
    for (let i = 0; i < options.workers; i++) this.spawn();
  }

  isReady(): boolean {
    return this.readyCount > 0 && !this.closing;
  }

  stats(): PoolStats {
    return {
      workers: this.slots.length,
      busy: this.slots.filter((slot) => slot.job).length,
      queued: this.queue.length,
      queuedBytes: this.queuedBytes,
    };
  }

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      const bytes = bodyOf(task)?.byteLength ?? 0;
      const job: Job = { task, bytes, resolve };
      const idle = this.queue.length === 0 ? this.slots.find((slot) => slot.ready && !slot.job) : undefined;
      if (idle) return this.dispatch(idle, job);
      if (
        this.queue.length >= this.options.maxQueue ||
        this.queuedBytes + bytes > this.options.maxQueuedBytes
      ) {
        return resolve(this.saturated());
      }
      this.queue.push(job);
      this.queuedBytes += bytes;
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private saturated(): TaskResult {
    const retryAfter = this.options.retryAfter;
    return {
      ...errorResult(503, 'SERVE_SATURATED', { retryAfter }),
      headers: { 'retry-after': String(retryAfter) },
    };
  }

  private spawn(): void {
    const worker = new Worker(this.options.workerUrl as URL, { workerData: this.options.forms });
    const slot: Slot = { worker, ready: false, job: undefined, jobId: 0 };
    this.slots.push(slot);
    worker.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
    worker.on('error', () => {
      // 'exit' follows; the job is answered there.
    });
    worker.on('exit', () => this.onExit(slot));
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    if (reply.type === 'ready') {
      slot.ready = true;
      this.readyCount++;
      // One worker with the forms compiled can answer; the others follow.
      this.settleReady?.resolve();
      this.next(slot);
    } else if (reply.type === 'failed') {
      this.settleReady?.reject(new Error(reply.message));
      this.closing = true;
      for (const other of this.slots) void other.worker.terminate();
    } else if (slot.job && reply.id === slot.jobId) {
      const job = slot.job;
      slot.job = undefined;
      job.resolve(reply.result);
      this.next(slot);
    }
  }

  private onExit(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index !== -1) this.slots.splice(index, 1);
    if (slot.ready) this.readyCount--;
    const job = slot.job;
    slot.job = undefined;
    if (job) {
      const result = errorResult(500, 'SERVE_INTERNAL');
      job.resolve({
        ...result,
        internal: { name: 'WorkerExit', stack: 'the worker thread ended during the task' },
      });
    }
    if (!this.closing) this.spawn();
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.job = job;
    slot.jobId = this.nextId++;
    const body = bodyOf(job.task);
    // Hand a body over without copying when it owns its whole buffer (a pooled one is copied).
    const transfer =
      body &&
      body.byteOffset === 0 &&
      body.byteLength === body.buffer.byteLength &&
      body.buffer instanceof ArrayBuffer
        ? [body.buffer]
        : [];
    const request: WorkerRequest = { id: slot.jobId, task: job.task };
    slot.worker.postMessage(request, transfer);
  }

  private next(slot: Slot): void {
    const job = this.queue.shift();
    if (!job) return;
    this.queuedBytes -= job.bytes;
    this.dispatch(slot, job);
  }
}
