/**
 * URI and IRI references, exactly by the ABNF of RFC 3986 (appendix A) and RFC 3987 (section
 * 2.2): `isUriReference` is RFC 3986 `URI-reference`, `isIriReference` is RFC 3987
 * `IRI-reference` (the same grammar with `ucschar` added to the unreserved characters and
 * `iprivate` allowed in the query). Syntax only: nothing is resolved or normalised.
 *
 * One pass over the string, in time linear in its length: components are split at their
 * delimiters (`#`, `?`, `//`, `@`, `[`…`]`, `:`), then each is checked character by character.
 */

// ASCII character classes of RFC 3986 section 2.
const UNRESERVED = 1; // ALPHA / DIGIT / "-" / "." / "_" / "~"
const SUB_DELIM = 2; // "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="
const HEX = 4; // HEXDIG (ABNF strings are case-insensitive: a-f too)
const SCHEME = 8; // ALPHA / DIGIT / "+" / "-" / "." after the first letter
const ALPHA = 16;
const DIGIT = 32;

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const alpha = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const digit = c >= 0x30 && c <= 0x39;
  let bits = 0;
  if (alpha || digit || c === 0x2d || c === 0x2e || c === 0x5f || c === 0x7e) bits |= UNRESERVED;
  if ("!$&'()*+,;=".includes(String.fromCharCode(c))) bits |= SUB_DELIM;
  if (digit || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)) bits |= HEX;
  if (alpha || digit || c === 0x2b || c === 0x2d || c === 0x2e) bits |= SCHEME;
  if (alpha) bits |= ALPHA;
  if (digit) bits |= DIGIT;
  ASCII[c] = bits;
}

const is = (c: number, bits: number): boolean => c < 0x80 && ((ASCII[c] as number) & bits) !== 0;

/** RFC 3987 `ucschar`: the non-ASCII characters an IRI may carry anywhere. */
export function isUcschar(cp: number): boolean {
  if (cp < 0xa0) return false;
  if (cp <= 0xd7ff) return true;
  if (cp < 0xf900) return false;
  if (cp <= 0xfdcf) return true;
  if (cp < 0xfdf0) return false;
  if (cp <= 0xffef) return true;
  if (cp < 0x10000 || cp > 0xefffd) return false;
  // %x10000-1FFFD … %xD0000-DFFFD, %xE1000-EFFFD: every plane without its last two code points.
  if ((cp & 0xfffe) === 0xfffe) return false;
  return cp < 0xe0000 || cp >= 0xe1000;
}

/** RFC 3987 `iprivate`: private-use characters, allowed only in the query. */
export function isIprivate(cp: number): boolean {
  return (
    (cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0xf0000 && cp <= 0xffffd) || (cp >= 0x100000 && cp <= 0x10fffd)
  );
}

/** Which characters a component may hold besides unreserved ones and percent escapes. */
const Part = {
  /** `userinfo`: sub-delims / ":" */
  Userinfo: 0,
  /** `reg-name`: sub-delims */
  RegName: 1,
  /** a path: `pchar` (sub-delims / ":" / "@") and "/" */
  Path: 2,
  /** the query: `pchar` / "/" / "?" (and `iprivate` in an IRI) */
  Query: 3,
  /** the fragment: `pchar` / "/" / "?" */
  Fragment: 4,
} as const;
type Part = (typeof Part)[keyof typeof Part];

function allowedAscii(c: number, part: Part): boolean {
  if (is(c, UNRESERVED | SUB_DELIM)) return true;
  switch (part) {
    case Part.Userinfo:
      return c === 0x3a; /* : */
    case Part.RegName:
      return false;
    case Part.Path:
      return c === 0x3a || c === 0x40 /* @ */ || c === 0x2f; /* / */
    default:
      return c === 0x3a || c === 0x40 || c === 0x2f || c === 0x3f; /* ? */
  }
}

/** Whether `s[start, end)` consists of the characters of a component, with valid escapes. */
function component(s: string, start: number, end: number, part: Part, iri: boolean): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x25 /* % */) {
        if (i + 2 >= end) return false;
        if (!is(s.charCodeAt(i + 1), HEX) || !is(s.charCodeAt(i + 2), HEX)) return false;
        i += 2;
      } else if (!allowedAscii(c, part)) return false;
      continue;
    }
    if (!iri) return false;
    const cp = s.codePointAt(i) as number;
    // A lone surrogate is no character at all; a pair is one code point.
    if (cp >= 0xd800 && cp <= 0xdfff) return false;
    if (cp > 0xffff) i++;
    if (!(isUcschar(cp) || (part === Part.Query && isIprivate(cp)))) return false;
  }
  return true;
}

/** `dec-octet "." dec-octet "." dec-octet "." dec-octet` over the whole of `s[start, end)`. */
function isIpv4(s: string, start: number, end: number): boolean {
  let octets = 0;
  let i = start;
  for (;;) {
    const from = i;
    while (i < end && is(s.charCodeAt(i), DIGIT)) i++;
    const length = i - from;
    // dec-octet: 0-255 without leading zeros.
    if (length === 0 || length > 3 || (length > 1 && s.charCodeAt(from) === 0x30)) return false;
    if (Number(s.slice(from, i)) > 255) return false;
    octets++;
    if (octets === 4) return i === end;
    if (i >= end || s.charCodeAt(i) !== 0x2e /* . */) return false;
    i++;
  }
}

/** `h16` groups separated by ":" in `s[start, end)`; the count of 16-bit pieces, or -1. */
function h16Groups(s: string, start: number, end: number, ipv4Last: boolean): number {
  if (start === end) return 0;
  let pieces = 0;
  let i = start;
  for (;;) {
    const from = i;
    while (i < end && is(s.charCodeAt(i), HEX)) i++;
    if (ipv4Last && i < end && s.charCodeAt(i) === 0x2e) {
      // ls32 may end in an IPv4 address: two pieces, and nothing after it.
      return isIpv4(s, from, end) ? pieces + 2 : -1;
    }
    if (i === from || i - from > 4) return -1;
    pieces++;
    if (i === end) return pieces;
    if (s.charCodeAt(i) !== 0x3a) return -1;
    i++;
    if (i === end) return -1; // a trailing single ":"
  }
}

/** RFC 3986 `IPv6address` over the whole of `s[start, end)`. */
export function isIpv6(s: string, start = 0, end = s.length): boolean {
  const gap = s.indexOf('::', start);
  if (gap === -1 || gap >= end) return h16Groups(s, start, end, true) === 8;
  if (s.indexOf('::', gap + 1) !== -1 && s.indexOf('::', gap + 1) < end) return false;
  const left = h16Groups(s, start, gap, false);
  const right = h16Groups(s, gap + 2, end, true);
  // "::" stands for at least one piece: at most seven are written around it.
  return left >= 0 && right >= 0 && left + right <= 7;
}

/** `IP-literal` inside the brackets: `IPv6address / IPvFuture`. */
function isIpLiteral(s: string, start: number, end: number): boolean {
  const v = s.charCodeAt(start);
  if (v !== 0x76 && v !== 0x56 /* v V */) return isIpv6(s, start, end);
  // IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
  let i = start + 1;
  while (i < end && is(s.charCodeAt(i), HEX)) i++;
  if (i === start + 1 || i >= end || s.charCodeAt(i) !== 0x2e) return false;
  i++;
  if (i === end) return false;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!is(c, UNRESERVED | SUB_DELIM) && c !== 0x3a) return false;
  }
  return true;
}

/** `[ userinfo "@" ] host [ ":" port ]` over the whole of `s[start, end)`. */
function isAuthority(s: string, start: number, end: number, iri: boolean): boolean {
  let hostStart = start;
  const at = s.indexOf('@', start);
  if (at !== -1 && at < end) {
    // Neither userinfo nor host may contain "@": a second one is an error.
    if (!component(s, start, at, Part.Userinfo, iri)) return false;
    hostStart = at + 1;
  }
  let hostEnd: number;
  if (s.charCodeAt(hostStart) === 0x5b /* [ */) {
    const close = s.indexOf(']', hostStart);
    if (close === -1 || close >= end || !isIpLiteral(s, hostStart + 1, close)) return false;
    hostEnd = close + 1;
  } else {
    // reg-name (IPv4address is a reg-name too) ends at the first ":".
    hostEnd = hostStart;
    while (hostEnd < end && s.charCodeAt(hostEnd) !== 0x3a) hostEnd++;
    if (!component(s, hostStart, hostEnd, Part.RegName, iri)) return false;
  }
  if (hostEnd === end) return true;
  if (s.charCodeAt(hostEnd) !== 0x3a) return false;
  for (let i = hostEnd + 1; i < end; i++) if (!is(s.charCodeAt(i), DIGIT)) return false; // port = *DIGIT
  return true;
}

function reference(s: string, iri: boolean): boolean {
  const length = s.length;
  const hash = s.indexOf('#');
  const beforeFragment = hash === -1 ? length : hash;
  if (hash !== -1 && !component(s, hash + 1, length, Part.Fragment, iri)) return false;
  const question = s.indexOf('?');
  const beforeQuery = question === -1 || question > beforeFragment ? beforeFragment : question;
  if (beforeQuery < beforeFragment && !component(s, beforeQuery + 1, beforeFragment, Part.Query, iri)) {
    return false;
  }
  // A ":" before the first "/" ends a scheme; a relative reference's first segment has none.
  let i = 0;
  while (i < beforeQuery && s.charCodeAt(i) !== 0x3a && s.charCodeAt(i) !== 0x2f) i++;
  let rest = 0;
  if (i < beforeQuery && s.charCodeAt(i) === 0x3a) {
    if (i === 0 || !is(s.charCodeAt(0), ALPHA)) return false;
    for (let k = 1; k < i; k++) if (!is(s.charCodeAt(k), SCHEME)) return false;
    rest = i + 1;
  }
  // "//" authority path-abempty, or a path of segments (absolute, rootless, no-scheme, empty).
  if (s.startsWith('//', rest) && rest + 2 <= beforeQuery) {
    let end = rest + 2;
    while (end < beforeQuery && s.charCodeAt(end) !== 0x2f) end++;
    if (!isAuthority(s, rest + 2, end, iri)) return false;
    rest = end;
  }
  return component(s, rest, beforeQuery, Part.Path, iri);
}

/** RFC 3986 `URI-reference`: ASCII only. */
export function isUriReference(value: string): boolean {
  return reference(value, false);
}

/** RFC 3987 `IRI-reference`. */
export function isIriReference(value: string): boolean {
  return reference(value, true);
}
