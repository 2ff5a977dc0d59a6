/**
 * Where the service's tasks run. Small tasks (a body below `inlineBelow`, 64 KiB by default, and
 * tasks without a body) run at once in the server thread, on forms it compiled at start: handing
 * a 3 KB submission to a thread and its Report back costs more than validating it (decision
 * 0029). Large tasks (parsing, validating, reading and writing big messages) run in worker
 * threads, so a 50 MB message never stalls the server thread that answers health checks and small
 * requests. One large task per worker at a time; tasks wait in a FIFO queue bounded by count and
 * by bytes. A task that finds the queue full is answered at once with 503 and `Retry-After`
 * (backpressure, decision 0022), never queued without bound and never dropped. A worker that
 * dies answers its task with 500 and is replaced. The first worker starts at once, the others
 * when it is ready (they would only compete with it for the cores). With `workers: 0` every task
 * runs in the server thread.
 */

import { Worker } from 'node:worker_threads';
import type { FormDefinition } from '../model/types.js';
import type { CompiledForm } from '../validate/compile.js';
import type { FormSet } from './forms.js';
import { errorResult, type Task, type TaskResult, TaskRunner } from './tasks.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

/** The default of `inlineBelow`: bodies smaller than this run in the server thread. */
export const INLINE_BELOW = 64 * 1024;

export interface PoolOptions {
  readonly forms: FormSet;
  /** Worker threads; 0 runs every task in the server thread. */
  readonly workers: number;
  /** Tasks that may wait for a worker. */
  readonly maxQueue: number;
  /** Bytes of request bodies that may wait for a worker. */
  readonly maxQueuedBytes: number;
  /** Seconds a saturated client is told to wait (`Retry-After`). */
  readonly retryAfter: number;
  /** The worker entry (worker.js); required when `workers > 0`. */
  readonly workerUrl?: URL;
  /**
   * Tasks with a body of fewer bytes (and tasks without a body) run in the server thread;
   * default `INLINE_BELOW`. 0 sends every task to the workers.
   */
  readonly inlineBelow?: number;
  /** Forms compiled already with the set's code lists, for the server thread to reuse. */
  readonly compiled?: ReadonlyMap<FormDefinition, CompiledForm>;
}

export interface PoolStats {
  readonly workers: number;
  /** Workers running a task. */
  readonly busy: number;
  readonly queued: number;
  readonly queuedBytes: number;
}

export interface Pool {
  /**
   * Settles when the forms are compiled where small tasks run: at once when they run in the
   * server thread (compiled when the pool was made), else when the first worker has compiled them.
   */
  readonly ready: Promise<void>;
  /** Settles when the first worker has compiled the forms; rejects with the reason when it cannot. */
  readonly workersReady: Promise<void>;
  /** Whether small tasks can run. */
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

/**
 * The task with a body that owns its whole buffer, so the buffer can be transferred. A view into
 * a larger buffer (Node pools small Buffers in 8 KiB slabs) is copied first: posting the view
 * itself would clone the whole buffer behind it.
 */
function transferable(task: Task): { task: Task; transfer: ArrayBuffer[] } {
  const body = bodyOf(task);
  if (!body) return { task, transfer: [] };
  const owned =
    body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.buffer instanceof ArrayBuffer
      ? body
      : new Uint8Array(body);
  return {
    task: owned === body ? task : ({ ...task, body: owned } as Task),
    transfer: [owned.buffer as ArrayBuffer],
  };
}

/**
 * A pool as the options say. Compiles the forms in this thread first (unless every task goes to
 * the workers); throws `DefinitionError` for a broken definition.
 */
export function createPool(options: PoolOptions): Pool {
  if (options.workers === 0) return inlinePool(new TaskRunner(options.forms, options.compiled));
  const inlineBelow = options.inlineBelow ?? INLINE_BELOW;
  // The first worker starts before this thread compiles, so the two compile side by side.
  const threads = new ThreadPool(options);
  if (inlineBelow <= 0) return threads;
  let runner: TaskRunner;
  try {
    runner = new TaskRunner(options.forms, options.compiled);
  } catch (error) {
    void threads.close();
    throw error;
  }
  return {
    ready: Promise.resolve(),
    workersReady: threads.ready,
    isReady: () => !threads.failed,
    run: (task) =>
      (bodyOf(task)?.byteLength ?? 0) < inlineBelow ? Promise.resolve(runner.run(task)) : threads.run(task),
    stats: () => threads.stats(),
    close: () => threads.close(),
  };
}

function inlinePool(runner: TaskRunner): Pool {
  return {
    ready: Promise.resolve(),
    workersReady: Promise.resolve(),
    isReady: () => true,
    run: (task) => Promise.resolve(runner.run(task)),
    stats: () => ({ workers: 0, busy: 0, queued: 0, queuedBytes: 0 }),
    close: () => Promise.resolve(),
  };
}

class ThreadPool implements Pool {
  readonly ready: Promise<void>;
  /** Set when a worker could not compile the forms: the pool is closed. */
  failed = false;
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
    this.spawn();
  }

  get workersReady(): Promise<void> {
    return this.ready;
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
      this.settleReady?.resolve();
      // The first worker is ready: start the others.
      while (!this.closing && this.slots.length < this.options.workers) this.spawn();
      this.next(slot);
    } else if (reply.type === 'failed') {
      this.settleReady?.reject(new Error(reply.message));
      this.failed = true;
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
    const { task, transfer } = transferable(job.task);
    const request: WorkerRequest = { id: slot.jobId, task };
    slot.worker.postMessage(request, transfer);
  }

  private next(slot: Slot): void {
    const job = this.queue.shift();
    if (!job) return;
    this.queuedBytes -= job.bytes;
    this.dispatch(slot, job);
  }
}
