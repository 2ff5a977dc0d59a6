/**
 * Support for the evolution tests: the shipped forms' frozen versions with the code lists they
 * reference, many distinct valid submissions of a compiled form (from the library's own
 * generator: rule-valid samples from scratch over several seeds, then varied value by value),
 * and the attribution of a validation issue to the changes of a diff that may explain it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FAMILIENSTAND_LISTE,
  GESCHLECHT_LISTE,
  STAATSANGEHOERIGKEIT_LISTE,
} from '../../schemas/shared/codelists.js';
import type { Change } from '../../src/evolution/diff/index.js';
import { builtInForms } from '../../src/forms/registry.js';
import { validExample } from '../../src/generate/valid-example.js';
import type { Issue } from '../../src/issues/issue.js';
import { pointerTokens } from '../../src/issues/pointer.js';
import { loadDefinition } from '../../src/model/load.js';
import type { CodeList, FormDefinition } from '../../src/model/types.js';
import { seededRandom } from '../../src/text/xsd-regex-sample.js';
import type { CompiledForm } from '../../src/validate/compile.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every code list the shipped forms reference, in any of their versions. */
export const SHIPPED_CODE_LISTS: readonly CodeList[] = (() => {
  const lists = new Map<string, CodeList>();
  for (const list of [GESCHLECHT_LISTE, STAATSANGEHOERIGKEIT_LISTE, FAMILIENSTAND_LISTE])
    lists.set(`${list.uri}_${list.version}`, list);
  for (const form of builtInForms.values())
    for (const list of form.codeLists ?? []) lists.set(`${list.uri}_${list.version}`, list);
  return [...lists.values()];
})();

/** A frozen version of a shipped form (`schemas/<form>/versions/<version>.json`), as loaded. */
export function shippedVersion(form: string, version: string): FormDefinition {
  const loaded = loadDefinition(
    readFileSync(join(ROOT, 'schemas', form, 'versions', `${version}.json`), 'utf8'),
  );
  if (!loaded.ok) throw new Error(`${form} ${version}: ${JSON.stringify(loaded.findings)}`);
  return loaded.definition;
}

/** The definition carrying the shipped lists, so the generator draws real codes. */
export function withShippedLists(definition: FormDefinition): FormDefinition {
  return { ...definition, codeLists: SHIPPED_CODE_LISTS };
}

export const REFERENCE_DATE = '2026-01-01';

/**
 * `count` distinct submissions valid for `form` (on REFERENCE_DATE): rule-valid samples from
 * scratch over `bases` seeds, then each varied by up to 25 value changes and up to three removed
 * properties (optional parts), each kept only when the data stays valid.
 */
export function validSubmissions(form: CompiledForm, count: number, seed = 1, bases = 12): unknown[] {
  const starts: unknown[] = [];
  for (let s = seed; s < seed + bases * 3 && starts.length < bases; s++) {
    const sample = validExample(form, { seed: s, referenceDate: REFERENCE_DATE });
    if (sample.report.valid) starts.push(sample.data);
  }
  if (starts.length === 0) throw new Error('the generator found no valid submission');
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (let s = 0; out.length < count && s < count * 4; s++) {
    const sample = validExample(form, {
      seed: seed * 100_003 + s,
      bases: starts,
      mutations: 25,
      referenceDate: REFERENCE_DATE,
    });
    if (!sample.report.valid) continue;
    const data = withoutSomeOptional(form, sample.data, seededRandom(seed * 7 + s));
    const text = JSON.stringify(data);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(data);
  }
  return out;
}

/** Removes up to three properties of the data at random, each only when the data stays valid. */
function withoutSomeOptional(form: CompiledForm, data: unknown, random: () => number): unknown {
  const copy = structuredClone(data);
  const places: Array<{ parent: Record<string, unknown>; key: string }> = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        places.push({ parent: value as Record<string, unknown>, key });
        collect(child);
      }
    }
  };
  collect(copy);
  for (let tries = 0, removed = 0; tries < 8 && removed < 3 && places.length > 0; tries++) {
    const { parent, key } = places[Math.floor(random() * places.length)] as (typeof places)[number];
    if (!Object.hasOwn(parent, key)) continue;
    const value = parent[key];
    delete parent[key];
    if (form.validate(copy, { referenceDate: REFERENCE_DATE }).valid) removed++;
    else parent[key] = value;
  }
  return copy;
}

/** The key path of a JSON pointer into a submission: the keys without list indices. */
export function keyPathOf(pointer: string): string {
  return pointerTokens(pointer)
    .filter((token) => !/^\d+$/.test(token))
    .join('.');
}

function plain(path: string): string {
  return path.replace(/\[\]/g, '');
}

/** True when `path` is `target` or lies inside it (the form '' only contains issues at ''). */
function within(path: string, target: string): boolean {
  if (target === '') return path === '';
  return path === target || path.startsWith(`${target}.`);
}

/**
 * The changes not called compatible old→new that explain an issue of an old submission
 * validated against the new version. An issue of a rule (it names `ruleId`) is explained by a
 * change of that rule; any issue by a change of the element at its path or an ancestor, or at a
 * path the rule read (`related`), since a changed element changes what rules read of it.
 */
export function explainingChanges(issue: Issue, changes: readonly Change[]): Change[] {
  const paths = [issue.path, ...(issue.related ?? [])].map(keyPathOf);
  const ruleId = issue.params.ruleId;
  return changes.filter((change) => {
    if (change.oldToNew.class === 'compatible') return false;
    if (change.rule)
      return ruleId !== undefined && (change.rule.to?.id === ruleId || change.rule.from?.id === ruleId);
    const places = [change.from?.path, change.to?.path]
      .filter((p): p is string => p !== undefined)
      .map(plain);
    return paths.some((path) => places.some((place) => within(path, place)));
  });
}
