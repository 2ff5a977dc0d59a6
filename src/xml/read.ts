/**
 * The message reader: a message of a form back to its submission data, strictly.
 *
 * Namespace URIs decide (prefixes do not matter). Values are typed by the definition: a text
 * `01234` stays a string, `num_int` becomes a number, dates stay ISO strings. Unknown elements
 * and attributes are reported, never dropped. The data is then validated with the same engine
 * and codes as JSON submissions; every issue carries the XPath and line:column of its element.
 */

import type { FieldDefinition } from '../model/types.js';
import type { CompiledForm, ValidateOptions } from '../validate/compile.js';
import { type Issue, makeIssue, makeReport, pointerAppend, type Report } from '../validate/report.js';
import type { CompiledChild, CompiledContainer } from '../validate/tree.js';
import {
  elementName,
  HEADER_ELEMENT,
  type MessageHeader,
  messageShape,
  type NamingOptions,
} from './message.js';
import { DEFAULT_XML_LIMITS, parseXml, type XmlElement, type XmlLimits } from './parse.js';

export interface ReadOptions extends NamingOptions, Pick<ValidateOptions, 'referenceDate'> {
  readonly limits?: Partial<XmlLimits>;
}

/** What `fromXml` read: the data and header (when the message could be read) and the Report. */
export interface ReadResult {
  /** The submission, when the message could be read (also when it is invalid). */
  readonly data?: Record<string, unknown>;
  readonly header?: MessageHeader;
  readonly report: Report;
}

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const INTEGER = /^[+-]?\d+$/;

interface Location {
  readonly xpath: string;
  readonly line: number;
  readonly column: number;
}

function qname(element: XmlElement): string {
  return element.prefix ? `${element.prefix}:${element.local}` : element.local;
}

function textOf(element: XmlElement): string {
  let text = '';
  for (const child of element.children) if (child.kind === 'text') text += child.value;
  return text;
}

function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child.kind === 'element');
}

class Reader {
  readonly issues: Issue[] = [];
  /** JSON pointer → where its element is, to locate validation issues. */
  readonly locations = new Map<string, Location>();

  constructor(
    private readonly namespace: string,
    private readonly naming: NamingOptions,
  ) {}

  issue(
    code: Parameters<typeof makeIssue>[0],
    path: string,
    params: Record<string, unknown>,
    at: XmlElement,
    xpath: string,
  ): void {
    this.issues.push({ ...makeIssue(code, path, params), xml: { xpath, line: at.line, column: at.column } });
  }

  /** Attributes other than namespace declarations must be among `allowed`. */
  attributes(
    element: XmlElement,
    allowed: readonly string[],
    path: string,
    xpath: string,
  ): Map<string, string> {
    const values = new Map<string, string>();
    for (const attribute of element.attributes) {
      if (attribute.ns === XMLNS || (attribute.prefix === '' && attribute.local === 'xmlns')) continue;
      if (attribute.ns === '' && allowed.includes(attribute.local)) {
        values.set(attribute.local, attribute.value);
      } else {
        const name = attribute.prefix ? `${attribute.prefix}:${attribute.local}` : attribute.local;
        this.issue('XML_UNKNOWN_ATTRIBUTE', path, { attribute: name }, element, xpath);
      }
    }
    return values;
  }

  /** Reads the children of a group (or the body of the message) into an object. */
  container(
    container: CompiledContainer,
    elements: readonly XmlElement[],
    path: string,
    xpath: string,
  ): Record<string, unknown> {
    const names = new Map<string, CompiledChild>();
    for (const child of container.children) {
      names.set(elementName(child.definition, this.naming), child);
      // Both namings are understood when reading; the configured one comes first.
      names.set(child.key, names.get(child.key) ?? child);
      names.set(child.definition.id, names.get(child.definition.id) ?? child);
      names.set(`${child.definition.id}V${child.definition.version}`, child);
    }
    const record: Record<string, unknown> = {};
    let lastPosition = -1;
    const counts = new Map<string, number>();
    for (const element of elements) {
      const index = (counts.get(element.local) ?? 0) + 1;
      counts.set(element.local, index);
      const elementXpath = `${xpath}/${qname(element)}[${index}]`;
      const child = element.ns === this.namespace ? names.get(element.local) : undefined;
      if (!child || child.isLabel) {
        this.issue(
          'XML_UNKNOWN_ELEMENT',
          pointerAppend(path, element.local),
          { element: qname(element) },
          element,
          elementXpath,
        );
        continue;
      }
      if (child.position < lastPosition) {
        this.issue(
          'XML_ELEMENT_ORDER',
          pointerAppend(path, child.key),
          { element: qname(element) },
          element,
          elementXpath,
        );
      }
      lastPosition = child.position;
      const childPath = pointerAppend(path, child.key);
      if (child.repeated) {
        const list = (Object.hasOwn(record, child.key) ? record[child.key] : undefined) as
          | unknown[]
          | undefined;
        const items = list ?? [];
        if (!list) record[child.key] = items;
        const itemPath = pointerAppend(childPath, items.length);
        this.locations.set(
          childPath,
          this.locations.get(childPath) ?? {
            xpath: elementXpath,
            line: element.line,
            column: element.column,
          },
        );
        this.locations.set(itemPath, { xpath: elementXpath, line: element.line, column: element.column });
        items.push(this.value(child, element, itemPath, elementXpath));
      } else if (Object.hasOwn(record, child.key)) {
        this.issue('XML_DUPLICATE_ELEMENT', childPath, { element: qname(element) }, element, elementXpath);
      } else {
        this.locations.set(childPath, { xpath: elementXpath, line: element.line, column: element.column });
        record[child.key] = this.value(child, element, childPath, elementXpath);
      }
    }
    return record;
  }

  /** Reads one element as the value of a field or group. */
  value(child: CompiledChild, element: XmlElement, path: string, xpath: string): unknown {
    if (child.container) {
      this.attributes(element, [], path, xpath);
      const text = textOf(element);
      if (text.trim() !== '') {
        this.issue(
          'XML_UNEXPECTED_CONTENT',
          path,
          { element: qname(element), detail: 'text in a group' },
          element,
          xpath,
        );
      }
      return this.container(child.container, childElements(element), path, xpath);
    }
    const field = child.definition as FieldDefinition;
    const children = childElements(element);
    if (field.values || field.codeList) return this.code(field, element, path, xpath);
    if (children.length > 0) {
      this.issue(
        'XML_UNEXPECTED_CONTENT',
        path,
        { element: qname(element), detail: 'child elements in a field' },
        element,
        xpath,
      );
    }
    const text = textOf(element);
    switch (field.datentyp) {
      case 'file': {
        const attributes = this.attributes(element, ['dateiname', 'mimeType'], path, xpath);
        return {
          name: attributes.get('dateiname') ?? '',
          mediaType: attributes.get('mimeType') ?? '',
          content: text.replace(/\s+/g, ''),
        };
      }
      case 'obj': {
        const attributes = this.attributes(element, ['mimeType'], path, xpath);
        const type = attributes.get('mimeType');
        return type === undefined
          ? { content: text.replace(/\s+/g, '') }
          : { mediaType: type, content: text.replace(/\s+/g, '') };
      }
      case 'bool':
        this.attributes(element, [], path, xpath);
        if (text === 'true' || text === '1') return true;
        if (text === 'false' || text === '0') return false;
        this.issue(
          'XML_INVALID_VALUE',
          path,
          { element: qname(element), type: 'boolean', value: text.slice(0, 50) },
          element,
          xpath,
        );
        return text;
      case 'num':
      case 'num_currency':
      case 'num_int': {
        this.attributes(element, [], path, xpath);
        const pattern = field.datentyp === 'num_int' ? INTEGER : DECIMAL;
        if (pattern.test(text)) return Number(text);
        const type = field.datentyp === 'num_int' ? 'integer' : 'decimal';
        this.issue(
          'XML_INVALID_VALUE',
          path,
          { element: qname(element), type, value: text.slice(0, 50) },
          element,
          xpath,
        );
        return text;
      }
      default:
        this.attributes(element, [], path, xpath);
        return text;
    }
  }

  /** An XÖV code value: `<x listURI listVersionID><code/><name/></x>`. */
  code(field: FieldDefinition, element: XmlElement, path: string, xpath: string): unknown {
    const attributes = this.attributes(element, ['listURI', 'listVersionID'], path, xpath);
    if (field.codeList) {
      const uri = attributes.get('listURI');
      const version = attributes.get('listVersionID');
      if (
        (uri !== undefined && uri !== field.codeList.uri) ||
        (version !== undefined && version !== field.codeList.version)
      ) {
        this.issue(
          'XML_CODE_LIST',
          path,
          {
            element: qname(element),
            listUri: uri ?? '-',
            listVersion: version ?? '-',
            expectedUri: field.codeList.uri,
            expectedVersion: field.codeList.version,
          },
          element,
          xpath,
        );
      }
    }
    let code: string | undefined;
    for (const child of childElements(element)) {
      if (child.ns === '' && child.local === 'code' && code === undefined) code = textOf(child);
      else if (!(child.ns === '' && child.local === 'name')) {
        this.issue('XML_UNKNOWN_ELEMENT', path, { element: qname(child) }, child, `${xpath}/${qname(child)}`);
      }
    }
    if (code === undefined) {
      this.issue(
        'XML_UNEXPECTED_CONTENT',
        path,
        { element: qname(element), detail: 'a code value needs <code>' },
        element,
        xpath,
      );
      return '';
    }
    return code;
  }
}

function readHeader(reader: Reader, element: XmlElement): MessageHeader | undefined {
  const byName = new Map(childElements(element).map((child) => [child.local, child]));
  const text = (parent: XmlElement | undefined, name: string) => {
    const child = parent ? childElements(parent).find((c) => c.local === name && c.ns === '') : undefined;
    return child ? textOf(child) : undefined;
  };
  const identification = byName.get('identifikation.nachricht');
  const authority = (name: 'autor' | 'leser') => {
    const node = byName.get(name);
    return { kennung: text(node, 'kennung') ?? '', name: text(node, 'name') ?? '' };
  };
  const uuid = text(identification, 'nachrichtenUUID');
  const created = text(identification, 'erstellungszeitpunkt');
  if (uuid === undefined || created === undefined || !byName.has('autor') || !byName.has('leser')) {
    reader.issue(
      'XML_HEADER',
      '',
      {
        detail:
          'identifikation.nachricht (nachrichtenUUID, erstellungszeitpunkt), autor and leser are required',
      },
      element,
      `/${HEADER_ELEMENT}`,
    );
    return undefined;
  }
  const referenz = text(element, 'referenzUUID');
  return {
    nachrichtenUUID: uuid,
    erstellungszeitpunkt: created,
    autor: authority('autor'),
    leser: authority('leser'),
    ...(referenz === undefined ? {} : { referenzUUID: referenz }),
  };
}

/** Where a validation issue's path points in the message: its element or the nearest ancestor's. */
function locate(locations: ReadonlyMap<string, Location>, path: string): Location | undefined {
  let pointer = path;
  for (;;) {
    const location = locations.get(pointer);
    if (location) return location;
    if (pointer === '') return undefined;
    pointer = pointer.slice(0, pointer.lastIndexOf('/'));
  }
}

/** Reads a message of a form. Never throws; a malformed message gives a Report without data. */
export function readMessage(
  form: CompiledForm,
  input: string | Uint8Array,
  options: ReadOptions = {},
): ReadResult {
  const limits = { ...DEFAULT_XML_LIMITS, ...options.limits };
  const parsed = parseXml(input, limits);
  if (!parsed.ok) return { report: makeReport([parsed.issue]) };
  const shape = messageShape(form.definition);
  const root = parsed.root;
  const rootXpath = `/${qname(root)}`;
  const reader = new Reader(shape.namespace, options);
  if (root.ns !== shape.namespace || root.local !== shape.rootElement) {
    reader.issue(
      'XML_WRONG_ROOT',
      '',
      { found: `{${root.ns}}${root.local}`, expected: `{${shape.namespace}}${shape.rootElement}` },
      root,
      rootXpath,
    );
    return { report: makeReport(reader.issues) };
  }
  const attributes = reader.attributes(
    root,
    ['produkt', 'produkthersteller', 'produktversion', 'standard', 'version', 'test'],
    '',
    rootXpath,
  );
  for (const [name, expected] of [
    ['standard', shape.standard],
    ['version', form.definition.version],
  ] as const) {
    if (attributes.get(name) !== expected) {
      reader.issue(
        'XML_HEADER',
        '',
        { detail: `root attribute ${name} must be "${expected}"` },
        root,
        rootXpath,
      );
    }
  }
  const elements = childElements(root);
  const [first, ...body] = elements;
  let header: MessageHeader | undefined;
  if (first && first.ns === shape.namespace && first.local === HEADER_ELEMENT) {
    const read = readHeader(reader, first);
    if (read) {
      const test = attributes.get('test');
      header = {
        ...read,
        ...(attributes.has('produkt') ? { produkt: attributes.get('produkt') as string } : {}),
        ...(attributes.has('produkthersteller')
          ? { produkthersteller: attributes.get('produkthersteller') as string }
          : {}),
        ...(attributes.has('produktversion')
          ? { produktversion: attributes.get('produktversion') as string }
          : {}),
        ...(test === undefined ? {} : { test: test === 'true' || test === '1' }),
      };
    }
  } else {
    reader.issue(
      'XML_HEADER',
      '',
      { detail: `the first child must be ${HEADER_ELEMENT}` },
      first ?? root,
      rootXpath,
    );
  }
  const content = first && first.local === HEADER_ELEMENT ? body : elements;
  const text = root.children.some((child) => child.kind === 'text' && child.value.trim() !== '');
  if (text)
    reader.issue(
      'XML_UNEXPECTED_CONTENT',
      '',
      { element: qname(root), detail: 'text in the message' },
      root,
      rootXpath,
    );
  const data = reader.container(form.tree.root, content, '', rootXpath);
  const validation = form.validate(
    data,
    options.referenceDate ? { referenceDate: options.referenceDate } : {},
  );
  const located = validation.issues.map((issue) => {
    const location = locate(reader.locations, issue.path) ?? {
      xpath: rootXpath,
      line: root.line,
      column: root.column,
    };
    return { ...issue, xml: location };
  });
  const report = makeReport([...reader.issues, ...located]);
  return header ? { data, header, report } : { data, report };
}
