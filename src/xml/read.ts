/**
 * The message reader: a message of a form back to its submission data, strictly.
 *
 * Namespace URIs decide (prefixes do not matter). Values are typed by the definition: a text
 * `01234` stays a string, `num_int` becomes a number, dates stay ISO strings; nothing is guessed.
 * Unknown elements and attributes are reported, never dropped silently. The data is then
 * validated with the same engine and codes as JSON submissions; every issue carries the JSON
 * pointer of the data (`path`) and where its element is in the message (`xml`).
 */

import { type Issue, makeReport, type Report } from '../issues/issue.js';
import type { CodeList, FieldDefinition, FormDefinition } from '../model/types.js';
import { type CompiledForm, compile, type ValidateOptions, validateWithTree } from '../validate/compile.js';
import { IssueList } from '../validate/issue-list.js';
import { sortIssues } from '../validate/order.js';
import { makeIssue } from '../validate/report.js';
import type { SubmissionOf } from '../validate/result.js';
import type { CompiledChild, CompiledContainer } from '../validate/tree.js';
import { CODE_SEQUENCE, readHeader } from './header.js';
import { childPlace, IssueCollector, type Place, pathOf, qname, xpathOf } from './issues.js';
import { base64Content, parseBoolean, parseDecimal, trimXmlSpace } from './lexical.js';
import {
  fieldListIdentity,
  HEADER_ELEMENT,
  type ListIdentity,
  type MessageHeader,
  type MessageShape,
  messageShape,
  type NamingOptions,
} from './message.js';
import { childElements, firstChildElement } from './navigate.js';
import { errorIssue } from './parse.js';
import { parseXmlDocument, type XmlElement, type XmlLimits } from './parser/index.js';
import { isSpace, noAttributes, readAttributes, readSequence, readText, textOf } from './reading.js';

export interface ReadOptions extends NamingOptions, Pick<ValidateOptions, 'referenceDate'> {
  /** Limits of the XML parser replacing the defaults (`DEFAULT_XML_LIMITS`). */
  readonly limits?: Partial<XmlLimits>;
  /** Code lists to validate against when a definition (not a compiled form) is given. */
  readonly codeLists?: Iterable<CodeList>;
}

/**
 * What `fromXml` read, discriminated by `valid` (the Report's validity). A valid message has its
 * header and its submission with the exact type. Otherwise the data and header are present when
 * they could be read (the data also when it is invalid), with the Report saying what is wrong.
 */
export type ReadResult<D extends FormDefinition = FormDefinition> =
  | {
      readonly valid: true;
      readonly data: SubmissionOf<D>;
      readonly header: MessageHeader;
      readonly report: Report;
    }
  | {
      readonly valid: false;
      /** The submission, when the message is one of the form. */
      readonly data?: Readonly<Record<string, unknown>>;
      /** The header, when it is complete and valid. */
      readonly header?: MessageHeader;
      readonly report: Report;
    };

const ROOT_ATTRIBUTES = ['produkt', 'produkthersteller', 'produktversion', 'standard', 'version', 'test'];
const FILE_ATTRIBUTES = ['dateiname', 'mimeType'];
const OBJ_ATTRIBUTES = ['mimeType'];
const LIST_ATTRIBUTES = ['listURI', 'listVersionID'];

const namesByContainer = new WeakMap<CompiledContainer, Map<string, CompiledChild>>();

/**
 * Element names of a container's children in both namings: the key, the FIM id with and
 * without version suffix. Keys come first when names collide. Label fields have no element.
 */
function namesOf(container: CompiledContainer): Map<string, CompiledChild> {
  let names = namesByContainer.get(container);
  if (names) return names;
  names = new Map();
  const children = container.children.filter((child) => !child.isLabel);
  for (const child of children) if (!names.has(child.key)) names.set(child.key, child);
  for (const child of children) {
    const suffixed = `${child.definition.id}V${child.definition.version}`;
    if (!names.has(suffixed)) names.set(suffixed, child);
  }
  for (const child of children) if (!names.has(child.definition.id)) names.set(child.definition.id, child);
  namesByContainer.set(container, names);
  return names;
}

class Reader {
  constructor(
    private readonly shape: MessageShape,
    private readonly collector: IssueCollector,
  ) {}

  /** Reads the child elements of a group (or the message body) into a record. */
  container(container: CompiledContainer, place: Place, skip?: XmlElement): Record<string, unknown> {
    const names = namesOf(container);
    const ns = this.shape.namespace;
    const collector = this.collector;
    const record: Record<string, unknown> = {};
    let last = -1;
    let textReported = false;
    for (const node of place.element.children) {
      if (node.kind === 'text') {
        if (!textReported && !isSpace(node.value)) {
          textReported = true;
          collector.add('XML_UNEXPECTED_TEXT', place, { element: qname(place.element) });
        }
        continue;
      }
      if (node === skip) continue;
      const child = node.ns === ns ? names.get(node.local) : undefined;
      if (child === undefined) {
        const at = childPlace(place, node, node.local);
        collector.add('XML_UNKNOWN_ELEMENT', at, { element: qname(node), namespace: node.ns });
        // An element of the form's namespace is what a JSON key is: it gets what JSON gets.
        if (node.ns === ns) {
          collector.addIssue(makeIssue('UNKNOWN_KEY', pathOf(at), { key: node.local.slice(0, 200) }), at);
        }
        continue;
      }
      if (child.position < last) {
        collector.add('XML_ELEMENT_ORDER', childPlace(place, node, child.key), { element: qname(node) });
      }
      last = Math.max(last, child.position);
      if (child.repeated) {
        let list = record[child.key] as unknown[] | undefined;
        if (list === undefined) {
          list = [];
          record[child.key] = list;
        }
        list.push(this.value(child, { parent: place, element: node, key: child.key, index: list.length }));
      } else if (Object.hasOwn(record, child.key)) {
        collector.add('XML_DUPLICATE_ELEMENT', childPlace(place, node, child.key), { element: qname(node) });
      } else {
        record[child.key] = this.value(child, { parent: place, element: node, key: child.key });
      }
    }
    return record;
  }

  /** Reads one element as the value of a field or group. */
  value(child: CompiledChild, place: Place): unknown {
    if (child.container) {
      noAttributes(place, this.collector);
      return this.container(child.container, place);
    }
    const field = child.definition as FieldDefinition;
    const list = fieldListIdentity(field, this.shape);
    if (list) return this.code(field, list, place);
    const element = place.element;
    for (const node of element.children) {
      if (node.kind === 'element') {
        this.collector.add('XML_UNEXPECTED_CHILD', childPlace(place, node), {
          element: qname(element),
          child: qname(node),
        });
      }
    }
    const text = textOf(element);
    switch (field.datentyp) {
      case 'text':
      case 'text_latin':
        noAttributes(place, this.collector);
        return text;
      case 'date':
      case 'time':
      case 'datetime':
        noAttributes(place, this.collector);
        return trimXmlSpace(text);
      case 'bool': {
        noAttributes(place, this.collector);
        const value = parseBoolean(text);
        return value === undefined ? this.invalid(place, 'xs:boolean', text) : value;
      }
      case 'num':
      case 'num_currency':
      case 'num_int': {
        noAttributes(place, this.collector);
        // Any decimal is read as a number, so that validation judges it as it judges JSON
        // (a fraction in a num_int field is NOT_INTEGER in both).
        const value = parseDecimal(text);
        return value === undefined
          ? this.invalid(place, field.datentyp === 'num_int' ? 'xs:integer' : 'xs:decimal', text)
          : value;
      }
      case 'file': {
        const attributes = readAttributes(place, FILE_ATTRIBUTES, this.collector);
        for (const name of FILE_ATTRIBUTES) {
          if (!attributes.has(name)) {
            this.collector.add('XML_MISSING_ATTRIBUTE', place, { element: qname(element), attribute: name });
          }
        }
        return {
          name: attributes.get('dateiname') ?? '',
          mediaType: attributes.get('mimeType') ?? '',
          content: base64Content(text),
        };
      }
      case 'obj': {
        const attributes = readAttributes(place, OBJ_ATTRIBUTES, this.collector);
        const mediaType = attributes.get('mimeType');
        return mediaType === undefined
          ? { content: base64Content(text) }
          : { mediaType, content: base64Content(text) };
      }
    }
  }

  /**
   * A value that is not of its type: reported, and kept as text, which validation then reports
   * as JSON text in that place would be (`WRONG_TYPE`).
   */
  invalid(place: Place, type: string, text: string): string {
    this.collector.add('XML_INVALID_VALUE', place, {
      element: qname(place.element),
      type,
      value: text.length > 50 ? `${text.slice(0, 50)}…` : text,
    });
    return text;
  }

  /** An XÖV code value: `<x listURI listVersionID><code/><name/>?</x>`. */
  code(field: FieldDefinition, list: ListIdentity, place: Place): string {
    const quick = plainCode(place.element, list);
    if (quick !== undefined) return quick;
    const collector = this.collector;
    const element = place.element;
    const attributes = readAttributes(place, LIST_ATTRIBUTES, collector);
    const uri = attributes.get('listURI');
    const version = attributes.get('listVersionID');
    if (field.codeList && (uri === undefined || version === undefined)) {
      for (const [name, value] of [
        ['listURI', uri],
        ['listVersionID', version],
      ] as const) {
        if (value === undefined)
          collector.add('XML_MISSING_ATTRIBUTE', place, { element: qname(element), attribute: name });
      }
    }
    if ((uri !== undefined && uri !== list.uri) || (version !== undefined && version !== list.version)) {
      collector.add('XML_CODE_LIST', place, {
        element: qname(element),
        listUri: uri ?? '-',
        listVersion: version ?? '-',
        expectedUri: list.uri,
        expectedVersion: list.version,
      });
    }
    const parts = readSequence(place, CODE_SEQUENCE, '', collector);
    const name = parts.get('name');
    if (name) readText(childPlace(place, name), collector);
    const code = parts.get('code');
    if (code === undefined) return '';
    return readText(childPlace(place, code), collector);
  }
}

/** The text of an element that has no attributes and only text (undefined otherwise). */
function onlyText(element: XmlElement): string | undefined {
  if (element.attributes.length > 0) return undefined;
  for (const node of element.children) if (node.kind === 'element') return undefined;
  return textOf(element);
}

/**
 * The code of a code value written as expected — exactly `listURI` and `listVersionID` of the
 * field's list, then `<code>` and an optional `<name>` holding only text, with nothing but white
 * space between them — or undefined, when the general path must read and report it. Most code
 * values are like this; they are read without building maps and places.
 */
function plainCode(element: XmlElement, list: ListIdentity): string | undefined {
  const attributes = element.attributes;
  if (attributes.length !== 2) return undefined;
  let uri: string | undefined;
  let version: string | undefined;
  for (const attribute of attributes) {
    if (attribute.ns !== '') return undefined;
    if (attribute.local === 'listURI') uri = attribute.value;
    else if (attribute.local === 'listVersionID') version = attribute.value;
  }
  if (uri !== list.uri || version !== list.version) return undefined;
  let code: string | undefined;
  let named = false;
  for (const node of element.children) {
    if (node.kind === 'text') {
      if (!isSpace(node.value)) return undefined;
      continue;
    }
    if (node.ns !== '') return undefined;
    if (node.local === 'code' && code === undefined && !named) {
      code = onlyText(node);
      if (code === undefined) return undefined;
    } else if (node.local === 'name' && code !== undefined && !named) {
      if (onlyText(node) === undefined) return undefined;
      named = true;
    } else return undefined;
  }
  return code;
}

interface Location {
  readonly xpath: string;
  readonly line: number;
  readonly column: number;
}

/** Finds the element of a data pointer (or its nearest ancestor that is in the message). */
class Locator {
  readonly #index = new Map<XmlElement, Map<CompiledChild, XmlElement[]>>();

  constructor(
    private readonly root: Place,
    private readonly container: CompiledContainer,
    private readonly ns: string,
  ) {}

  #elements(element: XmlElement, container: CompiledContainer, child: CompiledChild): readonly XmlElement[] {
    let index = this.#index.get(element);
    if (!index) {
      index = new Map();
      const names = namesOf(container);
      for (const node of childElements(element, undefined, this.ns)) {
        const match = names.get(node.local);
        if (!match) continue;
        const list = index.get(match);
        if (list) list.push(node);
        else index.set(match, [node]);
      }
      this.#index.set(element, index);
    }
    return index.get(child) ?? [];
  }

  locate(path: string): Location {
    const tokens =
      path === ''
        ? []
        : path
            .slice(1)
            .split('/')
            .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    let place = this.root;
    let container: CompiledContainer | undefined = this.container;
    for (let i = 0; i < tokens.length && container !== undefined; i++) {
      const child = container.byKey.get(tokens[i] as string);
      if (!child) break;
      const elements = this.#elements(place.element, container, child);
      let element = elements[0];
      if (element === undefined) break;
      if (child.repeated && i + 1 < tokens.length && /^\d+$/.test(tokens[i + 1] as string)) {
        const item = elements[Number(tokens[i + 1])];
        if (item) {
          element = item;
          i++;
        }
      }
      place = childPlace(place, element);
      container = child.container;
    }
    return { xpath: xpathOf(place), line: place.element.line, column: place.element.column };
  }
}

function compiledForm<D extends FormDefinition>(
  form: CompiledForm<D> | D,
  codeLists: Iterable<CodeList> | undefined,
): CompiledForm<D> {
  if ('tree' in form) return form;
  return codeLists === undefined ? compile(form) : compile(form, { codeLists });
}

/** A result of a message that could not be read as one of the form. */
function unreadable(issues: readonly Issue[]): { readonly valid: false; readonly report: Report } {
  return { valid: false, report: makeReport(issues) };
}

/**
 * Reads a message of a form. Never throws on bad input: a message that cannot be parsed or is not
 * one of this form gives a Report without data. Throws `DefinitionError` only for a broken
 * definition.
 */
export function readMessage<const D extends FormDefinition>(
  form: CompiledForm<D> | D,
  input: string | Uint8Array,
  options: ReadOptions = {},
): ReadResult<D> {
  const compiled = compiledForm(form, options.codeLists);
  // The tree stays inside this function: it is not frozen.
  const parsed = parseXmlDocument(
    input,
    options.limits ? { limits: options.limits, freeze: false } : { freeze: false },
  );
  if (!parsed.ok) return unreadable([errorIssue(parsed.error)]);
  return readDocument(compiled, parsed.root, options);
}

/**
 * Reads the parsed document of a message of a form: the second half of `readMessage`, for a
 * caller that parsed the message itself to decide which form (or version) it is. Never throws on
 * bad input. Not part of the public API.
 */
export function readDocument<const D extends FormDefinition>(
  compiled: CompiledForm<D>,
  root: XmlElement,
  options: ReadOptions = {},
): ReadResult<D> {
  const shape = messageShape(compiled.definition);
  const rootPlace: Place = { parent: undefined, element: root };
  // Reading and validation together report at most `maxIssues`, reading's issues first.
  const maxIssues = compiled.limits.maxIssues;
  const collector = new IssueCollector(maxIssues);
  if (root.ns !== shape.namespace || root.local !== shape.rootElement) {
    collector.add('XML_WRONG_ROOT', rootPlace, {
      found: `{${root.ns}}${root.local}`,
      expected: `{${shape.namespace}}${shape.rootElement}`,
    });
    return unreadable(collector.all());
  }

  const attributes = readAttributes(rootPlace, ROOT_ATTRIBUTES, collector);
  for (const name of ['produkt', 'produkthersteller', 'standard', 'version']) {
    if (!attributes.has(name)) {
      collector.add('XML_MISSING_ATTRIBUTE', rootPlace, { element: qname(root), attribute: name });
    }
  }
  for (const [name, expected] of [
    ['standard', shape.standard],
    ['version', shape.version],
  ] as const) {
    const found = attributes.get(name);
    if (found !== undefined && found !== expected) {
      collector.add('XML_WRONG_VERSION', rootPlace, { attribute: name, found, expected });
    }
  }
  const testText = attributes.get('test');
  const test = testText === undefined ? undefined : parseBoolean(testText);
  if (testText !== undefined && test === undefined) {
    collector.add('XML_INVALID_VALUE', rootPlace, { element: '@test', type: 'xs:boolean', value: testText });
  }

  const first = firstChildElement(root);
  let header: MessageHeader | undefined;
  let headerElement: XmlElement | undefined;
  if (first && first.ns === shape.namespace && first.local === HEADER_ELEMENT) {
    headerElement = first;
    const read = readHeader(childPlace(rootPlace, first), shape, collector);
    if (read) {
      const optional = (name: string) => {
        const value = attributes.get(name);
        return value === undefined ? {} : { [name]: value };
      };
      header = {
        ...read,
        ...optional('produkt'),
        ...optional('produkthersteller'),
        ...optional('produktversion'),
        ...(test === undefined ? {} : { test }),
      };
    }
  } else {
    collector.add('XML_MISSING_ELEMENT', rootPlace, { element: qname(root), child: HEADER_ELEMENT });
  }

  const data = new Reader(shape, collector).container(compiled.tree.root, rootPlace, headerElement);
  // Reading and validation share one limit, the reader's findings first.
  const validation = new IssueList(Math.max(0, maxIssues - collector.issues.length));
  validateWithTree(
    compiled.tree,
    compiled.limits,
    data,
    options.referenceDate ? { referenceDate: options.referenceDate } : {},
    validation,
  );
  const locator = new Locator(rootPlace, compiled.tree.root, shape.namespace);
  const located: Issue[] = validation.kept.map((issue) => ({ ...issue, xml: locator.locate(issue.path) }));
  collector.list.omitAll(validation.omitted);
  const summary = collector.list.summary();
  const sorted = sortIssues(compiled.tree.root, [...collector.issues, ...located]);
  const report = makeReport(summary ? [...sorted, summary] : sorted);
  if (report.valid && header) return { valid: true, data: data as SubmissionOf<D>, header, report };
  return header ? { valid: false, data, header, report } : { valid: false, data, report };
}
