/**
 * Namespaces in XML 1.0 (third edition): QName structure, in-scope declarations and the
 * constraints on reserved prefixes and namespaces. Namespace URIs decide; prefixes are only
 * the document's way of writing them.
 */

import { isNameStartCodePoint } from './chars.js';
import { isIriReference } from './iri.js';
import { XML_NAMESPACE, XMLNS_NAMESPACE } from './tree.js';

/**
 * The prefixes in scope while a document is scanned: per prefix a stack of the namespace names
 * it is bound to, innermost last. An element's declarations are pushed when it opens and popped
 * when it closes, so looking a prefix up costs the same however many scopes are open (a chain of
 * scopes would be walked for every name: quadratic for deep scopes with many declarations).
 */
export class NamespaceBindings {
  readonly #stacks = new Map<string, string[]>([['xml', [XML_NAMESPACE]]]);

  /** Binds `prefix` (`''` for the default namespace) to `uri` until `unbind(prefix)`. */
  bind(prefix: string, uri: string): void {
    const stack = this.#stacks.get(prefix);
    if (stack) stack.push(uri);
    else this.#stacks.set(prefix, [uri]);
  }

  /** Ends the innermost binding of `prefix`. */
  unbind(prefix: string): void {
    this.#stacks.get(prefix)?.pop();
  }

  /** The URI a prefix is bound to (`''` for no namespace), or undefined when unbound. */
  lookup(prefix: string): string | undefined {
    const stack = this.#stacks.get(prefix);
    if (stack !== undefined && stack.length > 0) return stack[stack.length - 1];
    return prefix === '' ? '' : undefined;
  }
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
  // Namespace names are IRI references (Namespaces in XML 1.1, RFC 3987), a superset of URI references.
  return isIriReference(uri);
}
