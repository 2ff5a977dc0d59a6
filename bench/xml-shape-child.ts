/**
 * One measurement of `bench/xml-shapes.ts`, in a process of its own so that its peak memory is
 * its own: reads a file, parses it (or reads it as a message of a form) once for the peak
 * resident set (its growth over the resident set before, sampled every millisecond), then again
 * for the median CPU time, and prints the result as JSON.
 *
 * Usage: node --expose-gc --import tsx bench/xml-shape-child.ts <file> <parse|read:<form>> <runs>
 */

import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { compile } from '../src/validate/compile.js';
import { parseXmlDocument } from '../src/xml/parser/index.js';
import { readMessage } from '../src/xml/read.js';
import { SHAPE_LIMITS } from '../test/support/adversarial-xml.js';
import { alg2Unbounded, fuehrerschein, REFERENCE_DATE } from './workloads.js';

const [file, mode = 'parse', runsText = '3'] = process.argv.slice(2);
if (!file) throw new Error('usage: xml-shape-child.ts <file> <mode> <runs>');
const input = new Uint8Array(readFileSync(file));
const forms = { alg2: alg2Unbounded, fuehrerschein };

let run: () => string;
if (mode === 'parse') {
  run = () => {
    const result = parseXmlDocument(input, { limits: SHAPE_LIMITS });
    return result.ok ? 'ok' : result.error.code;
  };
} else {
  const form = compile(forms[mode.slice('read:'.length) as keyof typeof forms]);
  run = () => {
    const result = readMessage(form, input, { referenceDate: REFERENCE_DATE, limits: SHAPE_LIMITS });
    const codes = new Set(result.report.issues.map((issue) => issue.code));
    return `${result.report.issues.length} issues: ${[...codes].sort().join(' ')}`;
  };
}

/** CPU time in milliseconds (user and system, all threads of the process). */
const cpu = (since?: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * Samples the resident set every millisecond from another thread while `fn` runs (the maximum
 * resident set of the process would also hold the peak of loading the modules before).
 */
async function peakDuring<T>(fn: () => T): Promise<{ result: T; peakBytes: number }> {
  const shared = new SharedArrayBuffer(16);
  const state = new Float64Array(shared, 0, 1);
  const flags = new Int32Array(shared, 8, 2);
  const sampler = new Worker(
    `const { workerData } = require('node:worker_threads');
     const state = new Float64Array(workerData, 0, 1);
     const flags = new Int32Array(workerData, 8, 2);
     Atomics.store(flags, 1, 1);
     while (Atomics.load(flags, 0) === 0) {
       const rss = process.memoryUsage.rss();
       if (rss > state[0]) state[0] = rss;
       Atomics.wait(flags, 0, 0, 1);
     }`,
    { eval: true, workerData: shared },
  );
  while (Atomics.load(flags, 1) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  globalThis.gc?.();
  const before = process.memoryUsage.rss();
  state[0] = before;
  const result = fn();
  const after = process.memoryUsage.rss();
  Atomics.store(flags, 0, 1);
  Atomics.notify(flags, 0);
  await sampler.terminate();
  return { result, peakBytes: Math.max(0, Math.max(state[0] as number, after) - before) };
}

let start = process.cpuUsage();
const { result: outcome, peakBytes } = await peakDuring(() => {
  start = process.cpuUsage();
  return run();
});
const first = cpu(start);
const times = [first];
for (let i = 1; i < Number(runsText); i++) {
  globalThis.gc?.();
  start = process.cpuUsage();
  run();
  times.push(cpu(start));
}
times.sort((a, b) => a - b);
const ms = times[Math.floor(times.length / 2)] as number;
console.log(JSON.stringify({ bytes: input.length, ms, peakBytes, outcome }));
