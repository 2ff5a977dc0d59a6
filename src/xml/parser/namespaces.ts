/**
 * Namespaces in XML 1.0 (third edition): QName structure, in-scope declarations and the
 * constraints on reserved prefixes and namespaces. Namespace URIs decide; prefixes are only
 * the document's way of writing them.
 */

import { isNameStartCodePoint } from './chars.js';
import { XML_NAMESPACE, XMLNS_NAMESPACE } from './tree.js';

/** One in-scope declaration; scopes form a chain to the document's (`xml` only). */
export interface Scope {
  /** `''` for the default namespace. */
  readonly prefix: string;
  /** `''` when the default namespace is undeclared (`xmlns=""`). */
  readonly uri: string;
  readonly parent: Scope | undefined;
}

/** The scope every document starts with: the `xml` prefix is bound by definition. */
export const DOCUMENT_SCOPE: Scope = { prefix: 'xml', uri: XML_NAMESPACE, parent: undefined };

/** The URI a prefix is bound to in a scope (`''` for no namespace), or undefined when unbound. */
export function lookupPrefix(scope: Scope | undefined, prefix: string): string | undefined {
  for (let s = scope; s !== undefined; s = s.parent) if (s.prefix === prefix) return s.uri;
  return prefix === '' ? '' : undefined;
}

/**
 * Offset of the colon in a QName (`prefix:local`), -1 without a prefix, or -2 when the name is
 * not a QName: a leading or trailing colon, two colons, or a local part that cannot start a name.
 */
export function qnameColon(name: string): number {
  const colon = name.indexOf(':');
  if (colon === -1) return -1;
  if (colon === 0 || colon === name.length - 1 || name.indexOf(':', colon + 1) !== -1) return -2;
  return isNameStartCodePoint(name.codePointAt(colon + 1) as number) ? colon : -2;
}

/** Whether a declaration of `prefix` (`''` for the default namespace) as `uri` is allowed. */
export function declarationAllowed(prefix: string, uri: string): boolean {
  if (prefix === 'xmlns') return false;
  if (prefix === 'xml') return uri === XML_NAMESPACE;
  if (uri === XML_NAMESPACE || uri === XMLNS_NAMESPACE) return false;
  // Namespaces in XML 1.0 cannot undeclare a prefix (1.1 can): `xmlns:p=""` is an error.
  if (uri === '') return prefix === '';
  return isUriReference(uri);
}

/** Characters never allowed in a URI reference (RFC 3986), besides `[`/`]` outside a host. */
const NOT_URI = /[\u0000-\u0020"<>\\^`{|}\u007F-\u009F]|%(?![0-9A-Fa-f]{2})/;

/**
 * Whether a namespace name is a URI reference (RFC 3986; non-ASCII characters are allowed, as in
 * IRIs): no spaces or other excluded characters, well-formed percent escapes, a valid scheme when
 * the first segment has a colon, and brackets only around an IP literal host.
 */
export function isUriReference(value: string): boolean {
  if (NOT_URI.test(value)) return false;
  const end = value.search(/[/?#]/);
  const first = end === -1 ? value : value.slice(0, end);
  const colon = first.indexOf(':');
  if (colon !== -1 && !/^[A-Za-z][A-Za-z0-9+.-]*$/.test(first.slice(0, colon))) return false;
  if (value.indexOf('#') !== value.lastIndexOf('#')) return false;
  if (/[[\]]/.test(value)) {
    const authority = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\/([^/?#]*)/.exec(value)?.[1] ?? '';
    const outside = value.replace(authority, '');
    if (/[[\]]/.test(outside) || !/^(?:[^@[\]]*@)?\[[0-9A-Fa-f:.vV]+\](?::\d*)?$/.test(authority))
      return false;
  }
  return true;
}
