/**
 * The shape of a code catalogue and its message templates. Each layer keeps its own catalogue
 * (`as const satisfies Catalogue`); this module says what an entry is, fills templates, and
 * derives from a template the parameters an issue of that code carries, so a call that forgets
 * or misspells one fails to compile.
 *
 * Template syntax: `{name}` is the param's value; `{name|one|other}` is the value followed by a
 * noun, singular exactly for 1. Unknown placeholders stay visible in the text.
 */

import type { Severity } from './severity.js';

/** One catalogue entry: the severity and the German and English message templates. */
export interface CodeInfo {
  readonly severity: Severity;
  readonly de: string;
  readonly en: string;
  /** Params an issue carries for programs beyond those its messages show. */
  readonly extraParams?: readonly string[];
}

/** A catalogue of codes (validation, XML, FIM import, lint, rules). */
export type Catalogue = Readonly<Record<string, CodeInfo>>;

/** The placeholder names of a template. */
export type Placeholders<Template extends string> = Template extends `${string}{${infer Inner}}${infer Rest}`
  ? PlaceholderName<Inner> | Placeholders<Rest>
  : never;

type PlaceholderName<Inner extends string> = Inner extends `${infer Name}|${string}` ? Name : Inner;

/** A value a message can show. */
export type ParamValue = string | number | boolean;

/**
 * The params of an issue whose code has these templates: every placeholder of either language.
 * `label` is left out: it comes from the element the issue concerns.
 */
export type ParamsOf<Info extends CodeInfo> = {
  readonly [Name in Exclude<ParamNames<Info>, 'label'>]: ParamValue;
};

/** The names of the params of a code: the placeholders of both templates and its extra params. */
export type ParamNames<Info extends CodeInfo> =
  | Placeholders<Info['de']>
  | Placeholders<Info['en']>
  | (Info extends { readonly extraParams: readonly (infer Extra extends string)[] } ? Extra : never);

/** The params of an issue with this code of this catalogue (a union over a union of codes). */
export type CodeParams<Cat extends Catalogue, Code extends keyof Cat> = Code extends keyof Cat
  ? ParamsOf<Cat[Code]>
  : never;

/** A placeholder of a template: `{name}` or `{name|one|other}` (groups: name, one, other). */
export const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** Fills the placeholders of a template from params; unknown placeholders stay visible. */
export function formatMessage(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return whole;
    if (one === undefined || other === undefined) return String(value);
    return `${String(value)} ${value === 1 ? one : other}`;
  });
}
