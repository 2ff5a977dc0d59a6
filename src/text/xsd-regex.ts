/**
 * Translates XML Schema regular expressions (XSD 1.0 Part 2, appendix F), the language of FIM
 * `praezisierung` patterns, into JavaScript RegExps with the same meaning.
 *
 * The differences that matter: XSD patterns are implicitly anchored and have no anchors (`^` and
 * `$` are ordinary characters), `.` excludes only CR and LF, `\w`, `\d`, `\i` and `\c` are defined
 * by Unicode categories and XML names, `\p{IsBlock}` names Unicode blocks, and character classes
 * can be subtracted (`[a-z-[aeiou]]`). The output uses the `v` flag for class subtraction and
 * property escapes; every literal is emitted as a `\u{…}` escape so no character can change
 * meaning on the way.
 *
 * Real FIM files often write JS-style `^…$`. A leading `^` and a trailing unescaped `$` are
 * therefore removed and reported (`strippedAnchors`), so lint can warn about them.
 */

import { unicodeBlock } from './unicode-blocks.js';

export type XsdPatternResult =
  | {
      readonly ok: true;
      /** Anchored regular expression: `regex.test(value)` is XSD pattern validity. */
      readonly regex: RegExp;
      /** The JavaScript source of `regex`. */
      readonly source: string;
      /** True when a JS-style leading `^` or trailing `$` was removed. */
      readonly strippedAnchors: boolean;
      /** The pattern as XSD reads it, after anchors were removed (for XSD generation). */
      readonly xsd: string;
      /** The parsed pattern (for generating matching sample values). */
      readonly ast: XsdRegexNode;
    }
  | { readonly ok: false; readonly error: string; readonly position: number };

/**
 * A parsed pattern. Character classes, escapes and `.` are kept as their JS class expression:
 * that is all a consumer needs to test or sample single characters.
 */
export type XsdRegexNode =
  | { readonly type: 'alternation'; readonly branches: readonly XsdRegexNode[] }
  | { readonly type: 'sequence'; readonly items: readonly XsdRegexNode[] }
  | { readonly type: 'repeat'; readonly node: XsdRegexNode; readonly min: number; readonly max?: number }
  | { readonly type: 'char'; readonly codePoint: number }
  | { readonly type: 'class'; readonly js: string };

/** The JavaScript regex source of a node (unanchored, for the `v` flag). */
export function emitJs(node: XsdRegexNode): string {
  switch (node.type) {
    case 'alternation':
      return node.branches.map(emitJs).join('|');
    case 'sequence':
      return node.items
        .map((item) => (item.type === 'alternation' ? `(?:${emitJs(item)})` : emitJs(item)))
        .join('');
    case 'repeat': {
      const inner = emitJs(node.node);
      const atom = node.node.type === 'char' || node.node.type === 'class' ? inner : `(?:${inner})`;
      const max = node.max === undefined ? '' : String(node.max);
      const quantifier =
        node.min === 0 && node.max === undefined
          ? '*'
          : node.min === 1 && node.max === undefined
            ? '+'
            : node.min === 0 && node.max === 1
              ? '?'
              : node.min === node.max
                ? `{${node.min}}`
                : `{${node.min},${max}}`;
      return atom + quantifier;
    }
    case 'char':
      return literal(node.codePoint);
    case 'class':
      return node.js;
  }
}

const MAX_PATTERN_LENGTH = 10_000;
const MAX_NESTING = 100;
const CACHE_LIMIT = 1_000;
const cache = new Map<string, XsdPatternResult>();

/** Translates an XSD pattern; results are cached by pattern text. Never throws. */
export function compileXsdPattern(pattern: string): XsdPatternResult {
  const cached = cache.get(pattern);
  if (cached) return cached;
  const result = translate(pattern);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(pattern, result);
  return result;
}

/** XSD category names that `\p{…}` accepts (Unicode general categories). */
const CATEGORIES = new Set([
  'L',
  'Lu',
  'Ll',
  'Lt',
  'Lm',
  'Lo',
  'M',
  'Mn',
  'Mc',
  'Me',
  'N',
  'Nd',
  'Nl',
  'No',
  'P',
  'Pc',
  'Pd',
  'Ps',
  'Pe',
  'Pi',
  'Pf',
  'Po',
  'Z',
  'Zs',
  'Zl',
  'Zp',
  'S',
  'Sm',
  'Sc',
  'Sk',
  'So',
  'C',
  'Cc',
  'Cf',
  'Co',
  'Cn',
]); // prettier-ignore

// XML 1.0 (fifth edition) name characters, for `\i` (name start) and `\c` (name).
const NAME_START =
  ':A-Z_a-z\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2FF}\\u{370}-\\u{37D}\\u{37F}-\\u{1FFF}' +
  '\\u{200C}-\\u{200D}\\u{2070}-\\u{218F}\\u{2C00}-\\u{2FEF}\\u{3001}-\\u{D7FF}\\u{F900}-\\u{FDCF}' +
  '\\u{FDF0}-\\u{FFFD}\\u{10000}-\\u{EFFFF}';
const NAME_EXTRA = '\\-.0-9\\u{B7}\\u{300}-\\u{36F}\\u{203F}-\\u{2040}';

/** The multi-character escapes as JS class expressions (usable inside and outside classes). */
const MULTI_ESCAPES: Readonly<Record<string, string>> = {
  s: '[\\t\\n\\r ]',
  S: '[^\\t\\n\\r ]',
  d: '\\p{Nd}',
  D: '\\P{Nd}',
  w: '[^\\p{P}\\p{Z}\\p{C}]',
  W: '[\\p{P}\\p{Z}\\p{C}]',
  i: `[${NAME_START}]`,
  I: `[^${NAME_START}]`,
  c: `[${NAME_START}${NAME_EXTRA}]`,
  C: `[^${NAME_START}${NAME_EXTRA}]`,
};

/** Characters `\` may escape to stand for themselves (SingleCharEsc), plus n, r, t. */
const SINGLE_ESCAPES: Readonly<Record<string, number>> = {
  n: 0x0a,
  r: 0x0d,
  t: 0x09,
  '\\': 0x5c,
  '|': 0x7c,
  '.': 0x2e,
  '?': 0x3f,
  '*': 0x2a,
  '+': 0x2b,
  '(': 0x28,
  ')': 0x29,
  '{': 0x7b,
  '}': 0x7d,
  '-': 0x2d,
  '[': 0x5b,
  ']': 0x5d,
  '^': 0x5e,
};

class PatternError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

function literal(codePoint: number): string {
  return `\\u{${codePoint.toString(16).toUpperCase()}}`;
}

function translate(original: string): XsdPatternResult {
  if (original.length > MAX_PATTERN_LENGTH) {
    return { ok: false, error: `pattern longer than ${MAX_PATTERN_LENGTH} characters`, position: 0 };
  }
  const { body, offset, stripped } = stripAnchors(original);
  try {
    const ast = new Translator(body, offset).run();
    const source = `^(?:${emitJs(ast)})$`;
    return { ok: true, regex: new RegExp(source, 'v'), source, strippedAnchors: stripped, xsd: body, ast };
  } catch (error) {
    if (error instanceof PatternError) return { ok: false, error: error.message, position: error.position };
    // The RegExp engine refused what we produced: report it rather than throw.
    return { ok: false, error: error instanceof Error ? error.message : String(error), position: 0 };
  }
}

function stripAnchors(pattern: string): { body: string; offset: number; stripped: boolean } {
  let start = 0;
  let end = pattern.length;
  if (pattern.startsWith('^')) start = 1;
  if (end > start && pattern.endsWith('$')) {
    let backslashes = 0;
    for (let i = end - 2; i >= start && pattern[i] === '\\'; i--) backslashes++;
    if (backslashes % 2 === 0) end--;
  }
  return { body: pattern.slice(start, end), offset: start, stripped: start !== 0 || end !== pattern.length };
}

/** Recursive-descent translator over the XSD regex grammar; positions refer to the original. */
class Translator {
  #pos = 0;
  #depth = 0;

  constructor(
    private readonly text: string,
    private readonly offset: number,
  ) {}

  run(): XsdRegexNode {
    const out = this.regExp();
    if (this.#pos < this.text.length) this.fail(`unexpected '${this.peek()}'`);
    return out;
  }

  private fail(message: string, at = this.#pos): never {
    throw new PatternError(message, at + this.offset);
  }

  private peek(): string | undefined {
    return this.text[this.#pos];
  }

  /** Reads one code point (astral characters are one atom). */
  private nextCodePoint(): number {
    const cp = this.text.codePointAt(this.#pos);
    if (cp === undefined) this.fail('unexpected end of pattern');
    this.#pos += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private regExp(): XsdRegexNode {
    const branches = [this.branch()];
    while (this.peek() === '|') {
      this.#pos++;
      branches.push(this.branch());
    }
    return branches.length === 1 ? (branches[0] as XsdRegexNode) : { type: 'alternation', branches };
  }

  private branch(): XsdRegexNode {
    const items: XsdRegexNode[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      items.push(this.quantified(this.atom()));
    }
    return items.length === 1 ? (items[0] as XsdRegexNode) : { type: 'sequence', items };
  }

  private quantified(node: XsdRegexNode): XsdRegexNode {
    const c = this.peek();
    if (c === '?' || c === '*' || c === '+') {
      this.#pos++;
      if (c === '?') return { type: 'repeat', node, min: 0, max: 1 };
      return { type: 'repeat', node, min: c === '*' ? 0 : 1 };
    }
    if (c !== '{') return node;
    const start = this.#pos;
    const match = /^\{(\d+)(,(\d*))?\}/.exec(this.text.slice(this.#pos));
    if (!match) this.fail('invalid quantifier', start);
    this.#pos += match[0].length;
    const min = Number(match[1]);
    if (match[2] === undefined) return { type: 'repeat', node, min, max: min };
    if (match[3] === '') return { type: 'repeat', node, min };
    const max = Number(match[3]);
    if (max < min) this.fail(`quantifier {${min},${max}} has min > max`, start);
    return { type: 'repeat', node, min, max };
  }

  private atom(): XsdRegexNode {
    const start = this.#pos;
    const c = this.peek();
    switch (c) {
      case '(': {
        if (++this.#depth > MAX_NESTING) this.fail('groups nested too deeply');
        this.#pos++;
        if (this.peek() === '?') this.fail('(? groups are not XSD syntax');
        const inner = this.regExp();
        if (this.peek() !== ')') this.fail("missing ')'", start);
        this.#pos++;
        this.#depth--;
        // A group matters only for quantifiers and alternation, which the node tree already shows.
        return inner.type === 'alternation' || inner.type === 'sequence'
          ? { type: 'sequence', items: [inner] }
          : inner;
      }
      case '[':
        return { type: 'class', js: this.classExpr() };
      case '.':
        this.#pos++;
        return { type: 'class', js: '[^\\n\\r]' };
      case '\\': {
        const next = this.text[this.#pos + 1];
        const single = next === undefined ? undefined : SINGLE_ESCAPES[next];
        if (single !== undefined) {
          this.#pos += 2;
          return { type: 'char', codePoint: single };
        }
        return { type: 'class', js: this.escape(false) };
      }
      case '?':
      case '*':
      case '+':
      case '{':
        return this.fail(`quantifier '${c}' without anything to repeat`);
      case '}':
      case ']':
        return this.fail(`'${c}' must be escaped`);
      default:
        return { type: 'char', codePoint: this.nextCodePoint() };
    }
  }

  /** An escape at the current `\`. Returns a JS expression valid inside and outside classes. */
  private escape(inClass: boolean): string {
    const start = this.#pos;
    this.#pos++; // the backslash
    const c = this.peek();
    if (c === undefined) this.fail('pattern ends with a backslash', start);
    this.#pos++;
    const single = SINGLE_ESCAPES[c];
    if (single !== undefined) return literal(single);
    const multi = MULTI_ESCAPES[c];
    if (multi !== undefined) return multi;
    if (c === 'p' || c === 'P') return this.property(c === 'P', start);
    return this.fail(`unknown escape '\\${c}'${inClass ? ' in character class' : ''}`, start);
  }

  private property(negated: boolean, start: number): string {
    const match = /^\{([A-Za-z0-9-]+)\}/.exec(this.text.slice(this.#pos));
    if (!match) this.fail('\\p needs a name in braces', start);
    this.#pos += match[0].length;
    const name = match[1] as string;
    if (name.startsWith('Is')) {
      const block = unicodeBlock(name.slice(2));
      if (!block) this.fail(`unknown Unicode block '${name}'`, start);
      return `[${negated ? '^' : ''}${literal(block[0])}-${literal(block[1])}]`;
    }
    if (!CATEGORIES.has(name)) this.fail(`unknown Unicode category '${name}'`, start);
    return `\\${negated ? 'P' : 'p'}{${name}}`;
  }

  /** `[` charGroup `]`, where charGroup may end in a subtraction `-[…]`. */
  private classExpr(): string {
    const start = this.#pos;
    if (++this.#depth > MAX_NESTING) this.fail('character classes nested too deeply');
    this.#pos++; // [
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.#pos++;
    }
    const items: string[] = [];
    let subtraction: string | undefined;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail("missing ']'", start);
      if (c === ']') {
        if (items.length === 0) this.fail('empty character class', start);
        this.#pos++;
        break;
      }
      if (c === '-' && this.text[this.#pos + 1] === '[') {
        if (items.length === 0) this.fail('subtraction without a class to subtract from');
        this.#pos++;
        subtraction = this.classExpr();
        if (this.peek() !== ']') this.fail('subtraction must end the character class');
        this.#pos++;
        break;
      }
      items.push(this.classItem(items.length === 0));
    }
    this.#depth--;
    const base = `[${negated ? '^' : ''}${items.join('')}]`;
    return subtraction === undefined ? base : `[${base}--${subtraction}]`;
  }

  /** One range, single character or escape inside a class. */
  private classItem(first: boolean): string {
    const c = this.peek();
    if (c === '[') this.fail("'[' must be escaped inside a character class");
    if (c === '\\') {
      const escapeStart = this.#pos;
      const next = this.text[this.#pos + 1];
      if (next !== undefined && SINGLE_ESCAPES[next] !== undefined) {
        this.#pos += 2;
        return this.rangeFrom(SINGLE_ESCAPES[next] as number, escapeStart);
      }
      return this.escape(true);
    }
    if (c === '-') {
      // A '-' is a literal only first or last in the group (XSD 1.0 second edition).
      this.#pos++;
      if (!first && this.peek() !== ']') this.fail("'-' must be escaped here", this.#pos - 1);
      return literal(0x2d);
    }
    const start = this.#pos;
    return this.rangeFrom(this.nextCodePoint(), start);
  }

  private rangeFrom(from: number, start: number): string {
    if (this.peek() !== '-' || this.text[this.#pos + 1] === ']' || this.text[this.#pos + 1] === '[') {
      return literal(from);
    }
    this.#pos++; // -
    let to: number;
    if (this.peek() === '\\') {
      const next = this.text[this.#pos + 1];
      const single = next === undefined ? undefined : SINGLE_ESCAPES[next];
      if (single === undefined) this.fail('a range must end in a single character', this.#pos);
      this.#pos += 2;
      to = single;
    } else {
      to = this.nextCodePoint();
    }
    if (to < from) this.fail('range out of order', start);
    return `${literal(from)}-${literal(to)}`;
  }
}
