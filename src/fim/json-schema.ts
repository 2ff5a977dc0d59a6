/**
 * JSON Schema (draft 2020-12) of a form's submissions: what FIT-Connect receivers and generic
 * JSON tooling can check without this library. It states the structure exactly (keys or FIM
 * ids, `additionalProperties: false`, arrays with `minItems`/`maxItems` where the maximum
 * exceeds 1, required where the minimum is at least 1) and the value types with their
 * praezisierung, and approximates the rest (see docs/fim.md):
 * - rules are not expressed: an element with a relevance rule is never `required`, conditional
 *   requirements and computed values are left to the library;
 * - praezisierung patterns (XSD regular expressions) are translated to ECMA-262 with
 *   `compileXsdPattern` and emitted anchored, nested classes flattened for `u`-flag validators
 *   such as ajv; a pattern that needs the `v` flag (class subtraction) is left out;
 * - `time` and `datetime` are patterns (the zone is optional in XSD but required by the JSON
 *   Schema formats); date bounds, DIN 91379 (`text_latin`) and the two decimals of
 *   `num_currency` are not expressed;
 * - select fields list their codes (`enum`) when the values are inline or the code list is
 *   loaded; otherwise any string.
 */

import { CodeListRegistry } from '../model/codelists.js';
import type {
  ChildDefinition,
  CodeList,
  FieldDefinition,
  FormDefinition,
  GroupDefinition,
} from '../model/types.js';
import { occurrence } from '../model/walk.js';
import { compileXsdPattern } from '../text/xsd-regex.js';

/** A JSON Schema as plain data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** Options of `toJsonSchema`. */
export interface JsonSchemaOptions {
  /** Property names: readable keys (default) or FIM ids. */
  readonly naming?: 'key' | 'fim-id';
  /** With FIM ids: add the version (`F99000000101V1.0.0`). */
  readonly versionSuffix?: boolean;
  /** Code lists for `enum`s of select fields, besides those the definition carries. */
  readonly codeLists?: CodeListRegistry | Iterable<CodeList>;
  /** The schema's `$id`. */
  readonly id?: string;
}

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Canonical base64 (RFC 4648, padded, no line breaks), as the validator accepts it. */
export const BASE64_PATTERN = '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$';
/** XSD `time` as `src/text/temporal.ts` reads it: hh:mm:ss or 24:00:00, optional fraction and zone up to ±14:00. */
export const TIME_PATTERN =
  '^(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?|24:00:00(?:\\.0+)?)(?:Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))?$';
/** XSD `dateTime` (the calendar day is not checked by the pattern). */
export const DATETIME_PATTERN = `^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T${TIME_PATTERN.slice(1)}`;

/**
 * Rewrites a `v`-flag source for the `u` flag: nested classes inside a class are flattened
 * (`[^\u{40}[\t\n\r ]]` → `[^\u{40}\t\n\r ]`), which means the same. Negated nested classes
 * and set operations (`--`, `&&`) have no `u` form: undefined.
 */
function flattenClasses(source: string): string | undefined {
  let out = '';
  const frames: boolean[] = []; // per open class: true when its brackets were dropped
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === '\\') {
      let end = i + 2;
      if ('upP'.includes(source[i + 1] ?? '') && source[i + 2] === '{') end = source.indexOf('}', i) + 1;
      if (end <= i) return undefined;
      out += source.slice(i, end);
      i = end - 1;
      continue;
    }
    if (frames.length > 0 && (source.startsWith('--', i) || source.startsWith('&&', i))) return undefined;
    if (char === '[') {
      if (frames.length === 0) {
        frames.push(false);
        out += char;
      } else {
        if (source[i + 1] === '^') return undefined;
        frames.push(true);
      }
      continue;
    }
    if (char === ']' && frames.length > 0) {
      if (!frames.pop()) out += char;
      continue;
    }
    out += char;
  }
  return frames.length === 0 ? out : undefined;
}

/**
 * An ECMA-262 pattern for `u`-flag validators (such as ajv) from an XSD pattern: the anchored
 * translation of `compileXsdPattern`, with nested classes flattened. Undefined when the pattern
 * is invalid or needs the `v` flag (class subtraction).
 */
export function jsonSchemaPattern(xsdPattern: string): string | undefined {
  const compiled = compileXsdPattern(xsdPattern);
  if (!compiled.ok) return undefined;
  const source = flattenClasses(compiled.source);
  if (source === undefined) return undefined;
  try {
    new RegExp(source, 'u');
    return source;
  } catch {
    return undefined;
  }
}

type Mutable = Record<string, unknown>;

class Builder {
  readonly defs: Record<string, JsonSchema> = {};
  readonly #registry: CodeListRegistry;

  constructor(
    definition: FormDefinition,
    readonly options: JsonSchemaOptions,
  ) {
    this.#registry = new CodeListRegistry(definition.codeLists ?? []);
    for (const list of options.codeLists ?? []) this.#registry.add(list);
  }

  name(child: ChildDefinition): string {
    if (this.options.naming !== 'fim-id') return child.key;
    return this.options.versionSuffix ? `${child.id}V${child.version}` : child.id;
  }

  /** Properties and required names of a schema's or group's children. */
  container(children: readonly ChildDefinition[], target: Mutable): void {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    const used = new Map<string, number>();
    for (const child of children) {
      if (child.kind === 'field' && child.feldart === 'label') continue;
      let name = this.name(child);
      // The same element twice in one parent has one FIM id: number the later ones.
      const seen = used.get(name) ?? 0;
      used.set(name, seen + 1);
      if (seen > 0) name = `${name}_${seen + 1}`;
      const { min, max } = occurrence(child);
      const item = child.kind === 'group' ? this.groupRef(child) : this.field(child);
      if (max > 1) {
        const array: Mutable = { type: 'array', items: item };
        if (min > 0) array.minItems = min;
        if (Number.isFinite(max)) array.maxItems = max;
        properties[name] = this.annotate(child, array);
      } else {
        properties[name] = child.kind === 'group' ? this.annotate(child, { ...item }) : item;
      }
      const conditional = (child.rules ?? []).some((rule) => rule.ruleKind === 'relevant');
      if (min > 0 && !conditional) required.push(name);
    }
    target.type = 'object';
    target.properties = properties;
    if (required.length > 0) target.required = required;
    target.additionalProperties = false;
  }

  annotate(element: ChildDefinition | FormDefinition, schema: Mutable): JsonSchema {
    const annotated: Mutable = {};
    const title = element.label?.de ?? element.name;
    annotated.title = title;
    if (element.description !== undefined) annotated.description = element.description;
    annotated.$comment = `FIM ${element.id} ${element.version}`;
    return { ...annotated, ...schema };
  }

  groupRef(group: GroupDefinition): JsonSchema {
    const name = `${group.id}V${group.version}`;
    if (!Object.hasOwn(this.defs, name)) {
      const schema: Mutable = {};
      this.defs[name] = schema; // placed first, so a recursive use finds it
      this.container(group.children, schema);
      this.defs[name] = this.annotate(group, schema);
    }
    return { $ref: `#/$defs/${name}` };
  }

  field(field: FieldDefinition): JsonSchema {
    return this.annotate(field, this.value(field));
  }

  value(field: FieldDefinition): Mutable {
    if (field.feldart === 'select' || field.values !== undefined || field.codeList !== undefined) {
      const values =
        field.values ??
        (field.codeList ? this.#registry.get(field.codeList.uri, field.codeList.version)?.values : undefined);
      return values === undefined
        ? { type: 'string' }
        : { type: 'string', enum: values.map((value) => value.code) };
    }
    const p = field.praezisierung ?? {};
    switch (field.datentyp) {
      case 'text':
      case 'text_latin': {
        const schema: Mutable = { type: 'string' };
        if (p.minLength !== undefined) schema.minLength = p.minLength;
        if (p.maxLength !== undefined) schema.maxLength = p.maxLength;
        if (p.pattern !== undefined) {
          const pattern = jsonSchemaPattern(p.pattern);
          if (pattern !== undefined) schema.pattern = pattern;
        }
        return schema;
      }
      case 'bool':
        return { type: 'boolean' };
      case 'num':
      case 'num_int':
      case 'num_currency': {
        const schema: Mutable = { type: field.datentyp === 'num_int' ? 'integer' : 'number' };
        if (typeof p.minValue === 'number') schema.minimum = p.minValue;
        if (typeof p.maxValue === 'number') schema.maximum = p.maxValue;
        return schema;
      }
      case 'date':
        return { type: 'string', format: 'date' };
      case 'time':
        return { type: 'string', pattern: TIME_PATTERN };
      case 'datetime':
        return { type: 'string', pattern: DATETIME_PATTERN };
      case 'file':
      case 'obj': {
        const isFile = field.datentyp === 'file';
        const content: Mutable = { type: 'string', contentEncoding: 'base64', pattern: BASE64_PATTERN };
        const maxSize = field.file?.maxSize;
        if (isFile && maxSize !== undefined && Number.isSafeInteger(maxSize) && maxSize >= 0)
          content.maxLength = Math.ceil(maxSize / 3) * 4;
        const mediaTypes = isFile ? field.file?.mediaTypes : undefined;
        const mediaType: Mutable = { type: 'string' };
        if (mediaTypes && mediaTypes.length > 0) mediaType.enum = [...mediaTypes];
        const properties: Mutable = isFile
          ? { name: { type: 'string', minLength: 1 }, mediaType, content }
          : { mediaType, content };
        return {
          type: 'object',
          properties,
          required: isFile ? ['name', 'mediaType', 'content'] : ['content'],
          additionalProperties: false,
        };
      }
    }
  }
}

/**
 * The JSON Schema (draft 2020-12) of a form's submissions. Groups are `$defs` (one per FIM id
 * and version), referenced where they occur.
 *
 * @example
 * ```ts
 * const schema = toJsonSchema(fuehrerschein, { naming: 'key', codeLists: registry });
 * new Ajv2020({ strict: true }).compile(schema);
 * ```
 */
export function toJsonSchema(definition: FormDefinition, options: JsonSchemaOptions = {}): JsonSchema {
  const builder = new Builder(definition, options);
  const body: Mutable = {};
  builder.container(definition.children, body);
  const schema: Mutable = { $schema: JSON_SCHEMA_DIALECT };
  if (options.id !== undefined) schema.$id = options.id;
  schema.title = definition.label?.de ?? definition.name;
  if (definition.description !== undefined) schema.description = definition.description;
  schema.$comment = `FIM ${definition.id} ${definition.version}; generated by antrag`;
  Object.assign(schema, body);
  if (Object.keys(builder.defs).length > 0) schema.$defs = builder.defs;
  return schema;
}
