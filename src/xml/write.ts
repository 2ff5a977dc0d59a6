/**
 * The message writer: valid submissions as XÖV-style XML messages. Only valid data is written;
 * otherwise the Report comes back instead. The output is well-formed for every input: values are
 * escaped, CR is kept as `&#13;`, and characters XML cannot carry are refused, as are empty lists
 * (a message cannot tell them from absent values).
 */

import { type Issue, makeReport, type Report } from '../issues/issue.js';
import { pointerAppend } from '../issues/pointer.js';
import { KEY_PATTERN } from '../model/keys.js';
import type { CodeList, CodeValue, FieldDefinition, FormDefinition } from '../model/types.js';
import { type CompiledForm, compile, type ValidateOptions } from '../validate/compile.js';
import type { CompiledChild, CompiledContainer } from '../validate/tree.js';
import { escapeAttribute, escapeText, nonXmlCodePoint } from './escape.js';
import { headerIssues, writeHeader } from './header.js';
import { xmlIssue } from './issues.js';
import { decimalText } from './lexical.js';
import {
  elementName,
  fieldListIdentity,
  type MessageHeader,
  type MessageShape,
  messageShape,
  type NamingOptions,
} from './message.js';

export { decimalText } from './lexical.js';

export interface WriteOptions extends NamingOptions, Pick<ValidateOptions, 'referenceDate'> {
  /**
   * Code lists for validation and for the `name` of code values (the definition's own are always
   * used). With a compiled form, only for names: the form was compiled with its lists.
   */
  readonly codeLists?: Iterable<CodeList>;
  /** Indent nested elements (default true); values are never touched. */
  readonly pretty?: boolean;
}

/** The message, or the Report of data that is not valid (nothing is written then). */
export type WriteResult =
  | { readonly ok: true; readonly xml: string }
  | { readonly ok: false; readonly report: Report };

/** The prefix of the form's namespace in written messages (any prefix reads the same). */
const PREFIX = 'm';

const nameIndexes = new WeakMap<readonly CodeValue[], Map<string, string>>();

/** The German name of a code in a list of values. */
function codeName(values: readonly CodeValue[] | undefined, code: string): string | undefined {
  if (!values) return undefined;
  let index = nameIndexes.get(values);
  if (!index) {
    index = new Map();
    for (const value of values) if (!index.has(value.code)) index.set(value.code, value.name.de);
    nameIndexes.set(values, index);
  }
  return index.get(code);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Indentation by depth (two spaces a level). */
const INDENTS: string[] = [];
function indent(depth: number): string {
  for (let d = INDENTS.length; d <= depth; d++) INDENTS.push('  '.repeat(d));
  return INDENTS[depth] as string;
}

/** The JSON pointer of a value: built only when an issue needs it. */
function pathAt(parent: string, child: CompiledChild, index: number): string {
  const path = pointerAppend(parent, child.key);
  return index < 0 ? path : `${path}/${index}`;
}

/** The start tag of a code value's element and its list, when they need no checking per value. */
interface CodeTags {
  readonly open: string;
  readonly values: readonly CodeValue[] | undefined;
}

class Serializer {
  /** The message so far (appending builds a rope that is flattened once, when it is read). */
  #xml = '';
  readonly #pretty: boolean;
  readonly issues: Issue[] = [];
  /** Per element: its qualified name; per code element: its tags (made once per message). */
  readonly #names = new Map<CompiledChild, string>();
  readonly #codeTags = new Map<CompiledChild, CodeTags | null>();

  constructor(
    private readonly shape: MessageShape,
    private readonly naming: NamingOptions,
    private readonly lists: ReadonlyMap<string, CodeList>,
    pretty: boolean,
    /** Writes invalid data as well as it can (test messages of invalid examples). */
    private readonly unchecked: boolean,
  ) {
    this.#pretty = pretty;
  }

  readonly line = (depth: number, content: string): void => {
    this.#xml += this.#pretty ? `${indent(depth)}${content}\n` : content;
  };

  result(): string {
    return this.#xml;
  }

  /** Escaped text, or an issue when XML cannot carry it. */
  text(value: string, path: string, child?: CompiledChild): string {
    const codePoint = nonXmlCodePoint(value);
    if (codePoint !== undefined)
      this.issues.push(xmlIssue('XML_INVALID_CHARACTER', path, { codePoint }, child?.ref));
    return escapeText(value);
  }

  attribute(value: string, path: string, child?: CompiledChild): string {
    const codePoint = nonXmlCodePoint(value);
    if (codePoint !== undefined)
      this.issues.push(xmlIssue('XML_INVALID_CHARACTER', path, { codePoint }, child?.ref));
    return escapeAttribute(value);
  }

  container(
    container: CompiledContainer,
    record: Record<string, unknown>,
    depth: number,
    path: string,
  ): void {
    for (const child of container.children) {
      if (child.isLabel || !Object.hasOwn(record, child.key)) continue;
      const value = record[child.key];
      if (value === undefined) continue;
      if (child.repeated && Array.isArray(value)) {
        if (value.length === 0 && !this.unchecked) {
          this.issues.push(xmlIssue('XML_EMPTY_LIST', pathAt(path, child, -1), {}, child.ref));
        }
        for (let i = 0; i < value.length; i++) this.element(child, value[i], depth, path, i);
      } else {
        this.element(child, value, depth, path, -1);
      }
    }
    if (!this.unchecked) return;
    // Only for test messages of invalid data: keys the form does not know, as plain elements.
    for (const key of Object.keys(record)) {
      if (!container.byKey.has(key) && KEY_PATTERN.test(key)) {
        this.line(depth, `<${PREFIX}:${key}>${this.text(String(record[key]), path)}</${PREFIX}:${key}>`);
      }
    }
  }

  /** The qualified element name of a child. */
  name(child: CompiledChild): string {
    let name = this.#names.get(child);
    if (name === undefined) {
      name = `${PREFIX}:${elementName(child.definition, this.naming)}`;
      this.#names.set(child, name);
    }
    return name;
  }

  /** The tags of a code element, or null when its list identity needs checking per value. */
  codeTags(child: CompiledChild, field: FieldDefinition): CodeTags | null | undefined {
    let tags = this.#codeTags.get(child);
    if (tags !== undefined) return tags;
    const list = fieldListIdentity(field, this.shape);
    if (!list) return undefined;
    const clean = nonXmlCodePoint(list.uri) === undefined && nonXmlCodePoint(list.version) === undefined;
    tags = clean
      ? {
          open: `<${this.name(child)} listURI="${escapeAttribute(list.uri)}" listVersionID="${escapeAttribute(list.version)}"><code>`,
          values:
            field.values ??
            (field.codeList ? this.lists.get(`${list.uri}_${list.version}`)?.values : undefined),
        }
      : null;
    this.#codeTags.set(child, tags);
    return tags;
  }

  /**
   * One element: a group, a code value or a plain value. `parent` is the path of the enclosing
   * object and `index` the item's index (-1 for a single value); the value's own path is only
   * built for an issue.
   */
  element(child: CompiledChild, value: unknown, depth: number, parent: string, index: number): void {
    const name = this.name(child);
    if (child.container) {
      this.line(depth, `<${name}>`);
      if (isRecord(value)) this.container(child.container, value, depth + 1, pathAt(parent, child, index));
      this.line(depth, `</${name}>`);
      return;
    }
    const field = child.definition as FieldDefinition;
    const tags = this.codeTags(child, field);
    if (tags) {
      const code = String(value);
      const label = codeName(tags.values, code);
      const clean =
        nonXmlCodePoint(code) === undefined && (label === undefined || nonXmlCodePoint(label) === undefined);
      if (clean) {
        const nameElement = label === undefined ? '' : `<name>${escapeText(label)}</name>`;
        this.line(depth, `${tags.open}${escapeText(code)}</code>${nameElement}</${name}>`);
        return;
      }
    }
    const path = pathAt(parent, child, index);
    const list = fieldListIdentity(field, this.shape);
    if (list) {
      const code = String(value);
      const values =
        field.values ?? (field.codeList ? this.lists.get(`${list.uri}_${list.version}`)?.values : undefined);
      const label = codeName(values, code);
      const nameElement = label === undefined ? '' : `<name>${this.text(label, path, child)}</name>`;
      this.line(
        depth,
        `<${name} listURI="${this.attribute(list.uri, path, child)}" listVersionID="${this.attribute(list.version, path, child)}"><code>${this.text(code, path, child)}</code>${nameElement}</${name}>`,
      );
      return;
    }
    switch (field.datentyp) {
      case 'file':
      case 'obj': {
        const object = isRecord(value) ? value : { content: value };
        const file = field.datentyp === 'file';
        const fileName = file ? ` dateiname="${this.attribute(String(object.name ?? ''), path, child)}"` : '';
        const type =
          object.mediaType === undefined && !file
            ? ''
            : ` mimeType="${this.attribute(String(object.mediaType ?? ''), path, child)}"`;
        this.line(
          depth,
          `<${name}${fileName}${type}>${this.text(String(object.content ?? ''), path, child)}</${name}>`,
        );
        return;
      }
      case 'bool':
        this.line(
          depth,
          `<${name}>${typeof value === 'boolean' ? String(value) : this.text(String(value), path)}</${name}>`,
        );
        return;
      case 'num':
      case 'num_int':
      case 'num_currency':
        this.line(
          depth,
          `<${name}>${typeof value === 'number' ? decimalText(value) : this.text(String(value), path)}</${name}>`,
        );
        return;
      default:
        this.line(depth, `<${name}>${this.text(String(value), path, child)}</${name}>`);
    }
  }
}

function compiledForm(
  form: CompiledForm | FormDefinition,
  codeLists: Iterable<CodeList> | undefined,
): CompiledForm {
  if ('tree' in form) return form;
  return codeLists === undefined ? compile(form) : compile(form, { codeLists });
}

/**
 * Writes a submission as a message of its form. Validates first (with all rules) and returns the
 * Report instead of a message when the data or the header is not valid. A definition is compiled
 * (cached when no code lists are given); throws `DefinitionError` only for a broken definition.
 */
export function writeMessage(
  form: CompiledForm | FormDefinition,
  data: unknown,
  header: MessageHeader,
  options: WriteOptions = {},
): WriteResult {
  const compiled = compiledForm(form, options.codeLists);
  const problems = headerIssues(header);
  const report = compiled.validate(
    data,
    options.referenceDate ? { referenceDate: options.referenceDate } : {},
  );
  if (!report.valid || problems.length > 0)
    return { ok: false, report: makeReport([...problems, ...report.issues]) };
  return serialize(compiled, data as Record<string, unknown>, header, options, false);
}

/**
 * @internal Writes data without validating it first, for test messages of invalid data (the
 * invalid examples). The result is well-formed but need not satisfy the form or its XSD.
 */
export function writeMessageUnchecked(
  form: CompiledForm | FormDefinition,
  data: unknown,
  header: MessageHeader,
  options: WriteOptions = {},
): WriteResult {
  const compiled = compiledForm(form, options.codeLists);
  const problems = headerIssues(header);
  if (problems.length > 0) return { ok: false, report: makeReport(problems) };
  return serialize(compiled, isRecord(data) ? data : {}, header, options, true);
}

function serialize(
  form: CompiledForm,
  data: Record<string, unknown>,
  header: MessageHeader,
  options: WriteOptions,
  unchecked: boolean,
): WriteResult {
  const definition = form.definition;
  const shape = messageShape(definition);
  const lists = new Map<string, CodeList>();
  for (const list of [...(definition.codeLists ?? []), ...(options.codeLists ?? [])]) {
    lists.set(`${list.uri}_${list.version}`, list);
  }
  const writer = new Serializer(shape, options, lists, options.pretty ?? true, unchecked);
  const rootAttributes = [
    `xmlns:${PREFIX}="${escapeAttribute(shape.namespace)}"`,
    `produkt="${escapeAttribute(header.produkt ?? 'antrag')}"`,
    `produkthersteller="${escapeAttribute(header.produkthersteller ?? 'antrag')}"`,
    ...(header.produktversion === undefined
      ? []
      : [`produktversion="${escapeAttribute(header.produktversion)}"`]),
    `standard="${escapeAttribute(shape.standard)}"`,
    `version="${escapeAttribute(shape.version)}"`,
    ...(header.test === undefined ? [] : [`test="${header.test ? 'true' : 'false'}"`]),
  ];
  writer.line(0, '<?xml version="1.0" encoding="UTF-8"?>');
  writer.line(0, `<${PREFIX}:${shape.rootElement} ${rootAttributes.join(' ')}>`);
  writeHeader(writer.line, 1, PREFIX, header, shape);
  writer.container(form.tree.root, data, 1, '');
  writer.line(0, `</${PREFIX}:${shape.rootElement}>`);
  if (writer.issues.length > 0) return { ok: false, report: makeReport(writer.issues) };
  return { ok: true, xml: writer.result() };
}
