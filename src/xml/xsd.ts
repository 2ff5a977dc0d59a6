/**
 * XSD generation: one schema per form and version that accepts the messages the writer produces
 * for valid data — types, patterns, lengths, ranges, enumerations of inline code lists, fixed
 * listURI/listVersionID, cardinalities. Body elements are qualified, the header's children and
 * the `code`/`name` of code values are unqualified, as in XÖV schemas.
 *
 * What an XSD cannot say is left to validation: rules (an element with a relevance rule becomes
 * optional in the XSD), DIN 91379, code lists referenced by URI (their values live elsewhere).
 */

import type { FieldDefinition, FormDefinition } from '../model/types.js';
import { compileXsdPattern } from '../text/xsd-regex.js';
import { type CompiledForm, compile } from '../validate/compile.js';
import type { CompiledChild, CompiledContainer } from '../validate/tree.js';
import { escapeAttribute } from './escape.js';
import { writeHeaderXsd } from './header.js';
import { decimalText } from './lexical.js';
import {
  elementName,
  fieldListIdentity,
  type ListIdentity,
  type MessageShape,
  messageShape,
  type NamingOptions,
} from './message.js';

const XS = 'xs';

function attr(value: string): string {
  return `"${escapeAttribute(value)}"`;
}

function occurs(child: CompiledChild): string {
  // Rules can make any element absent (relevance) or required (required-if): the XSD allows both.
  const min = child.rules.relevant.length > 0 ? 0 : child.min;
  const max = child.max === Number.POSITIVE_INFINITY ? 'unbounded' : String(child.max);
  return `${min === 1 ? '' : ` minOccurs="${min}"`}${max === '1' ? '' : ` maxOccurs="${max}"`}`;
}

/** Facets of a field's simple type. */
function restriction(field: FieldDefinition): { base: string; facets: string[] } {
  const p = field.praezisierung ?? {};
  const facets: string[] = [];
  const bound = (name: string, value: number | string | undefined) => {
    if (value === undefined) return;
    facets.push(`<${XS}:${name} value=${attr(typeof value === 'number' ? decimalText(value) : value)}/>`);
  };
  switch (field.datentyp) {
    case 'text':
    case 'text_latin': {
      if (p.minLength !== undefined) facets.push(`<${XS}:minLength value="${p.minLength}"/>`);
      if (p.maxLength !== undefined) facets.push(`<${XS}:maxLength value="${p.maxLength}"/>`);
      if (p.pattern !== undefined) {
        const compiled = compileXsdPattern(p.pattern);
        if (compiled.ok) facets.push(`<${XS}:pattern value=${attr(compiled.xsd)}/>`);
      }
      return { base: `${XS}:string`, facets };
    }
    case 'date':
      facets.push(`<${XS}:pattern value="\\d{4}-\\d{2}-\\d{2}"/>`);
      bound('minInclusive', p.minValue);
      bound('maxInclusive', p.maxValue);
      return { base: `${XS}:date`, facets };
    case 'time':
      bound('minInclusive', p.minValue);
      bound('maxInclusive', p.maxValue);
      return { base: `${XS}:time`, facets };
    case 'datetime':
      bound('minInclusive', p.minValue);
      bound('maxInclusive', p.maxValue);
      return { base: `${XS}:dateTime`, facets };
    case 'bool':
      return { base: `${XS}:boolean`, facets };
    case 'num_int':
      bound('minInclusive', p.minValue);
      bound('maxInclusive', p.maxValue);
      return { base: `${XS}:integer`, facets };
    case 'num_currency':
      facets.push(`<${XS}:fractionDigits value="2"/>`);
      bound('minInclusive', p.minValue);
      bound('maxInclusive', p.maxValue);
      return { base: `${XS}:decimal`, facets };
    default:
      bound('minInclusive', p.minValue);
      bound('maxInclusive', p.maxValue);
      return { base: `${XS}:decimal`, facets };
  }
}

class XsdWriter {
  readonly lines: string[] = [];

  constructor(
    private readonly naming: NamingOptions,
    private readonly shape: MessageShape,
  ) {}

  line(depth: number, text: string): void {
    this.lines.push(`${'  '.repeat(depth)}${text}`);
  }

  sequence(container: CompiledContainer, depth: number): void {
    this.line(depth, `<${XS}:sequence>`);
    for (const child of container.children) {
      if (!child.isLabel) this.element(child, depth + 1);
    }
    this.line(depth, `</${XS}:sequence>`);
  }

  element(child: CompiledChild, depth: number): void {
    const name = attr(elementName(child.definition, this.naming));
    const open = `<${XS}:element name=${name}${occurs(child)}`;
    if (child.container) {
      this.line(depth, `${open}>`);
      this.line(depth + 1, `<${XS}:complexType>`);
      this.sequence(child.container, depth + 2);
      this.line(depth + 1, `</${XS}:complexType>`);
      this.line(depth, `</${XS}:element>`);
      return;
    }
    const field = child.definition as FieldDefinition;
    this.line(depth, `${open}>`);
    const list = fieldListIdentity(field, this.shape);
    if (list) this.codeType(field, list, depth + 1);
    else if (field.datentyp === 'file' || field.datentyp === 'obj') this.binaryType(field, depth + 1);
    else this.simpleType(field, depth + 1);
    this.line(depth, `</${XS}:element>`);
  }

  simpleType(field: FieldDefinition, depth: number): void {
    const { base, facets } = restriction(field);
    this.line(depth, `<${XS}:simpleType>`);
    if (facets.length === 0) {
      this.line(depth + 1, `<${XS}:restriction base="${base}"/>`);
    } else {
      this.line(depth + 1, `<${XS}:restriction base="${base}">`);
      for (const facet of facets) this.line(depth + 2, facet);
      this.line(depth + 1, `</${XS}:restriction>`);
    }
    this.line(depth, `</${XS}:simpleType>`);
  }

  binaryType(field: FieldDefinition, depth: number): void {
    this.line(depth, `<${XS}:complexType>`);
    this.line(depth + 1, `<${XS}:simpleContent>`);
    this.line(depth + 2, `<${XS}:extension base="${XS}:base64Binary">`);
    if (field.datentyp === 'file')
      this.line(depth + 3, `<${XS}:attribute name="dateiname" type="${XS}:string" use="required"/>`);
    const use = field.datentyp === 'file' ? 'required' : 'optional';
    this.line(depth + 3, `<${XS}:attribute name="mimeType" type="${XS}:string" use="${use}"/>`);
    this.line(depth + 2, `</${XS}:extension>`);
    this.line(depth + 1, `</${XS}:simpleContent>`);
    this.line(depth, `</${XS}:complexType>`);
  }

  /**
   * An XÖV code: `code` (restricted to inline values), optional `name`, fixed `listURI` and
   * `listVersionID` (required for referenced lists; optional for inline values, which messages of
   * earlier versions of this library wrote without them).
   */
  codeType(field: FieldDefinition, list: ListIdentity, depth: number): void {
    this.line(depth, `<${XS}:complexType>`);
    this.line(depth + 1, `<${XS}:sequence>`);
    if (field.values) {
      this.line(depth + 2, `<${XS}:element name="code" form="unqualified">`);
      this.line(depth + 3, `<${XS}:simpleType>`);
      this.line(depth + 4, `<${XS}:restriction base="${XS}:string">`);
      for (const value of field.values)
        this.line(depth + 5, `<${XS}:enumeration value=${attr(value.code)}/>`);
      this.line(depth + 4, `</${XS}:restriction>`);
      this.line(depth + 3, `</${XS}:simpleType>`);
      this.line(depth + 2, `</${XS}:element>`);
    } else {
      this.line(depth + 2, `<${XS}:element name="code" form="unqualified" type="${XS}:string"/>`);
    }
    this.line(depth + 2, `<${XS}:element name="name" form="unqualified" type="${XS}:string" minOccurs="0"/>`);
    this.line(depth + 1, `</${XS}:sequence>`);
    const use = field.codeList ? 'required' : 'optional';
    this.line(
      depth + 1,
      `<${XS}:attribute name="listURI" type="${XS}:anyURI" use="${use}" fixed=${attr(list.uri)}/>`,
    );
    this.line(
      depth + 1,
      `<${XS}:attribute name="listVersionID" type="${XS}:normalizedString" use="${use}" fixed=${attr(list.version)}/>`,
    );
    this.line(depth, `</${XS}:complexType>`);
  }
}

/**
 * The XSD of a form's messages (for a compiled form or a definition), in the naming the messages
 * are written in. It accepts every message the writer produces for valid data.
 */
export function generateXsd(form: CompiledForm | FormDefinition, naming: NamingOptions = {}): string {
  const compiled = 'tree' in form ? form : compile(form);
  const definition = compiled.definition;
  const shape = messageShape(definition);
  const w = new XsdWriter(naming, shape);
  w.line(0, '<?xml version="1.0" encoding="UTF-8"?>');
  // A comment may not contain "--".
  const title = `${definition.name} (${definition.id} version ${definition.version})`.replace(/-{2,}/g, '-');
  w.line(0, `<!-- ${title}; generated by antrag. -->`);
  w.line(
    0,
    `<${XS}:schema xmlns:${XS}="http://www.w3.org/2001/XMLSchema" targetNamespace=${attr(shape.namespace)} elementFormDefault="qualified" attributeFormDefault="unqualified" version=${attr(definition.version)}>`,
  );
  w.line(1, `<${XS}:element name=${attr(shape.rootElement)}>`);
  w.line(2, `<${XS}:complexType>`);
  w.line(3, `<${XS}:sequence>`);
  writeHeaderXsd((depth, text) => w.line(depth, text), 4, shape, 'optional');
  for (const child of compiled.tree.root.children) if (!child.isLabel) w.element(child, 4);
  w.line(3, `</${XS}:sequence>`);
  w.line(3, `<${XS}:attribute name="produkt" type="${XS}:string" use="required"/>`);
  w.line(3, `<${XS}:attribute name="produkthersteller" type="${XS}:string" use="required"/>`);
  w.line(3, `<${XS}:attribute name="produktversion" type="${XS}:string"/>`);
  w.line(
    3,
    `<${XS}:attribute name="standard" type="${XS}:string" use="required" fixed=${attr(shape.standard)}/>`,
  );
  w.line(
    3,
    `<${XS}:attribute name="version" type="${XS}:string" use="required" fixed=${attr(definition.version)}/>`,
  );
  w.line(3, `<${XS}:attribute name="test" type="${XS}:boolean"/>`);
  w.line(2, `</${XS}:complexType>`);
  w.line(1, `</${XS}:element>`);
  w.line(0, `</${XS}:schema>`);
  return `${w.lines.join('\n')}\n`;
}
