/**
 * Hard limits of the XML parser. Every limit bounds time or memory an attacker can make the
 * parser spend; each has its own issue code (`XML_LIMIT_*`). See docs/xml.md for the defaults.
 */

/** Limits of the XML parser; see docs/xml.md for the defaults. */
export interface XmlLimits {
  /** Largest input: bytes for a `Uint8Array`, UTF-16 code units for a string. */
  readonly maxBytes: number;
  /** Deepest element nesting (the root element is at depth 1). */
  readonly maxDepth: number;
  /** Most attributes on one element, namespace declarations included. */
  readonly maxAttributes: number;
  /** Longest element, attribute, processing-instruction target or entity name (code units). */
  readonly maxNameLength: number;
  /** Longest text of one element (text, CDATA and references together) or attribute value. */
  readonly maxTextLength: number;
  /** Most nodes in the tree: elements, attributes and text nodes together. */
  readonly maxNodes: number;
}

/**
 * The default limits: 64 MiB, depth 100, 64 attributes per element, names of 256 characters,
 * texts of 32 Mi characters (a 24 MB file as base64), 1,000,000 nodes.
 */
export const DEFAULT_XML_LIMITS: XmlLimits = Object.freeze({
  maxBytes: 64 * 1024 * 1024,
  maxDepth: 100,
  maxAttributes: 64,
  maxNameLength: 256,
  maxTextLength: 32 * 1024 * 1024,
  maxNodes: 1_000_000,
});

/** The default limits with the given ones replacing them (non-numbers and NaN are ignored). */
export function resolveXmlLimits(limits: Partial<XmlLimits> | undefined): XmlLimits {
  if (limits === undefined || limits === DEFAULT_XML_LIMITS) return DEFAULT_XML_LIMITS;
  const resolved: { -readonly [K in keyof XmlLimits]: number } = { ...DEFAULT_XML_LIMITS };
  for (const key of Object.keys(DEFAULT_XML_LIMITS) as (keyof XmlLimits)[]) {
    const value = limits[key];
    if (typeof value === 'number' && !Number.isNaN(value)) resolved[key] = value;
  }
  return resolved;
}
