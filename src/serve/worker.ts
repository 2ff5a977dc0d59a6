/**
 * The entry of a worker thread of the service: takes the forms it is given (`workerData`),
 * compiling each on its first task, says `ready` (or `failed`), then runs each task it receives
 * and posts the result back under the task's id. See pool.ts for the other side.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { DefinitionError } from '../model/definition-error.js';
import type { FormSet } from './forms.js';
import { type Task, type TaskResult, TaskRunner } from './tasks.js';

export interface WorkerRequest {
  readonly id: number;
  readonly task: Task;
}

export type WorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'result'; readonly id: number; readonly result: TaskResult };

const port = parentPort;
if (port) {
  let runner: TaskRunner | undefined;
  try {
    // The server thread compiled (and so checked) these forms before it listened: compile each
    // on its first task here, so the worker is ready as soon as it is loaded.
    runner = new TaskRunner(workerData as FormSet, undefined, { lazy: true });
    port.postMessage({ type: 'ready' } satisfies WorkerReply);
  } catch (error) {
    const message =
      error instanceof DefinitionError
        ? error.message
        : error instanceof Error
          ? error.name
          : 'unknown error';
    port.postMessage({ type: 'failed', message } satisfies WorkerReply);
  }
  port.on('message', (request: WorkerRequest) => {
    if (!runner) return;
    port.postMessage({
      type: 'result',
      id: request.id,
      result: runner.run(request.task),
    } satisfies WorkerReply);
  });
}
