/**
 * Output of any size without one giant string: text is collected in chunks of about 64 KiB and
 * handed to the sink chunk by chunk, and JSON is written value by value. `writeJson` produces
 * exactly `JSON.stringify(value, null, 2)` followed by a newline, but never builds more than one
 * leaf (a string, a number) as a whole, so a report with a million issues cannot exceed the
 * engine's maximum string length. Values are plain JSON data (reports, definitions, submissions);
 * `toJSON` methods and cycles are not expected and not supported.
 */

const CHUNK = 64 * 1024;

/** Collects text and passes it on in chunks. Call `flush()` at the end. */
export class ChunkedWriter {
  readonly #sink: (text: string) => void;
  #parts: string[] = [];
  #size = 0;

  constructor(sink: (text: string) => void) {
    this.#sink = sink;
  }

  write(text: string): void {
    if (text.length >= CHUNK) {
      this.flush();
      this.#sink(text);
      return;
    }
    this.#parts.push(text);
    this.#size += text.length;
    if (this.#size >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.#parts.length === 0) return;
    const text = this.#parts.join('');
    this.#parts = [];
    this.#size = 0;
    this.#sink(text);
  }
}

function isPlainLeaf(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** Writes `JSON.stringify(value, null, 2)` and a newline to `sink`, in chunks. */
export function writeJson(sink: (text: string) => void, value: unknown): void {
  const out = new ChunkedWriter(sink);
  writeValue(out, value, '');
  out.write('\n');
  out.flush();
}

function writeValue(out: ChunkedWriter, value: unknown, indent: string): void {
  if (isPlainLeaf(value)) {
    // JSON.stringify gives undefined for undefined, functions and symbols; as array items and at
    // the top these become null (objects skip such properties before calling this).
    out.write(JSON.stringify(value) ?? 'null');
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.write('[]');
      return;
    }
    out.write('[');
    for (let i = 0; i < value.length; i++) {
      out.write(i === 0 ? `\n${inner}` : `,\n${inner}`);
      writeValue(out, value[i], inner);
    }
    out.write(`\n${indent}]`);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, item]) => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol',
  );
  if (entries.length === 0) {
    out.write('{}');
    return;
  }
  out.write('{');
  entries.forEach(([key, item], index) => {
    out.write(`${index === 0 ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
    writeValue(out, item, inner);
  });
  out.write(`\n${indent}}`);
}
