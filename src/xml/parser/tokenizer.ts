/**
 * The scanner of the XML parser: XML 1.0 (fifth edition) without document type declarations,
 * with Namespaces in XML 1.0, building the tree as it goes. It stops at the first fatal error.
 *
 * Speed comes from scanning runs with `indexOf` and sticky regular expressions instead of
 * character by character: text between tags is one regex search for the next character that
 * needs attention (`<`, `&`, a lone surrogate or a character XML forbids). Nesting is kept on an
 * explicit stack, so depth costs no call stack.
 *
 * Every step is linear in the input: `]]>` in text is found with one `indexOf` that is only
 * repeated after the scan has passed its result; character data of many pieces (references,
 * CDATA, text split by comments) is collected in a `StringBuilder`; prefixes are looked up in
 * `NamespaceBindings` (one map lookup, not a walk over the open scopes).
 */

import type { XmlCode } from '../codes.js';
import { StringBuilder } from './builder.js';
import { firstNonXmlChar, isWhitespace, isXmlCodePoint, scanName } from './chars.js';
import type { Encoding } from './decode.js';
import { declarationAgrees, encodingOfLabel } from './decode.js';
import { describeChar } from './error.js';
import type { XmlLimits } from './limits.js';
import { declarationAllowed, NamespaceBindings, qnameColon } from './namespaces.js';
import { LineIndex } from './positions.js';
import { XMLNS_NAMESPACE, type XmlAttribute, type XmlElement, type XmlNode } from './tree.js';

/** The first fatal problem, thrown inside the scanner and turned into a result at its boundary. */
export class ScanFailure {
  constructor(
    readonly code: XmlCode,
    readonly params: Readonly<Record<string, unknown>>,
    /** Offset in the scanned (line-end normalised) text. */
    readonly offset: number,
    readonly xpath: string,
    /** Where the construct being scanned began (for the DOCTYPE precedence rule). */
    readonly constructStart: number,
  ) {}
}

export interface ScanOptions {
  readonly limits: XmlLimits;
  /** How the text was decoded, to check the XML declaration's `encoding` against. */
  readonly encoding: Encoding | 'string';
  readonly bom: boolean;
  /** Freeze every node (default true). */
  readonly freeze?: boolean;
}

/**
 * Characters in text that need more than copying: markup, references, characters XML forbids
 * and lone surrogates (a valid pair, as in an emoji, does not stop the search).
 */
const TEXT_STOP =
  /[<&\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Characters in an attribute value that need more than copying. */
const ATTRIBUTE_SPECIAL = /[<&\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const VERSION = /^1\.[0-9]+$/;
/** The attributes of every element without any (frozen, shared). */
const NO_ATTRIBUTES: readonly XmlAttribute[] = Object.freeze([]);
/** The children of every empty element (frozen, shared). */
const NO_CHILDREN: readonly XmlNode[] = Object.freeze([]);
const ENCODING_NAME = /^[A-Za-z][A-Za-z0-9._-]*$/;

/** An element while it is open: its children are still added. */
type OpenElement = { -readonly [K in keyof XmlElement]: XmlElement[K] };

interface Frame {
  readonly qname: string;
  /** The prefixes this element declared (unbound again when it closes). */
  readonly declared: string[] | undefined;
  readonly children: XmlNode[];
  readonly element: OpenElement;
}

/** One pending attribute of a start tag, before namespace resolution. */
interface RawAttribute {
  readonly name: string;
  readonly value: string;
  readonly offset: number;
}

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const SEMICOLON = 0x3b;
const HASH = 0x23;

/** Scans a whole document (line ends already normalised) into its root element. */
export class Scanner {
  readonly #text: string;
  readonly #length: number;
  readonly #limits: XmlLimits;
  readonly #options: ScanOptions;
  readonly #freeze: boolean;
  readonly #lines: LineIndex;
  readonly #stack: Frame[] = [];
  readonly #bindings = new NamespaceBindings();
  /** Character data of the innermost open element not yet added to its children. */
  readonly #chars = new StringBuilder();
  /** An attribute value being normalised. */
  readonly #value = new StringBuilder();
  /** Offset of the next `]]>` at or after the last text checked for one (Infinity: none). */
  #cdataEnd = -1;
  #pos = 0;
  #nodes = 0;
  /** Offset after the last reference read by `#reference`. */
  #referenceEnd = 0;
  /** Where the construct being scanned (markup or a text run) began. */
  #constructStart = 0;

  constructor(text: string, options: ScanOptions) {
    this.#text = text;
    this.#length = text.length;
    this.#limits = options.limits;
    this.#options = options;
    this.#freeze = options.freeze ?? true;
    this.#lines = new LineIndex(text);
  }

  /** Line and column of an offset (for errors). */
  locate(offset: number): { line: number; column: number } {
    this.#lines.locate(offset);
    return { line: this.#lines.line, column: this.#lines.column };
  }

  /** The document's root element; throws `ScanFailure` at the first fatal error. */
  document(): XmlElement {
    const text = this.#text;
    if (text.startsWith('<?xml', 0) && isWhitespace(text.charCodeAt(5))) this.#xmlDeclaration();
    this.#misc(false);
    if (this.#pos >= this.#length) this.#fail('XML_NO_ROOT', {}, this.#pos);
    const root = this.#element();
    this.#misc(true);
    return root;
  }

  // --- helpers ------------------------------------------------------------------------------

  #fail(code: XmlCode, params: Readonly<Record<string, unknown>>, offset: number): never {
    const xpath = this.#stack.map((frame) => `/${frame.qname}`).join('');
    throw new ScanFailure(code, params, offset, xpath, Math.min(offset, this.#constructStart));
  }

  #expected(expected: string, offset: number): never {
    if (offset >= this.#length) this.#unexpectedEnd(offset);
    this.#fail('XML_NOT_WELL_FORMED', { expected, found: describeChar(this.#text, offset) }, offset);
  }

  #unexpectedEnd(offset: number, construct?: string): never {
    const frame = this.#stack[this.#stack.length - 1];
    this.#fail(
      'XML_UNEXPECTED_END',
      { construct: construct ?? (frame ? `<${frame.qname}>` : 'the document') },
      offset,
    );
  }

  #skipWhitespace(): boolean {
    const text = this.#text;
    const start = this.#pos;
    let pos = start;
    while (pos < this.#length && isWhitespace(text.charCodeAt(pos))) pos++;
    this.#pos = pos;
    return pos > start;
  }

  #name(what: string): string {
    const start = this.#pos;
    const end = scanName(this.#text, start);
    if (end === start) this.#expected(what, start);
    if (end - start > this.#limits.maxNameLength) {
      this.#fail('XML_LIMIT_NAME_LENGTH', { max: this.#limits.maxNameLength }, start);
    }
    this.#pos = end;
    return this.#text.slice(start, end);
  }

  #count(offset: number): void {
    if (++this.#nodes > this.#limits.maxNodes) {
      this.#fail('XML_LIMIT_NODES', { max: this.#limits.maxNodes }, offset);
    }
  }

  #checkChars(start: number, end: number): void {
    const bad = firstNonXmlChar(this.#text.slice(start, end));
    if (bad !== -1) this.#invalidChar(start + bad);
  }

  #invalidChar(offset: number): never {
    const cp = this.#text.codePointAt(offset) ?? 0;
    this.#fail(
      'XML_INVALID_CHARACTER',
      { codePoint: cp.toString(16).toUpperCase().padStart(4, '0') },
      offset,
    );
  }

  // --- prolog and epilog --------------------------------------------------------------------

  #xmlDeclaration(): void {
    const text = this.#text;
    this.#pos = 5;
    this.#skipWhitespace();
    this.#keyword('version');
    const version = this.#quoted();
    if (!VERSION.test(version)) {
      this.#fail('XML_NOT_WELL_FORMED', { expected: "VersionNum '1.0'", found: `"${version}"` }, this.#pos);
    }
    let space = this.#skipWhitespace();
    if (space && text.startsWith('encoding', this.#pos)) {
      const at = this.#pos;
      this.#keyword('encoding');
      const name = this.#quoted();
      if (!ENCODING_NAME.test(name)) {
        this.#fail('XML_NOT_WELL_FORMED', { expected: 'EncName', found: `"${name}"` }, at);
      }
      if (!declarationAgrees(name, this.#options.encoding, this.#options.bom)) {
        if (encodingOfLabel(name) === undefined)
          this.#fail('XML_ENCODING_UNSUPPORTED', { encoding: name }, at);
        this.#fail('XML_ENCODING_MISMATCH', { declared: name, detected: this.#options.encoding }, at);
      }
      space = this.#skipWhitespace();
    }
    if (space && text.startsWith('standalone', this.#pos)) {
      this.#keyword('standalone');
      const at = this.#pos;
      const value = this.#quoted();
      if (value !== 'yes' && value !== 'no') {
        this.#fail('XML_NOT_WELL_FORMED', { expected: "'yes' | 'no'", found: `"${value}"` }, at);
      }
      this.#skipWhitespace();
    }
    if (!text.startsWith('?>', this.#pos)) this.#expected("'?>'", this.#pos);
    this.#pos += 2;
  }

  /** `keyword Eq` of the XML declaration. */
  #keyword(keyword: string): void {
    if (!this.#text.startsWith(keyword, this.#pos)) this.#expected(`'${keyword}'`, this.#pos);
    this.#pos += keyword.length;
    this.#skipWhitespace();
    if (this.#text.charCodeAt(this.#pos) !== EQUALS) this.#expected("'='", this.#pos);
    this.#pos++;
    this.#skipWhitespace();
  }

  /** A quoted value of the XML declaration. */
  #quoted(): string {
    const quote = this.#text.charCodeAt(this.#pos);
    if (quote !== QUOTE && quote !== APOSTROPHE) this.#expected(`'"' | "'"`, this.#pos);
    const end = this.#text.indexOf(quote === QUOTE ? '"' : "'", this.#pos + 1);
    if (end === -1) this.#unexpectedEnd(this.#length, 'the XML declaration');
    const value = this.#text.slice(this.#pos + 1, end);
    this.#pos = end + 1;
    return value;
  }

  /** Comments, processing instructions and white space before (`after` false) or after the root. */
  #misc(after: boolean): void {
    const text = this.#text;
    for (;;) {
      this.#skipWhitespace();
      const pos = this.#pos;
      this.#constructStart = pos;
      if (pos >= this.#length) return;
      if (text.charCodeAt(pos) !== LT) this.#expected("'<'", pos);
      const next = text.charCodeAt(pos + 1);
      if (next === QUESTION) this.#processingInstruction();
      else if (next === BANG) {
        if (text.startsWith('<!--', pos)) this.#comment();
        else if (text.startsWith('<!DOCTYPE', pos)) this.#fail('XML_DOCTYPE', {}, pos);
        else this.#expected("'<!--'", pos);
      } else if (!after) return;
      else {
        const end = scanName(text, pos + 1);
        if (end > pos + 1) this.#fail('XML_MULTIPLE_ROOTS', { element: text.slice(pos + 1, end) }, pos);
        this.#expected('Comment | PI', pos);
      }
    }
  }

  #comment(): void {
    const start = this.#pos + 4;
    const end = this.#text.indexOf('--', start);
    if (end === -1) this.#unexpectedEnd(this.#length, "a comment '<!--'");
    if (this.#text.charCodeAt(end + 2) !== GT) {
      if (end + 2 >= this.#length) this.#unexpectedEnd(this.#length, "a comment '<!--'");
      this.#fail('XML_NOT_ALLOWED_HERE', { what: "'--' inside a comment" }, end);
    }
    this.#checkChars(start, end);
    this.#pos = end + 3;
  }

  #processingInstruction(): void {
    const text = this.#text;
    this.#pos += 2;
    const at = this.#pos;
    const target = this.#name('PITarget');
    if (target.length === 3 && target.toLowerCase() === 'xml') {
      this.#fail('XML_NOT_ALLOWED_HERE', { what: "'<?xml' after the start of the message" }, at - 2);
    }
    if (target.includes(':')) this.#fail('XML_INVALID_QNAME', { name: target }, at);
    if (text.startsWith('?>', this.#pos)) {
      this.#pos += 2;
      return;
    }
    if (!isWhitespace(text.charCodeAt(this.#pos))) this.#expected("S | '?>'", this.#pos);
    const end = text.indexOf('?>', this.#pos);
    if (end === -1) this.#unexpectedEnd(this.#length, `a processing instruction '<?${target}'`);
    this.#checkChars(this.#pos, end);
    this.#pos = end + 2;
  }

  // --- elements -----------------------------------------------------------------------------

  /** The root element and everything in it. */
  #element(): XmlElement {
    const text = this.#text;
    const stack = this.#stack;
    const root = this.#startTag();
    while (stack.length > 0) {
      this.#characterData();
      const pos = this.#pos;
      this.#constructStart = pos;
      const next = text.charCodeAt(pos + 1);
      if (next === SLASH) this.#endTag();
      else if (next === BANG) {
        if (text.startsWith('<!--', pos)) this.#comment();
        else if (text.startsWith('<![CDATA[', pos)) this.#cdata();
        else if (text.startsWith('<!DOCTYPE', pos)) this.#fail('XML_DOCTYPE', {}, pos);
        else this.#expected("'<!--' | '<![CDATA['", pos);
      } else if (next === QUESTION) this.#processingInstruction();
      else this.#startTag();
    }
    return root;
  }

  /** Adds character data to the innermost open element. */
  #append(value: string, offset: number): void {
    this.#chars.add(value);
    if (this.#chars.length > this.#limits.maxTextLength) {
      this.#fail('XML_LIMIT_TEXT_LENGTH', { max: this.#limits.maxTextLength }, offset);
    }
  }

  /** Ends the character data of `frame` (the innermost open element) as one text node. */
  #flushText(frame: Frame, offset: number): void {
    if (this.#chars.length === 0) return;
    this.#count(offset);
    const node = { kind: 'text' as const, value: this.#chars.take() };
    frame.children.push(this.#freeze ? Object.freeze(node) : node);
  }

  /** Refuses `]]>` in the text `[start, end)` (XML 2.4); each `indexOf` covers new ground. */
  #checkCdataEnd(start: number, end: number): void {
    if (this.#cdataEnd < start) {
      const next = this.#text.indexOf(']]>', start);
      this.#cdataEnd = next === -1 ? Number.POSITIVE_INFINITY : next;
    }
    if (this.#cdataEnd < end) {
      this.#fail('XML_NOT_ALLOWED_HERE', { what: "']]>' in text" }, this.#cdataEnd);
    }
  }

  /** Text and references up to the next `<`. */
  #characterData(): void {
    const text = this.#text;
    let start = this.#pos;
    this.#constructStart = start;
    // Markup right after markup (dense trees): no search needed.
    if (text.charCodeAt(start) === LT) return;
    for (;;) {
      TEXT_STOP.lastIndex = start;
      const match = TEXT_STOP.exec(text);
      const stop = match === null ? this.#length : match.index;
      this.#checkCdataEnd(start, stop);
      if (stop > start) this.#append(text.slice(start, stop), start);
      if (match === null) this.#unexpectedEnd(this.#length);
      const c = text.charCodeAt(stop);
      if (c === LT) {
        this.#pos = stop;
        return;
      }
      if (c !== AMP) this.#invalidChar(stop);
      // References one after another are read without searching again.
      let at = stop;
      do {
        this.#append(this.#reference(text, at, 0), at);
        at = this.#referenceEnd;
      } while (text.charCodeAt(at) === AMP);
      start = at;
    }
  }

  #cdata(): void {
    const start = this.#pos + 9;
    const end = this.#text.indexOf(']]>', start);
    if (end === -1) this.#unexpectedEnd(this.#length, "a CDATA section '<![CDATA['");
    this.#checkChars(start, end);
    if (end > start) this.#append(this.#text.slice(start, end), start);
    this.#pos = end + 3;
  }

  /**
   * A reference at `s[i]` (`&`), in `s` (the document, or an attribute value starting at `base`
   * in it). Returns its replacement text and sets `#referenceEnd` (an offset in `s`).
   */
  #reference(s: string, i: number, base: number): string {
    let j = i + 1;
    // The predefined entities without taking their names apart.
    if (s.startsWith('amp;', j)) return this.#predefined(j + 4, '&');
    if (s.startsWith('lt;', j)) return this.#predefined(j + 3, '<');
    if (s.startsWith('gt;', j)) return this.#predefined(j + 3, '>');
    if (s.startsWith('quot;', j)) return this.#predefined(j + 5, '"');
    if (s.startsWith('apos;', j)) return this.#predefined(j + 5, "'");
    if (s.charCodeAt(j) === HASH) {
      j++;
      const hex = s.charCodeAt(j) === 0x78; /* x */
      if (hex) j++;
      const digits = j;
      let value = 0;
      for (; j < s.length; j++) {
        const c = s.charCodeAt(j);
        let digit: number;
        if (c >= 0x30 && c <= 0x39) digit = c - 0x30;
        else if (hex && c >= 0x61 && c <= 0x66) digit = c - 0x57;
        else if (hex && c >= 0x41 && c <= 0x46) digit = c - 0x37;
        else break;
        value = Math.min(value * (hex ? 16 : 10) + digit, 0x110000);
      }
      if (j === digits) this.#expected(hex ? '[0-9a-fA-F]' : "[0-9] | 'x'", base + j);
      if (s.charCodeAt(j) !== SEMICOLON) this.#expected("';'", base + j);
      if (!isXmlCodePoint(value)) {
        this.#fail(
          'XML_INVALID_CHARACTER',
          { codePoint: value.toString(16).toUpperCase().padStart(4, '0') },
          base + i,
        );
      }
      this.#referenceEnd = j + 1;
      return String.fromCodePoint(value);
    }
    const end = scanName(s, j);
    if (end === j) this.#expected("Name | '#'", base + j);
    if (s.charCodeAt(end) !== SEMICOLON) this.#expected("';'", base + end);
    this.#referenceEnd = end + 1;
    const name = s.slice(j, end);
    switch (name) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    if (name.length > this.#limits.maxNameLength) {
      this.#fail('XML_LIMIT_NAME_LENGTH', { max: this.#limits.maxNameLength }, base + j);
    }
    return this.#fail('XML_UNDEFINED_ENTITY', { name }, base + i);
  }

  #predefined(end: number, value: string): string {
    this.#referenceEnd = end;
    return value;
  }

  /** An attribute value: literal white space becomes a space, references are replaced (XML 3.3.3). */
  #attributeValue(raw: string, base: number): string {
    if (!ATTRIBUTE_SPECIAL.test(raw)) return raw;
    const out = this.#value;
    const length = raw.length;
    let start = 0;
    for (let i = 0; i < length; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 0x20 && c !== AMP && c !== LT && (c < 0xd800 || (c > 0xdfff && c < 0xfffe))) continue;
      if (c === AMP) {
        out.add(raw.slice(start, i));
        out.add(this.#reference(raw, i, base));
        start = this.#referenceEnd;
        i = start - 1;
      } else if (c === 0x09 || c === 0x0a || c === 0x0d) {
        out.add(raw.slice(start, i));
        out.add(' ');
        start = i + 1;
      } else if (c === LT) {
        this.#fail('XML_NOT_ALLOWED_HERE', { what: "'<' in an attribute value" }, base + i);
      } else if (c >= 0xd800 && c <= 0xdbff) {
        const low = raw.charCodeAt(i + 1);
        if (!(low >= 0xdc00 && low <= 0xdfff)) this.#invalidChar(base + i);
        i++;
      } else this.#invalidChar(base + i);
    }
    out.add(raw.slice(start));
    return out.take();
  }

  /** A start tag at `<`: pushes its element (and pops it again when it is empty-element tag). */
  #startTag(): XmlElement {
    const text = this.#text;
    const limits = this.#limits;
    const tagStart = this.#pos;
    const parent = this.#stack[this.#stack.length - 1];
    if (this.#stack.length >= limits.maxDepth)
      this.#fail('XML_LIMIT_DEPTH', { max: limits.maxDepth }, tagStart);
    if (parent) this.#flushText(parent, tagStart);
    this.#pos++;
    const qname = this.#name('Name');
    let raw: RawAttribute[] | undefined;
    let selfClosing = false;
    for (;;) {
      const space = this.#skipWhitespace();
      const pos = this.#pos;
      const c = text.charCodeAt(pos);
      if (c === GT) {
        this.#pos++;
        break;
      }
      if (c === SLASH) {
        if (text.charCodeAt(pos + 1) !== GT) this.#expected("'>'", pos + 1);
        this.#pos += 2;
        selfClosing = true;
        break;
      }
      if (pos >= this.#length) this.#unexpectedEnd(pos, `the start tag <${qname}`);
      if (!space) this.#expected("S | '>' | '/>'", pos);
      raw ??= [];
      if (raw.length >= limits.maxAttributes) {
        this.#fail('XML_LIMIT_ATTRIBUTES', { max: limits.maxAttributes }, pos);
      }
      const name = this.#name("Name | '>' | '/>'");
      this.#skipWhitespace();
      if (text.charCodeAt(this.#pos) !== EQUALS) this.#expected("'='", this.#pos);
      this.#pos++;
      this.#skipWhitespace();
      const quote = text.charCodeAt(this.#pos);
      if (quote !== QUOTE && quote !== APOSTROPHE) this.#expected(`'"' | "'"`, this.#pos);
      const valueStart = this.#pos + 1;
      const close = text.indexOf(quote === QUOTE ? '"' : "'", valueStart);
      if (close === -1) this.#unexpectedEnd(this.#length, `the attribute value of ${name}`);
      if (close - valueStart > limits.maxTextLength) {
        this.#fail('XML_LIMIT_TEXT_LENGTH', { max: limits.maxTextLength }, valueStart);
      }
      const value = this.#attributeValue(text.slice(valueStart, close), valueStart);
      raw.push({ name, value, offset: pos });
      this.#pos = close + 1;
    }
    return this.#open(qname, tagStart, raw, parent, selfClosing);
  }

  /**
   * Resolves names and namespaces of a start tag and pushes its frame; an empty-element tag is
   * closed at once (no frame, the shared empty children).
   */
  #open(
    qname: string,
    tagStart: number,
    raw: RawAttribute[] | undefined,
    parent: Frame | undefined,
    empty: boolean,
  ): XmlElement {
    let declared: string[] | undefined;
    if (raw !== undefined) {
      this.#checkDuplicateNames(raw);
      for (const attribute of raw) {
        const name = attribute.name;
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          const prefix = name === 'xmlns' ? '' : name.slice(6);
          if (prefix !== '' && qnameColon(name) < 0)
            this.#fail('XML_INVALID_QNAME', { name }, attribute.offset);
          if (!declarationAllowed(prefix, attribute.value)) {
            this.#fail(
              'XML_NAMESPACE_DECLARATION',
              { attribute: name, value: attribute.value },
              attribute.offset,
            );
          }
          this.#bindings.bind(prefix, attribute.value);
          declared ??= [];
          declared.push(prefix);
        }
      }
    }
    const colon = qnameColon(qname);
    if (colon === -2) this.#fail('XML_INVALID_QNAME', { name: qname }, tagStart + 1);
    const prefix = colon === -1 ? '' : qname.slice(0, colon);
    const local = colon === -1 ? qname : qname.slice(colon + 1);
    if (prefix === 'xmlns') this.#fail('XML_INVALID_QNAME', { name: qname }, tagStart + 1);
    const ns = this.#bindings.lookup(prefix);
    if (ns === undefined) this.#fail('XML_UNBOUND_PREFIX', { prefix }, tagStart + 1);
    this.#count(tagStart);
    this.#lines.locate(tagStart);
    const line = this.#lines.line;
    const column = this.#lines.column;
    let attributes: readonly XmlAttribute[] = NO_ATTRIBUTES;
    if (raw !== undefined) {
      const list: XmlAttribute[] = [];
      for (const attribute of raw) list.push(this.#attribute(attribute));
      this.#checkDuplicateExpandedNames(list, raw);
      attributes = this.#freeze ? Object.freeze(list) : list;
    }
    const children: XmlNode[] = empty ? (NO_CHILDREN as XmlNode[]) : [];
    const element: OpenElement = {
      kind: 'element',
      ns,
      local,
      prefix,
      attributes,
      children,
      line,
      column,
    };
    if (parent) parent.children.push(element);
    if (empty) {
      if (declared) for (const declaredPrefix of declared) this.#bindings.unbind(declaredPrefix);
      if (this.#freeze) Object.freeze(element);
    } else this.#stack.push({ qname, declared, children, element });
    return element;
  }

  #attribute(attribute: RawAttribute): XmlAttribute {
    const name = attribute.name;
    this.#count(attribute.offset);
    this.#lines.locate(attribute.offset);
    let ns: string;
    let prefix: string;
    let local: string;
    if (name === 'xmlns') {
      [ns, prefix, local] = [XMLNS_NAMESPACE, '', 'xmlns'];
    } else {
      const colon = qnameColon(name);
      if (colon === -2) this.#fail('XML_INVALID_QNAME', { name }, attribute.offset);
      if (colon === -1) {
        [ns, prefix, local] = ['', '', name];
      } else {
        prefix = name.slice(0, colon);
        local = name.slice(colon + 1);
        if (prefix === 'xmlns') ns = XMLNS_NAMESPACE;
        else {
          const uri = this.#bindings.lookup(prefix);
          if (uri === undefined) this.#fail('XML_UNBOUND_PREFIX', { prefix }, attribute.offset);
          ns = uri;
        }
      }
    }
    const node: XmlAttribute = {
      ns,
      local,
      prefix,
      value: attribute.value,
      line: this.#lines.line,
      column: this.#lines.column,
    };
    return this.#freeze ? Object.freeze(node) : node;
  }

  /** Well-formedness: no attribute name twice on one start tag. */
  #checkDuplicateNames(raw: readonly RawAttribute[]): void {
    if (raw.length < 2) return;
    if (raw.length <= 16) {
      for (let i = 1; i < raw.length; i++) {
        const name = (raw[i] as RawAttribute).name;
        for (let k = 0; k < i; k++) {
          if ((raw[k] as RawAttribute).name === name) {
            this.#fail('XML_DUPLICATE_ATTRIBUTE', { attribute: name }, (raw[i] as RawAttribute).offset);
          }
        }
      }
      return;
    }
    const seen = new Set<string>();
    for (const attribute of raw) {
      if (seen.has(attribute.name)) {
        this.#fail('XML_DUPLICATE_ATTRIBUTE', { attribute: attribute.name }, attribute.offset);
      }
      seen.add(attribute.name);
    }
  }

  /** Namespaces: no two attributes with the same namespace URI and local name (different prefixes). */
  #checkDuplicateExpandedNames(attributes: readonly XmlAttribute[], raw: readonly RawAttribute[]): void {
    let prefixed = 0;
    for (const attribute of attributes) if (attribute.prefix !== '') prefixed++;
    if (prefixed < 2) return;
    const seen = new Map<string, number>();
    for (let i = 0; i < attributes.length; i++) {
      const attribute = attributes[i] as XmlAttribute;
      if (attribute.prefix === '') continue;
      const key = `${attribute.ns}\u0000${attribute.local}`;
      if (seen.has(key)) {
        this.#fail(
          'XML_DUPLICATE_ATTRIBUTE',
          { attribute: `{${attribute.ns}}${attribute.local}` },
          (raw[i] as RawAttribute).offset,
        );
      }
      seen.set(key, i);
    }
  }

  #endTag(): void {
    const tagStart = this.#pos;
    this.#pos += 2;
    const frame = this.#stack[this.#stack.length - 1] as Frame;
    const name = this.#name('Name');
    this.#skipWhitespace();
    if (this.#text.charCodeAt(this.#pos) !== GT) this.#expected("'>'", this.#pos);
    if (name !== frame.qname) {
      this.#fail('XML_MISMATCHED_TAG', { expected: frame.qname, found: name }, tagStart);
    }
    this.#pos++;
    this.#flushText(frame, tagStart);
    this.#close(this.#stack.pop() as Frame);
  }

  #close(frame: Frame): void {
    if (frame.declared) for (const prefix of frame.declared) this.#bindings.unbind(prefix);
    if (!this.#freeze) {
      // A private tree (the message reader) keeps the growing array: no copy per element.
      if (frame.children.length === 0) frame.element.children = NO_CHILDREN;
      return;
    }
    // A growing array keeps spare room (16 slots after the first push); the tree keeps an exact copy.
    const children = frame.children.length === 0 ? (NO_CHILDREN as XmlNode[]) : frame.children.slice();
    frame.element.children = children;
    Object.freeze(children);
    Object.freeze(frame.element);
  }
}
