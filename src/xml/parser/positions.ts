/**
 * Line and column of offsets in a text whose line ends are LF only (the parser normalises CR LF
 * and CR first, as XML requires, which changes neither lines nor columns). Offsets are asked for
 * in increasing order while parsing, so each line end is found once: linear in the text length.
 */
export class LineIndex {
  readonly #text: string;
  #line = 1;
  #lineStart = 0;
  /** Offset of the next LF at or after `#lineStart`, or Infinity. */
  #nextBreak: number;
  line = 1;
  column = 1;

  constructor(text: string) {
    this.#text = text;
    const next = text.indexOf('\n');
    this.#nextBreak = next === -1 ? Number.POSITIVE_INFINITY : next;
  }

  /** Sets `line` and `column` (1-based; columns in UTF-16 code units) for an offset. */
  locate(offset: number): void {
    if (offset < this.#lineStart) {
      // Out of order (only when reporting an error at an earlier place): count from the start.
      this.#line = 1;
      this.#lineStart = 0;
      const next = this.#text.indexOf('\n');
      this.#nextBreak = next === -1 ? Number.POSITIVE_INFINITY : next;
    }
    while (this.#nextBreak < offset) {
      this.#line++;
      this.#lineStart = this.#nextBreak + 1;
      const next = this.#text.indexOf('\n', this.#lineStart);
      this.#nextBreak = next === -1 ? Number.POSITIVE_INFINITY : next;
    }
    this.line = this.#line;
    this.column = offset - this.#lineStart + 1;
  }
}

/** Line and column of a byte offset, counting LF bytes (for bytes that could not be decoded). */
export function locateInBytes(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
