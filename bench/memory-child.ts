/**
 * One memory measurement of `bench/suites/memory.ts`, in a fresh process: loads the library and
 * compiles the form, then — watched by a thread that samples the resident set every millisecond,
 * so the peak of loading the code does not count — reads the message file into memory and either
 * only holds it (`hold`) or also reads it as a message of the form (`read`). Prints the peak
 * resident set of that phase (bytes). The difference between the two modes is what reading
 * costs beyond holding the input.
 *
 * Usage: node --expose-gc --import tsx bench/memory-child.ts <file> <hold|read>
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { compile } from '../src/validate/compile.js';
import { readMessage } from '../src/xml/read.js';
import { fuehrerschein } from './workloads.js';

const [file, mode] = process.argv.slice(2);
if (!file || (mode !== 'hold' && mode !== 'read'))
  throw new Error('usage: memory-child.ts <file> <hold|read>');
const form = compile(fuehrerschein);

const shared = new SharedArrayBuffer(16);
const peak = new Float64Array(shared, 0, 1);
const flags = new Int32Array(shared, 8, 2);
const sampler = new Worker(
  `const { workerData } = require('node:worker_threads');
   const peak = new Float64Array(workerData, 0, 1);
   const flags = new Int32Array(workerData, 8, 2);
   Atomics.store(flags, 1, 1);
   while (Atomics.load(flags, 0) === 0) {
     const rss = process.memoryUsage.rss();
     if (rss > peak[0]) peak[0] = rss;
     Atomics.wait(flags, 0, 0, 1);
   }`,
  { eval: true, workerData: shared },
);
while (Atomics.load(flags, 1) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
globalThis.gc?.();
peak[0] = process.memoryUsage.rss();

// The Buffer itself (a Uint8Array): no copy.
const input = readFileSync(file);
let outcome = 'held';
if (mode === 'read') {
  const result = readMessage(form, input, {
    referenceDate: '2026-03-02',
    limits: { maxBytes: 128 * 1024 * 1024, maxTextLength: 64 * 1024 * 1024 },
  });
  if (!result.data) throw new Error('the message could not be read');
  outcome = [...new Set(result.report.issues.map((issue) => issue.code))].join(' ') || 'valid';
}
const last = process.memoryUsage.rss();
Atomics.store(flags, 0, 1);
Atomics.notify(flags, 0);
await sampler.terminate();
console.log(JSON.stringify({ bytes: input.length, peak: Math.max(peak[0] as number, last), outcome }));
