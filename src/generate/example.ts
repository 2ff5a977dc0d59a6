/**
 * Generates sample submissions from a definition: structurally valid data (types, praezisierung,
 * code lists, cardinality), reproducible from a seed. Rules are not solved here; `exampleFor` in
 * the compiled form retries and repairs against them.
 */

import { CodeListRegistry } from '../model/codelists.js';
import type { ChildDefinition, CodeList, FieldDefinition, FormDefinition } from '../model/types.js';
import { occurrence } from '../model/walk.js';
import { isIsoDate } from '../text/temporal.js';
import { compileXsdPattern } from '../text/xsd-regex.js';
import { type Random, samplePattern, seededRandom } from '../text/xsd-regex-sample.js';
import { sampleIban, sampleRvNummer, sampleSteuerId } from './identifiers.js';

/** How much of a form a sample fills. */
export type ExampleShape = 'typical' | 'minimal' | 'maximal';

/** Options of `generateExample`. */
export interface ExampleOptions {
  /** Seed of the random choices (default 1): the same seed gives the same data. */
  readonly seed?: number;
  /** `minimal`: only required parts; `maximal`: every optional part, repeats at their maximum
   * (capped by `maxRepeats`); `typical` (default): random choices in between. */
  readonly shape?: ExampleShape;
  /** Cap for unbounded or large repeats (default 3). */
  readonly maxRepeats?: number;
  /** Dates are drawn near this day half of the time (rules often compare dates with each other). */
  readonly anchorDate?: string;
  /** Code lists for select fields that reference one, besides those the definition carries. */
  readonly codeLists?: CodeListRegistry | Iterable<CodeList>;
}

export type ExampleData = Record<string, unknown>;

/** Generates one sample submission for a form. */
export function generateExample(definition: FormDefinition, options: ExampleOptions = {}): ExampleData {
  return generatorFor(definition, seededRandom(options.seed ?? 1), options).container(definition.children);
}

/** A generator for a definition's fields. @internal */
export function generatorFor(
  definition: FormDefinition,
  random: Random,
  options: ExampleOptions = {},
): Generator {
  const registry = new CodeListRegistry(definition.codeLists ?? []);
  for (const list of options.codeLists ?? []) registry.add(list);
  return new Generator(random, options, registry);
}

const NAME_LETTERS = 'abcdefghijklmnopqrstuvwxyzäöüß';
const SAMPLE_MEDIA_TYPE = 'application/pdf';

/** Generates sample values; also used to mutate valid examples. @internal */
export class Generator {
  readonly #shape: ExampleShape;
  private readonly anchorDate: string | undefined;
  readonly #maxRepeats: number;

  constructor(
    private readonly random: Random,
    options: ExampleOptions,
    private readonly codeLists: CodeListRegistry,
  ) {
    this.#shape = options.shape ?? 'typical';
    this.#maxRepeats = options.maxRepeats ?? 3;
    this.anchorDate = options.anchorDate;
  }

  container(children: readonly ChildDefinition[]): ExampleData {
    // A null-prototype object would surprise users of the result; keys are validated identifiers.
    const data: ExampleData = {};
    for (const child of children) {
      if (child.kind === 'field' && child.feldart === 'label') continue;
      const { min, max } = occurrence(child);
      const count = this.count(min, max);
      if (count === 0) continue;
      if (max > 1) {
        data[child.key] = Array.from({ length: count }, () => this.item(child));
      } else {
        data[child.key] = this.item(child);
      }
    }
    return data;
  }

  private count(min: number, max: number): number {
    const cappedMax = Math.max(min, Math.min(max, this.#maxRepeats));
    if (this.#shape === 'minimal') return min;
    if (this.#shape === 'maximal') return cappedMax;
    if (min === 0 && this.random() < 0.4) return 0;
    const low = Math.max(min, 1);
    return low + Math.floor(this.random() * (cappedMax - low + 1));
  }

  private item(child: ChildDefinition): unknown {
    return child.kind === 'group' ? this.container(child.children) : this.field(child);
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  field(field: FieldDefinition): unknown {
    const checked = this.checkedIdentifier(field);
    if (checked !== undefined) return checked;
    const codes = this.codes(field);
    if (codes) return codes[this.int(0, codes.length - 1)];
    const p = field.praezisierung ?? {};
    switch (field.datentyp) {
      case 'text':
      case 'text_latin':
        return this.text(field);
      case 'bool':
        return this.random() < 0.5;
      case 'num':
      case 'num_int':
      case 'num_currency': {
        const min = typeof p.minValue === 'number' ? p.minValue : 0;
        const max = typeof p.maxValue === 'number' ? p.maxValue : Math.max(min, 0) + 2000;
        const places = field.datentyp === 'num_int' ? 0 : field.datentyp === 'num_currency' ? 2 : 1;
        const scale = 10 ** places;
        const low = Math.ceil(min * scale);
        const high = Math.floor(max * scale);
        return high < low ? min : this.int(low, high) / scale;
      }
      case 'date':
        return this.date(p.minValue, p.maxValue);
      case 'time':
        return `${pad(this.int(6, 20))}:${pad(this.int(0, 59))}:00`;
      case 'datetime':
        return `${this.date(p.minValue, p.maxValue)}T${pad(this.int(6, 20))}:${pad(this.int(0, 59))}:00Z`;
      case 'file': {
        const mediaType = field.file?.mediaTypes?.[0] ?? SAMPLE_MEDIA_TYPE;
        const extension = mediaType.split('/')[1]?.replace(/[^a-z0-9]/g, '') || 'bin';
        return { name: `${field.key}.${extension}`, mediaType, content: this.base64(field.file?.maxSize) };
      }
      case 'obj':
        return { mediaType: SAMPLE_MEDIA_TYPE, content: this.base64(undefined) };
    }
  }

  /** A valid identifier for fields whose rules check one (IBAN, Steuer-ID, RV-Nummer). */
  private checkedIdentifier(field: FieldDefinition): string | undefined {
    const expressions = (field.rules ?? []).map((r) => r.expression ?? '').join(' ');
    if (expressions.includes('isIban(self)')) return sampleIban(this.random);
    if (expressions.includes('isSteuerId(self)')) return sampleSteuerId(this.random);
    if (expressions.includes('isRvNummer(self)')) return sampleRvNummer(this.random);
    return undefined;
  }

  /** The allowed codes of a select field, or undefined when it has none we know. */
  private codes(field: FieldDefinition): string[] | undefined {
    if (field.values && field.values.length > 0) return field.values.map((v) => v.code);
    if (field.codeList) {
      const list = this.codeLists.get(field.codeList.uri, field.codeList.version);
      if (list && list.values.length > 0) return list.values.map((v) => v.code);
    }
    return undefined;
  }

  private text(field: FieldDefinition): string {
    const p = field.praezisierung ?? {};
    const minLength = p.minLength ?? 1;
    const maxLength = p.maxLength ?? Math.max(minLength, 24);
    if (p.pattern !== undefined) {
      const compiled = compileXsdPattern(p.pattern);
      if (compiled.ok) {
        for (let attempt = 0; attempt < 50; attempt++) {
          const sample = samplePattern(compiled.ast, this.random);
          if (sample === undefined) break;
          const length = [...sample].length;
          if (length >= minLength && length <= maxLength) return sample;
        }
      }
    }
    const length = this.int(minLength, Math.min(maxLength, minLength + 16));
    let text = '';
    for (let i = 0; i < length; i++) {
      text += NAME_LETTERS[this.int(0, NAME_LETTERS.length - 1)];
    }
    // A capital first letter makes samples look like the names and places they stand for.
    const first = text.charAt(0).toUpperCase();
    return first.length === 1 ? first + text.slice(1) : text;
  }

  private date(minValue: unknown, maxValue: unknown): string {
    const min = typeof minValue === 'string' && isIsoDate(minValue) ? minValue : '1950-01-01';
    const max = typeof maxValue === 'string' && isIsoDate(maxValue) ? maxValue : '2020-12-31';
    let from = Date.parse(`${min}T00:00:00Z`);
    let to = Date.parse(`${max}T00:00:00Z`);
    const anchor = this.anchorDate === undefined ? Number.NaN : Date.parse(`${this.anchorDate}T00:00:00Z`);
    if (!Number.isNaN(anchor) && this.random() < 0.5) {
      // Near the anchor, but inside the field's own bounds when they allow it.
      const nearFrom = Math.max(from, anchor - 90 * 86_400_000);
      const nearTo = Math.min(typeof maxValue === 'string' ? to : anchor, anchor);
      if (nearFrom <= nearTo) {
        from = nearFrom;
        to = nearTo;
      }
    }
    const days = Math.max(0, Math.floor((to - from) / 86_400_000));
    return new Date(from + this.int(0, days) * 86_400_000).toISOString().slice(0, 10);
  }

  private base64(maxSize: number | undefined): string {
    const size = Math.min(maxSize ?? 64, this.int(3, 64));
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) bytes[i] = this.int(0, 255);
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
