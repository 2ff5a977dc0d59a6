/**
 * The parsed document: a small immutable tree with namespace URIs resolved. Prefixes are kept
 * only for messages; programs compare `ns` and `local`. Comments and processing instructions are
 * not part of the tree; adjacent text, CDATA sections and references form one text node.
 */

/** The namespace of the `xml` prefix (`xml:lang`, `xml:space`). */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/** The namespace of namespace declarations (`xmlns`, `xmlns:p`) in the tree. */
export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/**
 * An attribute. Unprefixed attributes have no namespace (`ns` is `''`). Namespace declarations
 * are attributes too, in `XMLNS_NAMESPACE` (`xmlns:p` has local `p`, `xmlns` has local `xmlns`).
 */
export interface XmlAttribute {
  readonly ns: string;
  readonly local: string;
  readonly prefix: string;
  /** The normalised value (XML 3.3.3: literal white space as spaces, references replaced). */
  readonly value: string;
  /** Where the attribute's name starts (1-based; columns in UTF-16 code units). */
  readonly line: number;
  readonly column: number;
}

/**
 * Character data. Line ends are normalised as XML requires (CR LF and CR become LF); a CR from
 * the reference `&#13;` stays a CR.
 */
export interface XmlText {
  readonly kind: 'text';
  readonly value: string;
}

/** An element with its namespace URI (`''` for none), local name and the prefix it was written with. */
export interface XmlElement {
  readonly kind: 'element';
  readonly ns: string;
  readonly local: string;
  readonly prefix: string;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
  /** Where the start tag's `<` is (1-based; columns in UTF-16 code units). */
  readonly line: number;
  readonly column: number;
}

export type XmlNode = XmlElement | XmlText;
