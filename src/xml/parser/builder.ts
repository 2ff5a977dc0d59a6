/**
 * A string built from many pieces in time and memory linear in its length. Appending with `+`
 * builds a tree of cons strings (about 32 bytes per piece until it is flattened); an array of
 * pieces costs a pointer each. Pieces are joined in blocks so that even millions of one-character
 * pieces (dense references, runs of CR) never hold more than a block of pointers at once.
 */

const BLOCK = 4096;

export class StringBuilder {
  /** The text while it is one piece (the common case: no array is touched). */
  #single = '';
  #pieces: string[] = [];
  #blocks: string[] = [];
  /** Length of the text so far, in UTF-16 code units. */
  length = 0;

  add(piece: string): void {
    if (piece.length === 0) return;
    if (this.length === 0) {
      this.#single = piece;
      this.length = piece.length;
      return;
    }
    if (this.#pieces.length === 0 && this.#blocks.length === 0) this.#pieces.push(this.#single);
    this.#pieces.push(piece);
    this.length += piece.length;
    if (this.#pieces.length >= BLOCK) {
      this.#blocks.push(this.#pieces.join(''));
      this.#pieces.length = 0;
      this.#single = '';
    }
  }

  /** The text so far; empties the builder. */
  take(): string {
    let text: string;
    if (this.#blocks.length > 0) {
      this.#blocks.push(this.#pieces.join(''));
      text = this.#blocks.join('');
      this.#blocks.length = 0;
    } else {
      text = this.#pieces.length === 0 ? this.#single : this.#pieces.join('');
    }
    this.#pieces.length = 0;
    this.#single = '';
    this.length = 0;
    return text;
  }
}
