/**
 * A fast-check generator of URI and IRI references for namespace names: every component of the
 * RFC 3986 grammar (scheme, userinfo, host as reg-name, IPv4, IPv6 or IPvFuture literal, port,
 * path, query, fragment), mostly well-formed, with near misses mixed in (a second `@`, letters in
 * the port, broken literals and escapes, brackets outside the host, characters outside the
 * grammar, non-ASCII characters inside and outside the IRI ranges).
 */

import fc from 'fast-check';

/** Mostly `good`, sometimes `bad`. */
const mostly = (good: fc.Arbitrary<string>, bad: fc.Arbitrary<string>, weight = 12) =>
  fc.oneof({ weight, arbitrary: good }, { weight: 1, arbitrary: bad });

const chars = (pool: string, maxLength = 6) =>
  fc.array(fc.constantFrom(...pool), { maxLength }).map((list) => list.join(''));

const ASCII_OK = "abcXYZ019-._~!$&'()*+,;=";
/** Non-ASCII characters in `ucschar` (valid anywhere in an IRI). */
const UCSCHAR = ['ä', 'ß', '€', '例', '\u00A0', '\uFDF0', '\uFFEF', '\u{10000}', '\u{1F600}', '\u{E1000}'];
/** Non-ASCII characters outside `ucschar`: private use (only in a query), noncharacters, C1. */
const NOT_UCSCHAR = ['\uE000', '\u{F0000}', '\uFFF0', '\uFDD0', '\u0085', '\u{1FFFE}'];
const BAD_ASCII = [' ', '"', '<', '>', '\\', '^', '`', '{', '|', '}', '[', ']', '%', '%4', '%zz', '#', '@'];

/** One character or escape of a component, `extra` being the delimiters it allows besides. */
const unit = (extra: string, iri: boolean) =>
  mostly(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...ASCII_OK, ...extra) },
      { weight: 2, arbitrary: fc.constantFrom('%41', '%c3%A4', '%2F') },
      { weight: iri ? 2 : 0, arbitrary: fc.constantFrom(...UCSCHAR) },
    ),
    fc.constantFrom(...BAD_ASCII, ...(iri ? NOT_UCSCHAR : ['ä'])),
    30,
  );
const component = (extra: string, iri: boolean, maxLength = 5) =>
  fc.array(unit(extra, iri), { maxLength }).map((list) => list.join(''));

const h16 = chars('0123456789abcdefABCDEF', 4).filter((s) => s.length > 0);
const ipv4 = fc
  .tuple(
    ...Array.from({ length: 4 }, () =>
      fc.oneof(fc.nat({ max: 255 }).map(String), fc.constantFrom('256', '01', '999')),
    ),
  )
  .map((octets) => octets.join('.'));
const ipv6 = fc
  .tuple(fc.array(h16, { maxLength: 8 }), fc.nat({ max: 9 }), fc.boolean(), ipv4)
  .map(([pieces, gap, withV4, v4]) => {
    const list: string[] = [...pieces];
    if (withV4) list.push(v4);
    if (gap < list.length + 1 && gap < 9) list.splice(gap, 0, '');
    const text = list.join(':');
    return text.startsWith(':') ? `:${text}` : text.endsWith(':') ? `${text}:` : text;
  });
const ipvFuture = fc
  .tuple(
    fc.constantFrom('v', 'V'),
    chars('0123456789aF', 3),
    fc.constantFrom('.', ''),
    chars("abc-._~!$&'()*+,;=:", 4),
  )
  .map((parts) => parts.join(''));
const host = (iri: boolean) =>
  fc.oneof(
    { weight: 6, arbitrary: component('', iri, 6) },
    { weight: 2, arbitrary: ipv4 },
    { weight: 3, arbitrary: ipv6.map((v6) => `[${v6}]`) },
    { weight: 2, arbitrary: ipvFuture.map((future) => `[${future}]`) },
    { weight: 1, arbitrary: fc.constantFrom('[', ']', '[::1', '::1]', '[]', '[:]', '[v1.ä]') },
  );
const port = mostly(chars('0123456789', 6), fc.constantFrom('8a', 'abc', '1:2', '-1'));
const authority = (iri: boolean) =>
  fc
    .tuple(
      fc.option(fc.tuple(component(':', iri), fc.constantFrom('@', '@', '@', '@@')), { nil: undefined }),
      host(iri),
      fc.option(port, { nil: undefined }),
    )
    .map(([user, h, p]) => `${user ? user.join('') : ''}${h}${p === undefined ? '' : `:${p}`}`);
const scheme = mostly(
  fc.tuple(fc.constantFrom('a', 'urn', 'http', 'H'), chars('az09+-.', 4)).map(([a, b]) => a + b),
  fc.constantFrom('1a', '+a', 'a_b', '', 'ä'),
);
const path = (iri: boolean) =>
  fc.array(component(':@', iri), { maxLength: 4 }).map((segments) => segments.join('/'));

/** A URI reference (`iri` false: ASCII only, near misses aside) or an IRI reference. */
export function uriReference(iri: boolean): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.option(scheme, { nil: undefined }),
      fc.option(authority(iri), { nil: undefined }),
      fc.constantFrom('', '/'),
      path(iri),
      fc.option(component(':@/?', iri), { nil: undefined }),
      fc.option(component(':@/?', iri), { nil: undefined }),
    )
    .map(
      ([s, a, slash, p, q, f]) =>
        `${s === undefined ? '' : `${s}:`}${a === undefined ? '' : `//${a}`}${a === undefined ? slash : '/'}${p}${q === undefined ? '' : `?${q}`}${f === undefined ? '' : `#${f}`}`,
    );
}
