/**
 * One memory measurement of `bench/suites/memory.ts`, in a fresh process: loads the library and
 * compiles the form, reads the message file into memory, and then either only holds it (`hold`)
 * or reads it as a message of the form (`read`). Prints the process's peak resident set (bytes).
 * The difference between the two modes is what reading costs beyond holding the input.
 *
 * Usage: node --expose-gc --import tsx bench/memory-child.ts <file> <hold|read>
 */
import { readFileSync } from 'node:fs';
import { compile } from '../src/validate/compile.js';
import { readMessage } from '../src/xml/read.js';
import { fuehrerschein } from './workloads.js';

const [file, mode] = process.argv.slice(2);
if (!file || (mode !== 'hold' && mode !== 'read'))
  throw new Error('usage: memory-child.ts <file> <hold|read>');
const form = compile(fuehrerschein);
// The Buffer itself (a Uint8Array): a copy would raise the peak of both modes alike and hide reading's.
const input = readFileSync(file);
globalThis.gc?.();
let outcome = 'held';
if (mode === 'read') {
  const result = readMessage(form, input, {
    referenceDate: '2026-03-02',
    limits: { maxBytes: 128 * 1024 * 1024, maxTextLength: 64 * 1024 * 1024 },
  });
  if (!result.data) throw new Error('the message could not be read');
  outcome = [...new Set(result.report.issues.map((issue) => issue.code))].join(' ') || 'valid';
}
console.log(JSON.stringify({ bytes: input.length, peak: process.resourceUsage().maxRSS * 1024, outcome }));
