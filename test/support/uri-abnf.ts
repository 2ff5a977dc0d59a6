/**
 * RFC 3986 appendix A and RFC 3987 section 2.2 transcribed production by production into regular
 * expressions: an oracle for URI and IRI references that shares nothing with the hand-written
 * checker in `src/xml/parser/iri.ts`. Backtracking makes it slow on long input; use it on the
 * short references the generators make.
 */

const HEXDIG = '0-9A-Fa-f';
const ALPHA = 'A-Za-z';
const DIGIT = '0-9';

/** The productions, with `iri` adding `ucschar` to unreserved and `iprivate` to the query. */
function grammar(iri: boolean): string {
  const ucschar = iri
    ? '\\u{A0}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFEF}' +
      Array.from(
        { length: 13 },
        (_, k) => `\\u{${(k + 1).toString(16)}0000}-\\u{${(k + 1).toString(16)}FFFD}`,
      ).join('') +
      '\\u{E1000}-\\u{EFFFD}'
    : '';
  const iprivate = iri ? '\\u{E000}-\\u{F8FF}\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}' : '';
  const unreserved = `[${ALPHA}${DIGIT}\\-._~${ucschar}]`;
  const asciiUnreserved = `[${ALPHA}${DIGIT}\\-._~]`;
  const subDelims = "[!$&'()*+,;=]";
  const pctEncoded = `%[${HEXDIG}][${HEXDIG}]`;
  const pchar = `(?:${unreserved}|${pctEncoded}|${subDelims}|[:@])`;
  const scheme = `[${ALPHA}][${ALPHA}${DIGIT}+\\-.]*`;
  const userinfo = `(?:${unreserved}|${pctEncoded}|${subDelims}|:)*`;
  const decOctet = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
  const ipv4 = `${decOctet}\\.${decOctet}\\.${decOctet}\\.${decOctet}`;
  const h16 = `[${HEXDIG}]{1,4}`;
  const ls32 = `(?:${h16}:${h16}|${ipv4})`;
  const ipv6 = [
    `(?:${h16}:){6}${ls32}`,
    `::(?:${h16}:){5}${ls32}`,
    `(?:${h16})?::(?:${h16}:){4}${ls32}`,
    `(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}`,
    `(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}`,
    `(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}`,
    `(?:(?:${h16}:){0,4}${h16})?::${ls32}`,
    `(?:(?:${h16}:){0,5}${h16})?::${h16}`,
    `(?:(?:${h16}:){0,6}${h16})?::`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|');
  const ipvFuture = `[vV][${HEXDIG}]+\\.(?:${asciiUnreserved}|${subDelims}|:)+`;
  const ipLiteral = `\\[(?:${ipv6}|${ipvFuture})\\]`;
  const regName = `(?:${unreserved}|${pctEncoded}|${subDelims})*`;
  const host = `(?:${ipLiteral}|${ipv4}|${regName})`;
  const port = `[${DIGIT}]*`;
  const authority = `(?:${userinfo}@)?${host}(?::${port})?`;
  const segment = `${pchar}*`;
  const segmentNz = `${pchar}+`;
  const segmentNzNc = `(?:${unreserved}|${pctEncoded}|${subDelims}|@)+`;
  const pathAbempty = `(?:/${segment})*`;
  const pathAbsolute = `/(?:${segmentNz}(?:/${segment})*)?`;
  const pathNoscheme = `${segmentNzNc}(?:/${segment})*`;
  const pathRootless = `${segmentNz}(?:/${segment})*`;
  const query = `(?:${pchar}|[/?${iprivate}])*`;
  const fragment = `(?:${pchar}|[/?])*`;
  const hierPart = `(?://${authority}${pathAbempty}|${pathAbsolute}|${pathRootless}|)`;
  const uri = `${scheme}:${hierPart}(?:\\?${query})?(?:#${fragment})?`;
  const relativePart = `(?://${authority}${pathAbempty}|${pathAbsolute}|${pathNoscheme}|)`;
  const relativeRef = `${relativePart}(?:\\?${query})?(?:#${fragment})?`;
  return `^(?:${uri}|${relativeRef})$`;
}

const URI_REFERENCE = new RegExp(grammar(false), 'u');
const IRI_REFERENCE = new RegExp(grammar(true), 'u');

/** RFC 3986 `URI-reference`, by the ABNF as a regular expression. */
export function matchesUriReference(value: string): boolean {
  return URI_REFERENCE.test(value);
}

/** RFC 3987 `IRI-reference`, by the ABNF as a regular expression. */
export function matchesIriReference(value: string): boolean {
  return IRI_REFERENCE.test(value);
}

/** RFC 3987 section 3.1: an IRI mapped to a URI by percent-encoding the UTF-8 of non-ASCII characters. */
export function iriToUri(value: string): string {
  let out = '';
  for (const char of value) {
    if (char.charCodeAt(0) < 0x80) out += char;
    else
      for (const byte of new TextEncoder().encode(char))
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
