/**
 * The message writer: valid submissions as XÖV-style XML messages. Only valid data is written;
 * invalid data gives back its Report. The output is well-formed for every input: values are
 * escaped, CR is kept as `&#13;`, and characters XML cannot carry are refused.
 */

import type { CodeList, FieldDefinition, FileValue, ObjValue } from '../model/types.js';
import { fromNumber, toText } from '../rules/decimal.js';
import type { CompiledForm, ValidateOptions } from '../validate/compile.js';
import { makeIssue, makeReport, type Report } from '../validate/report.js';
import type { CompiledChild, CompiledContainer } from '../validate/tree.js';
import { escapeAttribute, escapeText, isXmlText } from './escape.js';
import {
  DATETIME_WITH_ZONE,
  elementName,
  HEADER_ELEMENT,
  type MessageHeader,
  messageShape,
  type NamingOptions,
  UUID,
} from './message.js';

export interface WriteOptions extends NamingOptions, Pick<ValidateOptions, 'referenceDate'> {
  /** Code lists for the `name` of code values (the definition's own are always used). */
  readonly codeLists?: Iterable<CodeList>;
  /** Indent nested elements (default true); values are never touched. */
  readonly pretty?: boolean;
}

/** The message, or the Report of data that is not valid (nothing is written then). */
export type WriteResult =
  | { readonly ok: true; readonly xml: string }
  | { readonly ok: false; readonly report: Report };

const PREFIX = 'm';

/** Plain decimal text of a JS number (no exponent, as xs:decimal requires). */
export function decimalText(value: number): string {
  const decimal = fromNumber(value);
  return decimal ? toText(decimal) : String(value);
}

class Writer {
  readonly #parts: string[] = [];
  readonly #pretty: boolean;
  #invalidText: string | undefined;

  constructor(
    private readonly options: WriteOptions,
    private readonly codeName: (field: FieldDefinition, code: string) => string | undefined,
    private readonly unchecked = false,
  ) {
    this.#pretty = options.pretty ?? true;
  }

  get invalidText(): string | undefined {
    return this.#invalidText;
  }

  text(value: string): string {
    if (!isXmlText(value)) this.#invalidText ??= value;
    return escapeText(value);
  }

  attribute(value: string): string {
    if (!isXmlText(value)) this.#invalidText ??= value;
    return escapeAttribute(value);
  }

  line(depth: number, content: string): void {
    this.#parts.push(this.#pretty ? `${'  '.repeat(depth)}${content}\n` : content);
  }

  result(): string {
    return this.#parts.join('');
  }

  container(container: CompiledContainer, record: Record<string, unknown>, depth: number): void {
    for (const child of container.children) {
      if (child.isLabel || !Object.hasOwn(record, child.key)) continue;
      const value = record[child.key];
      const items = child.repeated && Array.isArray(value) ? value : [value];
      for (const item of items) this.element(child, item, depth);
    }
    if (!this.unchecked) return;
    // Only for test messages of invalid data: keys the form does not know, as plain elements.
    for (const key of Object.keys(record)) {
      if (!container.byKey.has(key) && /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key)) {
        this.line(depth, `<${PREFIX}:${key}>${this.text(String(record[key]))}</${PREFIX}:${key}>`);
      }
    }
  }

  element(child: CompiledChild, value: unknown, depth: number): void {
    const name = `${PREFIX}:${elementName(child.definition, this.options)}`;
    if (child.container) {
      this.line(depth, `<${name}>`);
      this.container(child.container, value as Record<string, unknown>, depth + 1);
      this.line(depth, `</${name}>`);
      return;
    }
    const field = child.definition as FieldDefinition;
    if (field.values || field.codeList) {
      const code = String(value);
      const list = field.codeList
        ? ` listURI="${this.attribute(field.codeList.uri)}" listVersionID="${this.attribute(field.codeList.version)}"`
        : '';
      const label = this.codeName(field, code);
      const nameElement = label === undefined ? '' : `<name>${this.text(label)}</name>`;
      this.line(depth, `<${name}${list}><code>${this.text(code)}</code>${nameElement}</${name}>`);
      return;
    }
    switch (field.datentyp) {
      case 'file': {
        const file = value as FileValue;
        this.line(
          depth,
          `<${name} dateiname="${this.attribute(file.name)}" mimeType="${this.attribute(file.mediaType)}">${this.text(file.content)}</${name}>`,
        );
        return;
      }
      case 'obj': {
        const object = value as ObjValue;
        const type = object.mediaType === undefined ? '' : ` mimeType="${this.attribute(object.mediaType)}"`;
        this.line(depth, `<${name}${type}>${this.text(object.content)}</${name}>`);
        return;
      }
      case 'bool':
        this.line(depth, `<${name}>${value === true ? 'true' : 'false'}</${name}>`);
        return;
      case 'num':
      case 'num_int':
      case 'num_currency':
        this.line(depth, `<${name}>${decimalText(value as number)}</${name}>`);
        return;
      default:
        this.line(depth, `<${name}>${this.text(String(value))}</${name}>`);
    }
  }
}

function headerProblems(header: MessageHeader): string[] {
  const problems: string[] = [];
  if (!UUID.test(header.nachrichtenUUID)) problems.push('nachrichtenUUID is not an RFC 4122 UUID');
  if (header.referenzUUID !== undefined && !UUID.test(header.referenzUUID)) {
    problems.push('referenzUUID is not an RFC 4122 UUID');
  }
  if (!DATETIME_WITH_ZONE.test(header.erstellungszeitpunkt)) {
    problems.push('erstellungszeitpunkt is not a date-time with time zone');
  }
  for (const [role, authority] of [
    ['autor', header.autor],
    ['leser', header.leser],
  ] as const) {
    if (!authority?.kennung || !authority.name) problems.push(`${role} needs kennung and name`);
  }
  return problems;
}

/** Writes the header lines (`nachrichtenkopf.g2g`; its children are unqualified, as in XÖV). */
function writeHeader(
  writer: Writer,
  header: MessageHeader,
  messageType: string,
  list: { uri: string; version: string },
): void {
  writer.line(1, `<${PREFIX}:${HEADER_ELEMENT}>`);
  writer.line(2, '<identifikation.nachricht>');
  writer.line(3, `<nachrichtenUUID>${writer.text(header.nachrichtenUUID)}</nachrichtenUUID>`);
  writer.line(
    3,
    `<nachrichtentyp listURI="${writer.attribute(list.uri)}" listVersionID="${writer.attribute(list.version)}"><code>${messageType}</code></nachrichtentyp>`,
  );
  writer.line(3, `<erstellungszeitpunkt>${writer.text(header.erstellungszeitpunkt)}</erstellungszeitpunkt>`);
  writer.line(2, '</identifikation.nachricht>');
  for (const role of ['leser', 'autor'] as const) {
    const authority = header[role];
    writer.line(
      2,
      `<${role}><kennung>${writer.text(authority.kennung)}</kennung><name>${writer.text(authority.name)}</name></${role}>`,
    );
  }
  if (header.referenzUUID !== undefined)
    writer.line(2, `<referenzUUID>${writer.text(header.referenzUUID)}</referenzUUID>`);
  writer.line(1, `</${PREFIX}:${HEADER_ELEMENT}>`);
}

/** Writes a submission as a message of its form, or returns the Report when the data is invalid. */
export function writeMessage(
  form: CompiledForm,
  data: unknown,
  header: MessageHeader,
  options: WriteOptions = {},
): WriteResult {
  const report = form.validate(data, options.referenceDate ? { referenceDate: options.referenceDate } : {});
  if (!report.valid) return { ok: false, report };
  return serialize(form, data, header, options, false);
}

/**
 * @internal Writes data without validating it first, for test messages of invalid data (the
 * invalid examples). The result is well-formed but need not satisfy the form or its XSD.
 */
export function writeMessageUnchecked(
  form: CompiledForm,
  data: unknown,
  header: MessageHeader,
  options: WriteOptions = {},
): WriteResult {
  return serialize(form, data, header, options, true);
}

function serialize(
  form: CompiledForm,
  data: unknown,
  header: MessageHeader,
  options: WriteOptions,
  unchecked: boolean,
): WriteResult {
  const problems = headerProblems(header);
  if (problems.length > 0) {
    return { ok: false, report: makeReport([makeIssue('XML_HEADER', '', { detail: problems.join('; ') })]) };
  }
  const definition = form.definition;
  const shape = messageShape(definition);
  const lists = new Map<string, CodeList>();
  for (const list of [...(definition.codeLists ?? []), ...(options.codeLists ?? [])]) {
    lists.set(`${list.uri}_${list.version}`, list);
  }
  const codeName = (field: FieldDefinition, code: string): string | undefined => {
    const values =
      field.values ??
      (field.codeList ? lists.get(`${field.codeList.uri}_${field.codeList.version}`)?.values : undefined);
    return values?.find((value) => value.code === code)?.name.de;
  };
  const writer = new Writer(options, codeName, unchecked);
  const rootAttributes = [
    `xmlns:${PREFIX}="${writer.attribute(shape.namespace)}"`,
    `produkt="${writer.attribute(header.produkt ?? 'antrag')}"`,
    `produkthersteller="${writer.attribute(header.produkthersteller ?? 'antrag')}"`,
    ...(header.produktversion === undefined
      ? []
      : [`produktversion="${writer.attribute(header.produktversion)}"`]),
    `standard="${writer.attribute(shape.standard)}"`,
    `version="${writer.attribute(definition.version)}"`,
    ...(header.test === undefined ? [] : [`test="${header.test ? 'true' : 'false'}"`]),
  ];
  writer.line(0, '<?xml version="1.0" encoding="UTF-8"?>');
  writer.line(0, `<${PREFIX}:${shape.rootElement} ${rootAttributes.join(' ')}>`);
  writeHeader(writer, header, shape.messageType, shape.messageTypeList);
  writer.container(form.tree.root, data as Record<string, unknown>, 1);
  writer.line(0, `</${PREFIX}:${shape.rootElement}>`);
  if (writer.invalidText !== undefined) {
    // Validation refuses such characters in values; header texts and file names are checked here.
    const codePoint = (
      writer.invalidText.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/)?.[0] ??
      '?'
    )
      .charCodeAt(0)
      .toString(16)
      .toUpperCase();
    return { ok: false, report: makeReport([makeIssue('XML_INVALID_CHARACTER', '', { codePoint })]) };
  }
  return { ok: true, xml: writer.result() };
}
