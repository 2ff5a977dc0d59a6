/** Splits rule text into tokens. Never throws: a bad character becomes an error token. */

export type TokenKind =
  | 'number'
  | 'string'
  | 'date'
  | 'name'
  | 'keyword'
  | 'operator'
  | 'punct'
  | 'end'
  | 'error';

export interface Token {
  readonly kind: TokenKind;
  /** The token's value: decimal text for numbers, unescaped text for strings, ISO for dates. */
  readonly value: string;
  readonly at: number;
  /** A name written in backticks: always a key, never a keyword or a function. */
  readonly quoted?: boolean;
  /** For error tokens: the German message (`value` holds the English one). */
  readonly de?: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  '"': '"',
  "'": "'",
  n: '\n',
  t: '\t',
  r: '\r',
};

export const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'true', 'false', 'null', 'self']);

const OPERATORS = ['<=', '>=', '!=', '==', '=', '<', '>', '+', '-', '*', '/'];
const PUNCTUATION = new Set(['(', ')', '[', ']', ',', '.']);

function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function scan(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, value: string, at: number) => tokens.push({ kind, value, at });
  const error = (en: string, de: string, at: number) => tokens.push({ kind: 'error', value: en, de, at });
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      while (isDigit(text[i])) i++;
      if (text[i] === '.' && isDigit(text[i + 1])) {
        i++;
        while (isDigit(text[i])) i++;
      }
      push('number', text.slice(start, i), start);
      continue;
    }
    if (c === '@') {
      // A date literal: @YYYY-MM-DD.
      i++;
      while (i < text.length && /[0-9-]/.test(text[i] as string)) i++;
      push('date', text.slice(start + 1, i), start);
      continue;
    }
    if (c === '"' || c === "'") {
      const quote = c;
      let value = '';
      i++;
      let closed = false;
      while (i < text.length) {
        const d = text[i] as string;
        if (d === quote) {
          closed = true;
          i++;
          break;
        }
        if (d === '\\') {
          const next = text[i + 1];
          if (next === undefined) break;
          // Escapes: \\ \" \' \n \t \r; any other backslash stays (regex escapes like \d).
          const escaped = ESCAPES[next];
          value += escaped ?? `\\${next}`;
          i += 2;
          continue;
        }
        value += d;
        i++;
      }
      if (!closed) {
        error('unterminated string', 'nicht geschlossene Zeichenkette', start);
        return tokens;
      }
      push('string', value, start);
      continue;
    }
    if (c === '`') {
      // A quoted key, for keys that are keywords or contain '-' or '.': `e-mail`.
      const end = text.indexOf('`', i + 1);
      const newline = text.slice(i + 1, end === -1 ? undefined : end).search(/[\r\n]/);
      if (end === -1 || newline !== -1) {
        error('unterminated quoted key', 'nicht geschlossener Schlüssel in `…`', start);
        return tokens;
      }
      if (end === i + 1) {
        error('empty quoted key', 'leerer Schlüssel in `…`', start);
        return tokens;
      }
      tokens.push({ kind: 'name', value: text.slice(i + 1, end), at: start, quoted: true });
      i = end + 1;
      continue;
    }
    if (isNameStart(c)) {
      while (i < text.length && (isNameStart(text[i] as string) || isDigit(text[i]))) i++;
      const word = text.slice(start, i);
      push(KEYWORDS.has(word) ? 'keyword' : 'name', word, start);
      continue;
    }
    const operator = OPERATORS.find((op) => text.startsWith(op, i));
    if (operator) {
      i += operator.length;
      push('operator', operator === '==' ? '=' : operator, start);
      continue;
    }
    if (PUNCTUATION.has(c)) {
      i++;
      push('punct', c, start);
      continue;
    }
    const shown = String.fromCodePoint(text.codePointAt(i) ?? 0xfffd);
    error(`unexpected character '${shown}'`, `unerwartetes Zeichen „${shown}“`, start);
    return tokens;
  }
  tokens.push({ kind: 'end', value: '', at: text.length });
  return tokens;
}
