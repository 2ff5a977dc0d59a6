import type { CodeList } from './types.js';

/**
 * Loaded code lists, looked up by canonical URI and version, the pair that pins a genericode
 * list. A definition that references `urn:…` in version `2` validates against the list
 * registered under exactly that pair.
 */
export class CodeListRegistry {
  readonly #lists = new Map<string, CodeList>();

  constructor(lists: Iterable<CodeList> = []) {
    for (const list of lists) this.add(list);
  }

  /** Adds a list; a later list with the same (uri, version) replaces the earlier one. */
  add(list: CodeList): this {
    this.#lists.set(canonicalVersionUri(list.uri, list.version), list);
    return this;
  }

  /** The list with this canonical URI and version, if loaded. */
  get(uri: string, version: string): CodeList | undefined {
    return this.#lists.get(canonicalVersionUri(uri, version));
  }

  /** True when the list with this canonical URI and version is loaded. */
  has(uri: string, version: string): boolean {
    return this.#lists.has(canonicalVersionUri(uri, version));
  }

  get size(): number {
    return this.#lists.size;
  }

  /** Every loaded list. */
  [Symbol.iterator](): IterableIterator<CodeList> {
    return this.#lists.values();
  }
}

/** The genericode `CanonicalVersionUri` convention: URI, underscore, version. */
export function canonicalVersionUri(uri: string, version: string): string {
  return `${uri}_${version}`;
}
