/**
 * Adversarial XML shapes (issue 19, point 2): documents built to make a parser do more than
 * linear work, each of any size. The benchmark (`bench/xml-shapes.ts`) reads them at megabytes
 * next to a plain message of the same size; `src/xml/parser/adversarial.test.ts` reads small
 * versions and checks what they parse to.
 *
 * Every shape stays within the default limits per element (64 attributes, names of 256
 * characters, depth 100); only the number of nodes and the length of one text grow with the size,
 * so readers of the full size raise `maxNodes` and `maxTextLength` (`SHAPE_LIMITS`).
 */

import type { XmlLimits } from '../../src/xml/parser/limits.js';

export interface Shape {
  readonly name: string;
  readonly description: string;
  /** A document of about `size` bytes (UTF-8), and how many units of the shape it holds. */
  build(size: number): { readonly xml: string; readonly units: number };
}

/** Limits under which every shape of up to 64 MiB is read whole. */
export const SHAPE_LIMITS: Partial<XmlLimits> = {
  maxNodes: Number.MAX_SAFE_INTEGER,
  maxTextLength: 64 * 1024 * 1024,
};

/** The number of times a unit of `unitBytes` fits in `size` bytes besides `overhead` (at least 1). */
const unitsIn = (size: number, unitBytes: number, overhead = 0) =>
  Math.max(1, Math.floor((size - overhead) / unitBytes));

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** Prefixes declared per level of `deepScopes` (64 attributes allowed, one left for the root's). */
export const DECLARATIONS_PER_LEVEL = 63;
/** Levels of `deepScopes` (depth 100 allowed, one left for the leaves). */
export const SCOPE_LEVELS = 99;

export const SHAPES: readonly Shape[] = [
  {
    name: 'deep scopes',
    description: `${SCOPE_LEVELS} nested elements with ${DECLARATIONS_PER_LEVEL} namespace declarations each, then leaves using the outermost prefix`,
    build(size) {
      let open = '';
      let close = '';
      for (let level = 0; level < SCOPE_LEVELS; level++) {
        const declarations = Array.from(
          { length: DECLARATIONS_PER_LEVEL },
          (_, k) => ` xmlns:p${level}_${k}="urn:l${level}:${k}"`,
        ).join('');
        open += `<p0_0:s${declarations}>`;
        close = `</p0_0:s>${close}`;
      }
      const leaf = '<p0_0:l/>';
      const units = unitsIn(size, leaf.length, open.length + close.length);
      return { xml: open + leaf.repeat(units) + close, units };
    },
  },
  {
    name: 'run of CR',
    description: 'one text of carriage returns (each becomes a line feed)',
    build(size) {
      const units = unitsIn(size, 1, 7);
      return { xml: `<r>${'\r'.repeat(units)}</r>`, units };
    },
  },
  {
    name: 'CR LF lines',
    description: 'one text of short lines ending in CR LF',
    build(size) {
      const units = unitsIn(size, 3, 7);
      return { xml: `<r>${'a\r\n'.repeat(units)}</r>`, units };
    },
  },
  {
    name: 'dense entity references',
    description: 'one text of `&amp;` and nothing else',
    build(size) {
      const units = unitsIn(size, 5, 7);
      return { xml: `<r>${'&amp;'.repeat(units)}</r>`, units };
    },
  },
  {
    name: 'dense character references',
    description: 'one text of `&#60;&#x1F600;` (an astral character as a reference)',
    build(size) {
      const units = unitsIn(size, 14, 7);
      return { xml: `<r>${'&#60;&#x1F600;'.repeat(units)}</r>`, units };
    },
  },
  {
    name: 'references in attributes',
    description: 'attribute values of `&lt;`, tabs and line feeds (normalised to spaces)',
    build(size) {
      const attribute = ` a="${'&lt;\t\n'.repeat(200)}"`;
      const element = `<e${attribute}/>`;
      const units = unitsIn(size, element.length, 7);
      return { xml: `<r>${element.repeat(units)}</r>`, units };
    },
  },
  {
    name: 'many attributes',
    description: 'elements with 64 attributes each, two of them prefixed',
    build(size) {
      const attributes = Array.from({ length: 61 }, (_, k) => ` a${k}="v"`).join('');
      const element = `<e${attributes} p:x="1" p:y="2"/>`;
      const units = unitsIn(size, element.length, 30);
      return { xml: `<r xmlns:p="urn:p">${element.repeat(units)}</r>`, units };
    },
  },
  {
    name: 'long names',
    description: 'elements and attributes with names of 256 characters, ASCII and non-ASCII',
    build(size) {
      const ascii = `n${'a'.repeat(255)}`;
      const other = `ä${'ß'.repeat(255)}`;
      const element = `<${ascii} ${other}="1"><${other}/></${ascii}>`;
      const units = unitsIn(size, utf8Length(element), 7);
      return { xml: `<r>${element.repeat(units)}</r>`, units };
    },
  },
  {
    name: 'many siblings',
    description: 'empty elements side by side in one parent',
    build(size) {
      const units = unitsIn(size, 4, 7);
      return { xml: `<r>${'<a/>'.repeat(units)}</r>`, units };
    },
  },
  {
    name: 'deep nesting',
    description: 'subtrees 99 elements deep, side by side',
    build(size) {
      const subtree = `${'<d>'.repeat(99)}${'</d>'.repeat(99)}`;
      const units = unitsIn(size, subtree.length, 7);
      return { xml: `<r>${subtree.repeat(units)}</r>`, units };
    },
  },
  {
    name: 'text split by markup',
    description: 'one text node of one-character pieces between comments, CDATA sections and PIs',
    build(size) {
      const unit = 'a<!---->b<![CDATA[c]]>d<?p?>';
      const units = unitsIn(size, unit.length, 7);
      return { xml: `<r>${unit.repeat(units)}</r>`, units };
    },
  },
  {
    name: 'brackets in text',
    description: 'one text of `]]` pairs not followed by `>`',
    build(size) {
      const units = unitsIn(size, 3, 7);
      return { xml: `<r>${']] '.repeat(units)}</r>`, units };
    },
  },
  {
    name: 'astral characters',
    description: 'one text of emoji (surrogate pairs)',
    build(size) {
      const units = unitsIn(size, 4, 7);
      return { xml: `<r>${'😀'.repeat(units)}</r>`, units };
    },
  },
  {
    name: 'long XML declaration',
    description: 'white space filling the XML declaration before `encoding`',
    build(size) {
      const units = unitsIn(size, 1, 50);
      return { xml: `<?xml version="1.0"${' '.repeat(units)}encoding="UTF-8"?><r/>`, units };
    },
  },
  {
    name: 'long namespace names',
    description: 'elements declaring IRI namespace names of 4,000 characters',
    build(size) {
      const name = `http://[v1.x]:80/${'ä/%41'.repeat(800)}?q#f`;
      const element = `<e xmlns="${name}"/>`;
      const units = unitsIn(size, utf8Length(element), 7);
      return { xml: `<r>${element.repeat(units)}</r>`, units };
    },
  },
];
