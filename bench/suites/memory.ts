/**
 * Peak memory of reading a large message (mostly one base64 attachment): each measurement in a
 * fresh process (`bench/memory-child.ts`), against a fresh process that loads the same code and
 * only holds the input. The difference of the peak resident sets, over the message's size, is
 * what reading needs beyond the input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../../src/validate/compile.js';
import { writeMessageUnchecked } from '../../src/xml/write.js';
import { type Settings, spread } from '../harness.js';
import type { Section } from '../result.js';
import { fuehrerschein, fuehrerscheinData, HEADER } from '../workloads.js';

function peak(file: string, mode: 'hold' | 'read'): { peak: number; outcome: string } {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'bench/memory-child.ts', file, mode],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (child.status !== 0) throw new Error(`memory measurement failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() as string);
}

export function memorySuite(options: Settings): Section {
  const form = compile(fuehrerschein);
  // 37.5 MB of photo are 50 MB of base64; over the form's 10 MB file limit, so written unchecked.
  const written = writeMessageUnchecked(
    form,
    fuehrerscheinData(options.quick ? 3_750_000 : 37_500_000),
    HEADER,
  );
  if (!written.ok) throw new Error('the memory message was not written');
  const work = mkdtempSync(join(tmpdir(), 'antrag-memory-'));
  try {
    const file = join(work, 'message.xml');
    writeFileSync(file, written.xml);
    const size = Buffer.byteLength(written.xml);
    console.log(`memory: ${(size / 1e6).toFixed(0)} MB message`);
    const runs = options.quick ? 1 : 3;
    const growth: number[] = [];
    let outcome = '';
    const holds: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < runs; i++) {
      const hold = peak(file, 'hold');
      const read = peak(file, 'read');
      holds.push(hold.peak);
      reads.push(read.peak);
      outcome = read.outcome;
      growth.push((read.peak - hold.peak) / size);
    }
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
    return {
      title: `Memory: reading a ${mb(size)} message`,
      text: `A Führerschein message whose photo is ${mb(size)} of base64 (over the form's file limit: the report says ${outcome}; the message is still read whole). Peak resident set of a fresh process that reads it, against a fresh process that loads the same code and only holds the input (resident set sampled every millisecond from after loading the code); ${runs} run(s) each, median.`,
      tables: [
        {
          head: ['process', 'peak resident set'],
          rows: [
            ['holds the input only', mb(spread(holds).median)],
            ['reads the message', mb(spread(reads).median)],
          ],
        },
      ],
      targets: [
        {
          name: `memory: reading a ${mb(size)} message, peak beyond holding the input`,
          ratio: spread(growth),
          goal: 2,
          better: 'lower',
          unit: '× the message size',
          whenMissed:
            'the reader holds the decoded text, the tree and the data at once; the base64 text is one string in each.',
        },
      ],
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
