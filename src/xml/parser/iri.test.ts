/**
 * URI and IRI references against cases drawn from the ABNF of RFC 3986 (appendix A, the examples
 * of sections 1.1.2 and 5.4) and RFC 3987 (section 2.2): one case per production and per edge of
 * each range, valid and invalid.
 */
import { describe, expect, it } from 'vitest';
import { parseXmlDocument } from './index.js';
import { isIprivate, isIpv6, isIriReference, isUcschar, isUriReference } from './iri.js';

const VALID_URIS = [
  // RFC 3986 1.1.2
  'ftp://ftp.is.co.za/rfc/rfc1808.txt',
  'http://www.ietf.org/rfc/rfc2396.txt',
  'ldap://[2001:db8::7]/c=GB?objectClass?one',
  'mailto:John.Doe@example.com',
  'news:comp.infosystems.www.servers.unix',
  'tel:+1-816-555-1212',
  'telnet://192.0.2.16:80/',
  'urn:oasis:names:specification:docbook:dtd:xml:4.1.2',
  // RFC 3986 5.4: the reference resolution examples are all URI references
  'g:h',
  'g',
  './g',
  'g/',
  '/g',
  '//g',
  '?y',
  'g?y',
  '#s',
  'g#s',
  'g?y#s',
  ';x',
  'g;x',
  'g;x?y#s',
  '',
  '.',
  './',
  '..',
  '../',
  '../g',
  '../..',
  '../../g',
  '/./g',
  '/../g',
  'g.',
  '.g',
  'g..',
  '..g',
  './g/.',
  'g/./h',
  'g;x=1/../y',
  'g?y/./x',
  'g#s/../x',
  'http:g',
  // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
  'a+b-c.d9:x',
  'A:',
  // authority = [ userinfo "@" ] host [ ":" port ]; each part may be empty
  'http://user:pa%20ss@host/',
  'http://@host/',
  'http://:@h/',
  'http://h:/',
  'http://h:0123456789/', // port = *DIGIT: any number of digits
  'file:///etc/hosts',
  '//',
  '//:',
  // reg-name = *( unreserved / pct-encoded / sub-delims )
  "http://a-b.c_d~e!$&'()*+,;=%2F/",
  'http://256.256.256.256/', // not an IPv4address, but a valid reg-name
  // IP-literal = "[" ( IPv6address / IPvFuture ) "]"
  'http://[v1.x]/',
  'http://[vF.a:b]/',
  'http://[V7.!]/',
  "http://[v1a2.-._~!$&'()*+,;=:]:8080/",
  'http://[::1]:80/',
  'http://user@[::1]/',
  // path characters: pchar = unreserved / pct-encoded / sub-delims / ":" / "@"
  'a:b:c@d/e:f@g',
  '/a:b',
  '%41%2f%2F',
  // query and fragment may hold "/" and "?"
  '?a/b?c',
  '#a/b?c',
];

const INVALID_URIS = [
  // the cases: a second "@", a port that is not digits, an empty host with a letter port
  'http://a@b@c/',
  'http://h:abc/',
  '//:x',
  'http://h:1:2/',
  'http://h:8a/',
  // brackets only around an IP literal of the host
  'http://[::1/',
  'http://::1]/',
  'http://[::1]x/',
  'http://[::1]:8a/',
  'http://a/[x]',
  'a[b',
  '?[',
  '#]',
  'http://[]/',
  'http://h[::1]/',
  // IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
  'http://[v.x]/',
  'http://[v1.]/',
  'http://[v1x]/',
  'http://[vG.x]/',
  'http://[v1.x/y]/',
  'http://[v1.%41]/',
  // scheme must start with a letter; a ":" in the first segment of a relative reference
  '1a:b',
  ':a',
  '+a:b',
  'a_b:c',
  'ä:b',
  // characters outside the grammar
  'a b',
  'a"b',
  'a<b',
  'a>b',
  'a\\b',
  'a^b',
  'a`b',
  'a{b',
  'a|b',
  'a}b',
  'a\u007Fb',
  'a\u0000b',
  'a\tb',
  // pct-encoded = "%" HEXDIG HEXDIG
  '%',
  '%4',
  'a%zz',
  'a%4g',
  '#%',
  // one fragment only
  'a#b#c',
  // non-ASCII: not in a URI (only in an IRI)
  'urn:ä',
];

/** IPv6address: one case for each of the nine ABNF alternatives, and their limits. */
const VALID_IPV6 = [
  '1:2:3:4:5:6:7:8', // 6( h16 ":" ) ls32
  '1:2:3:4:5:6:1.2.3.4',
  '::2:3:4:5:6:7:8', // "::" 5( h16 ":" ) ls32
  '::2:3:4:5:6:1.2.3.4',
  '1::3:4:5:6:7:8', // [ h16 ] "::" 4( h16 ":" ) ls32
  '1:2::4:5:6:7:8', // [ *1( h16 ":" ) h16 ] "::" 3( h16 ":" ) ls32
  '1:2:3::5:6:7:8',
  '1:2:3:4::6:7:8',
  '1:2:3:4:5::7:8',
  '1:2:3:4:5::1.2.3.4', // [ *4( h16 ":" ) h16 ] "::" ls32
  '1:2:3:4:5:6::8', // [ *5( h16 ":" ) h16 ] "::" h16
  '1:2:3:4:5:6:7::', // [ *6( h16 ":" ) h16 ] "::"
  '::',
  '::1',
  '1::',
  '::ffff:192.0.2.1',
  'FFFF:abcd::0',
  '::0.0.0.0',
  '::255.255.255.255',
];

const INVALID_IPV6 = [
  '1:2:3:4:5:6:7', // seven pieces without "::"
  '1:2:3:4:5:6:7:8:9',
  '1:2:3:4:5:6:7:8::',
  '::1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7:1.2.3.4',
  '1::2::3',
  ':::',
  '1:::2',
  ':1::',
  '1::2:',
  '12345::',
  'g::',
  '::1.2.3',
  '::1.2.3.256',
  '::01.2.3.4', // dec-octet has no leading zeros
  '::1.2.3.4.5',
  '1.2.3.4::',
  '::1.2.3.4:1',
  '',
  ':',
];

const VALID_IRIS = [
  'http://例え.テスト/パス?クエリ#断片',
  'urn:ä',
  'urn:xoev-de:fim:straße',
  'http://user\u00E4@h\u00F6st:1/',
  // ucschar at the edges of its ranges
  'urn:\u00A0',
  'urn:\uD7FF',
  'urn:\uF900',
  'urn:\uFDCF',
  'urn:\uFDF0',
  'urn:\uFFEF',
  'urn:\u{10000}',
  'urn:\u{1FFFD}',
  'urn:\u{DFFFD}',
  'urn:\u{E1000}',
  'urn:\u{EFFFD}',
  // iprivate only in the query
  'http://a/?\uE000\uF8FF\u{F0000}\u{FFFFD}\u{100000}\u{10FFFD}',
  '?\uE000',
];

const INVALID_IRIS = [
  // the cases: U+FFF0 (no ucschar), private use outside the query
  'urn:\uFFF0',
  'urn:\uE000',
  'http://a/#\uE000',
  'http://\uE000/',
  'http://\uE000@h/',
  // just outside the ucschar ranges
  'urn:\u009F',
  'urn:\u0085',
  'urn:\uFDD0',
  'urn:\uFDEF',
  'urn:\u{1FFFE}',
  'urn:\u{1FFFF}',
  'urn:\u{E0000}',
  'urn:\u{E0FFF}',
  'urn:\u{EFFFE}',
  '?\u{FFFFE}',
  '?\u{10FFFE}',
  // lone surrogates are no characters
  'urn:\uD800',
  'urn:\uDC00x',
  // IPvFuture allows only ASCII
  'http://[v1.\u00E4]/',
  'http://[::\u00E4]/',
  // non-ASCII is never a delimiter or a scheme character
  'h\u00E4:x',
];

describe('isUriReference (RFC 3986 URI-reference)', () => {
  it.each(VALID_URIS)('accepts %j', (value) => {
    expect(isUriReference(value)).toBe(true);
    expect(isIriReference(value)).toBe(true);
  });

  it.each(INVALID_URIS)('refuses %j', (value) => {
    expect(isUriReference(value)).toBe(false);
  });

  it('accepts every IPv6address alternative and refuses what the ABNF does not produce', () => {
    for (const address of VALID_IPV6) {
      expect(isIpv6(address), address).toBe(true);
      expect(isUriReference(`http://[${address}]/`), address).toBe(true);
    }
    for (const address of INVALID_IPV6) {
      expect(isIpv6(address), address).toBe(false);
      expect(isUriReference(`http://[${address}]/`), address).toBe(false);
    }
  });

  it('is linear: a 1,000,000-character reference of each component is checked whole', () => {
    const n = 1_000_000;
    expect(
      isUriReference(
        `http://${'a'.repeat(n)}:${'1'.repeat(n)}/${'b/'.repeat(n)}?${'?'.repeat(n)}#${'/'.repeat(n)}`,
      ),
    ).toBe(true);
    expect(isUriReference(`http://[${'1:'.repeat(n)}]/`)).toBe(false);
    expect(isUriReference(`${'%41'.repeat(n)}%4`)).toBe(false);
    expect(isUriReference(`http://${'@'.repeat(n)}/`)).toBe(false);
  });
});

describe('isIriReference (RFC 3987 IRI-reference)', () => {
  it.each(VALID_IRIS)('accepts %j', (value) => {
    expect(isIriReference(value)).toBe(true);
  });

  it.each([...INVALID_IRIS, ...INVALID_URIS.filter((value) => value !== 'urn:ä')])('refuses %j', (value) => {
    expect(isIriReference(value)).toBe(false);
  });

  it('has exactly the ucschar and iprivate ranges of RFC 3987 (checked at every code point)', () => {
    // The ranges as the RFC lists them, an oracle independent of the implementation's arithmetic.
    const ucschar: Array<[number, number]> = [
      [0xa0, 0xd7ff],
      [0xf900, 0xfdcf],
      [0xfdf0, 0xffef],
      ...Array.from({ length: 13 }, (_, k): [number, number] => [
        (k + 1) * 0x10000,
        (k + 1) * 0x10000 + 0xfffd,
      ]),
      [0xe1000, 0xefffd],
    ];
    const iprivate: Array<[number, number]> = [
      [0xe000, 0xf8ff],
      [0xf0000, 0xffffd],
      [0x100000, 0x10fffd],
    ];
    const inside = (ranges: Array<[number, number]>, cp: number) =>
      ranges.some(([a, b]) => cp >= a && cp <= b);
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (isUcschar(cp) !== inside(ucschar, cp)) wrong.push(`ucschar ${cp.toString(16)}`);
      if (isIprivate(cp) !== inside(iprivate, cp)) wrong.push(`iprivate ${cp.toString(16)}`);
      if (wrong.length > 5) break;
    }
    expect(wrong).toEqual([]);
  });
});

describe('namespace names in documents', () => {
  const code = (uri: string) => {
    const result = parseXmlDocument(`<r xmlns:p="${uri}" xmlns="${uri}"/>`);
    return result.ok ? 'ok' : result.error.code;
  };

  it('refuses the namespace names the issue found accepted', () => {
    for (const uri of [
      'http://a@b@c/',
      'http://h:abc/',
      '//:x',
      'urn:\uFFF0',
      'urn:\uE000',
      'urn:\u{F0000}',
    ]) {
      expect(code(uri), uri).toBe('XML_NAMESPACE_DECLARATION');
    }
  });

  it('accepts IPvFuture hosts, IPv6 literals and IRIs', () => {
    for (const uri of [
      'http://[v1.x]/',
      'http://[2001:db8::7]/',
      'urn:xoev-de:fim:straße',
      'http://a/?\uE000',
    ]) {
      expect(code(uri), uri).toBe('ok');
    }
  });
});
