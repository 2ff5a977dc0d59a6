/**
 * The adversarial XML shapes of issue 19 (`test/support/adversarial-xml.ts`) at megabytes, each
 * next to a plain message of about the same size: the parser's time per byte against the plain
 * message's (bound: 3×) and its peak memory against the input's size (bound: 4×). Reading a
 * message (`fromXml`) is measured the same way for shapes that make many issues. Each input is
 * measured in a process of its own (`xml-shape-child.ts`), so that its peak memory is its own.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../src/validate/compile.js';
import { writeMessage } from '../src/xml/write.js';
import { SHAPES } from '../test/support/adversarial-xml.js';
import { alg2Data, alg2Unbounded, REFERENCE_DATE } from './workloads.js';

export interface ShapeResult {
  /** `parse`: the XML parser; `read`: `fromXml` (parse, read, validate). */
  readonly kind: 'parse' | 'read';
  readonly name: string;
  readonly description: string;
  readonly bytes: number;
  /** Median CPU time of one run (user and system, all threads: robust on a shared machine). */
  readonly ms: number;
  /** Growth of the peak resident set over the run. */
  readonly peakBytes: number;
  /** What the run gave: `ok`, an error code, or the issues of a read. */
  readonly outcome: string;
  /** Time per byte against the plain message's of the same kind. */
  readonly timeRatio: number;
}

/** The bounds of issue 19: time per byte against the plain message, peak memory against the size. */
export const SHAPE_BOUNDS = { time: 3, memory: 4 } as const;

const HEADER = {
  nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
  erstellungszeitpunkt: '2026-02-02T10:00:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Portal' },
  leser: { kennung: 'psw:01003110', name: 'Jobcenter' },
};

/** A valid Bürgergeld message of at least `size` bytes: a household of as many members as it takes. */
function plainMessage(size: number): string {
  const form = compile(alg2Unbounded);
  const write = (members: number) => {
    const written = writeMessage(form, alg2Data(members), HEADER, { referenceDate: REFERENCE_DATE });
    if (!written.ok) throw new Error('plain message data is invalid');
    return written.xml;
  };
  const small = write(8);
  const perMember = (write(16).length - small.length) / 8;
  return write(Math.max(1, Math.ceil((size - small.length) / perMember) + 8));
}

/** The Führerschein example message with `extra` inserted before its root's end tag. */
function fuehrerscheinWith(extra: (size: number) => string, size: number): string {
  const base = readFileSync('examples/fuehrerschein/valid.xml', 'utf8');
  const end = '</m:fahrerlaubnis.antrag.0101>';
  return base.replace(end, `${extra(size - base.length)}${end}`);
}

/** Shapes of messages that make many issues when read (issue 19, point 1). */
const READ_SHAPES = [
  {
    name: 'unknown elements',
    description: 'a Führerschein message with empty elements the form does not know',
    build: (size: number) =>
      fuehrerscheinWith((room) => '<m:x/>'.repeat(Math.max(1, Math.floor(room / 6))), size),
  },
  {
    name: 'invalid list items',
    description: 'a Führerschein message with classes that are not in the code list',
    build: (size: number) => {
      const base = readFileSync('examples/fuehrerschein/valid.xml', 'utf8');
      // Long enough that 16 MB stay under the item limit (100,000), so every item is checked.
      const item = `<m:beantragteKlassen><code>ZZ</code><name>${'x'.repeat(150)}</name></m:beantragteKlassen>`;
      const at = base.lastIndexOf('</m:beantragteKlassen>') + '</m:beantragteKlassen>'.length;
      const items = item.repeat(Math.max(1, Math.floor((size - base.length) / item.length)));
      return `${base.slice(0, at)}${items}${base.slice(at)}`;
    },
  },
  {
    name: 'white space in values',
    description:
      'a Führerschein message whose photo has a space after every base64 character and whose date has a long inner run of spaces',
    build: (size: number) => {
      const base = readFileSync('examples/fuehrerschein/valid.xml', 'utf8');
      const room = Math.max(2, Math.floor((size - base.length) / 4));
      return base
        .replace(
          /(<m:antragsdatum>)([^<]*)(<\/m:antragsdatum>)/,
          (_, open, date, close) => `${open}${date.slice(0, 4)}${' '.repeat(room)}${date.slice(4)}${close}`,
        )
        .replace(
          /(<m:lichtbild[^>]*>)([^<]*)(<\/m:lichtbild>)/,
          (_, open, _content, close) => `${open}${'Q '.repeat(Math.floor(room / 4) * 4)}${close}`,
        );
    },
  },
];

function measure(
  file: string,
  mode: string,
  runs: number,
): Omit<ShapeResult, 'kind' | 'name' | 'description' | 'timeRatio'> {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'bench/xml-shape-child.ts', file, mode, String(runs)],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (child.status !== 0) throw new Error(`measuring ${file} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() as string);
}

export function xmlShapes(quick: boolean, only?: 'parse' | 'read'): ShapeResult[] {
  const size = quick ? 1024 * 1024 : 16 * 1024 * 1024;
  const runs = quick ? 3 : 5;
  const work = mkdtempSync(join(tmpdir(), 'antrag-xml-shapes-'));
  const results: ShapeResult[] = [];
  try {
    const file = (name: string, xml: string) => {
      const path = join(work, `${name.replace(/\W+/g, '-')}.xml`);
      writeFileSync(path, xml);
      return path;
    };
    const plainFile = file('plain', plainMessage(size));
    const run = (
      kind: 'parse' | 'read',
      name: string,
      description: string,
      path: string,
      mode: string,
      plain?: ShapeResult,
    ) => {
      const measured = measure(path, mode, runs);
      const timeRatio = plain ? measured.ms / measured.bytes / (plain.ms / plain.bytes) : 1;
      const result: ShapeResult = { kind, name, description, ...measured, timeRatio };
      results.push(result);
      console.log(
        `${kind.padEnd(6)} ${name.padEnd(28)} ${(measured.bytes / 1e6).toFixed(1)} MB ${measured.ms.toFixed(1)} ms ${timeRatio.toFixed(2)}× plain, peak ${(measured.peakBytes / measured.bytes).toFixed(2)}× size: ${measured.outcome}`,
      );
      return result;
    };
    const plainParse = run(
      'parse',
      'plain message',
      'a valid Bürgergeld message (alg2, large household)',
      plainFile,
      'parse',
    );
    for (const shape of only === 'read' ? [] : SHAPES) {
      run(
        'parse',
        shape.name,
        shape.description,
        file(shape.name, shape.build(size).xml),
        'parse',
        plainParse,
      );
    }
    const plainRead = run(
      'read',
      'plain message',
      'the same Bürgergeld message, read as alg2',
      plainFile,
      'read:alg2',
    );
    for (const shape of only === 'parse' ? [] : READ_SHAPES) {
      run(
        'read',
        shape.name,
        shape.description,
        file(`read ${shape.name}`, shape.build(size)),
        'read:fuehrerschein',
        plainRead,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}

// Run on its own: `npx tsx bench/xml-shapes.ts [--quick]`.
if (process.argv[1]?.endsWith('xml-shapes.ts')) {
  const only = process.argv.includes('--parse')
    ? 'parse'
    : process.argv.includes('--read')
      ? 'read'
      : undefined;
  xmlShapes(process.argv.includes('--quick'), only);
}
