/**
 * The state of one XDF import, shared by its stages: the file's version and name table, element
 * access through the table, the findings with their locations, and the registries that
 * deduplicate elements and rules by id and version. Nothing here knows what an element means.
 */

import type { Issue } from '../../issues/issue.js';
import type { ChildDefinition, RuleDefinition } from '../../model/types.js';
import { childElements, xpathIndex } from '../../xml/navigate.js';
import type { XmlElement } from '../../xml/parse.js';
import type { XdfCode } from '../codes.js';
import { type Localized, xdfIssue, xmlLocation } from '../issue.js';
import { normalisedText } from '../tree.js';
import type { Names, XdfNames } from './names.js';
import { XDF2_NAMES } from './names-xdf2.js';
import { XDF3_NAMES } from './names-xdf3.js';

/** What was read first, by `kind:id@version` or `id@version`, with its fingerprint. */
export type Registry<T> = Map<string, { readonly value: T; readonly fingerprint: string }>;

/** The name tables by namespace: the versions the importer reads. */
export const XDF_NAMES: readonly XdfNames[] = [XDF2_NAMES, XDF3_NAMES];

/** The table of a namespace, if the importer reads that version. */
export function namesFor(namespace: string): XdfNames | undefined {
  return XDF_NAMES.find((names) => names.namespace === namespace);
}

/** The id and version of a schema, group, field or rule as read. */
export interface Identity {
  readonly id: string;
  readonly version: string;
}

/** Where a finding is: the XML element it concerns and the JSON pointer in the definition. */
export interface At {
  readonly xml?: XmlElement | undefined;
  readonly path?: string;
  readonly element?: Identity | undefined;
}

/** A place that concerns an identified element (most findings name its id). */
export type ElementAt = At & { readonly element: Identity };

export class ImportContext {
  /** The findings so far (a stage may collect its own apart: `collect`). */
  issues: Issue[] = [];
  readonly ns: string;
  readonly #xpaths: Map<XmlElement, string>;
  /** The XML element behind each JSON pointer of the definition (first use), for lint findings. */
  readonly xmlAt = new Map<string, XmlElement>();
  /** The JSON pointer of every schema, group, field and rule element read (each occurrence). */
  readonly pathOf = new Map<XmlElement, string>();
  /** Groups and fields read, by kind, id and version. */
  readonly elements: Registry<ChildDefinition> = new Map();
  /** Rules read, by id and version. */
  readonly rules: Registry<RuleDefinition> = new Map();
  /** Groups being read (a group inside itself is cut). */
  readonly inProgress = new Set<string>();
  /** Every element name looked up, when set (for the tests of the name tables). */
  trace: Set<string> | undefined;

  constructor(
    readonly names: XdfNames,
    root: XmlElement,
  ) {
    this.ns = names.namespace;
    this.#xpaths = xpathIndex(root);
  }

  get version(): 2 | 3 {
    return this.names.xdfVersion;
  }

  // --- findings ------------------------------------------------------------------------------

  report(code: XdfCode, params: Record<string, unknown>, at: At = {}, localized?: Localized): void {
    this.issues.push(
      xdfIssue(
        code,
        params,
        { path: at.path, element: at.element, xml: at.xml && xmlLocation(this.#xpaths, at.xml) },
        localized,
      ),
    );
  }

  /** Runs `read` with its findings kept apart; returns its result and its findings. */
  collect<T>(read: () => T): { readonly value: T; readonly issues: Issue[] } {
    const outer = this.issues;
    this.issues = [];
    let own: Issue[] = [];
    try {
      const value = read();
      own = this.issues;
      return { value, issues: own };
    } catch (error) {
      // Whatever was found before a failure stays in the report.
      outer.push(...this.issues);
      throw error;
    } finally {
      this.issues = outer;
    }
  }

  // --- element access through the name table -------------------------------------------------

  /** The children of `parent` with one of the names, in document order. */
  kids(parent: XmlElement, names: Names): XmlElement[] {
    if (this.trace) for (const name of names) this.trace.add(name);
    if (names.length === 1) return childElements(parent, names[0], this.ns);
    return childElements(parent, undefined, this.ns).filter((child) => names.includes(child.local));
  }

  /** The first child with the first of the names that occurs. */
  kid(parent: XmlElement, names: Names): XmlElement | undefined {
    for (const name of names) {
      const found = this.kids(parent, [name])[0];
      if (found) return found;
    }
    return undefined;
  }

  /**
   * A single-valued text element: of the first name that has one, its first occurrence with
   * content; else the first occurrence of any name (an empty element is an absent property;
   * `structure.ts` reports the other occurrences).
   */
  leaf(parent: XmlElement, names: Names): XmlElement | undefined {
    let first: XmlElement | undefined;
    for (const name of names) {
      const all = this.kids(parent, [name]);
      const full = all.find((element) => normalisedText(element) !== undefined);
      if (full) return full;
      first ??= all[0];
    }
    return first;
  }

  /** The text of a single-valued element (`leaf`). */
  text(parent: XmlElement, names: Names): string | undefined {
    return normalisedText(this.leaf(parent, names));
  }

  /** `bezug`: the first text, or every text joined by line breaks, as the version has it. */
  bezug(parent: XmlElement, names: Names): string | undefined {
    if (this.names.bezug === 'first') return this.text(parent, names);
    const parts = this.kids(parent, names)
      .map((element) => normalisedText(element))
      .filter((text): text is string => text !== undefined);
    return parts.length === 0 ? undefined : parts.join('\n');
  }
}

/** The name of a role for messages: its first candidate. */
export function nameOf(names: Names): string {
  return names[0] ?? '';
}
