/**
 * Sample submissions that satisfy the form's rules, not only its structure.
 *
 * Two ways, both reproducible from a seed:
 * - from known valid submissions (the shipped forms' examples): random value changes are applied
 *   one at a time and kept only when the data stays valid, which gives varied valid data;
 * - from scratch: structural samples are repaired against the report (non-relevant parts pruned,
 *   computed values filled, failing optional parts removed, failing values drawn again), over
 *   several seeds. Forms whose rules are hard to satisfy by chance may still end invalid: the
 *   result carries its report, so callers can tell.
 */

import type { Issue } from '../issues/issue.js';
import { pointerTokens } from '../issues/pointer.js';
import type { FieldDefinition } from '../model/types.js';
import { type Random, seededRandom } from '../text/xsd-regex-sample.js';
import type { CompiledForm } from '../validate/compile.js';
import type { ValidationReport } from '../validate/result.js';
import type { CompiledChild, CompiledContainer } from '../validate/tree.js';
import { type ExampleData, type ExampleOptions, generateExample, generatorFor } from './example.js';

/** Options of `validExample`. */
export interface ValidExampleOptions extends ExampleOptions {
  /** The reference date for the rules (default: 2026-01-01, so samples are reproducible). */
  readonly referenceDate?: string;
  /** Valid submissions to start from; one is picked by the seed and varied. */
  readonly bases?: readonly unknown[];
  /** Value changes tried on a base (default 25). */
  readonly mutations?: number;
}

/** A sample with its report. */
export interface ValidExample {
  readonly data: ExampleData;
  /** The report of `data`; `valid` says whether a rule-valid sample was found. */
  readonly report: ValidationReport;
}

const DEFAULT_REFERENCE_DATE = '2026-01-01';

interface Leaf {
  readonly tokens: readonly string[];
  readonly field: FieldDefinition;
}

/** Every field value present in the data, with its definition. */
function leaves(
  container: CompiledContainer,
  record: Record<string, unknown>,
  prefix: string[],
  out: Leaf[],
): Leaf[] {
  for (const child of container.children) {
    if (!Object.hasOwn(record, child.key) || child.isLabel) continue;
    const value = record[child.key];
    const items =
      child.repeated && Array.isArray(value)
        ? value.map((item, index) => ({ item, index }))
        : [{ item: value, index: -1 }];
    for (const { item, index } of items) {
      const tokens = index === -1 ? [...prefix, child.key] : [...prefix, child.key, String(index)];
      if (child.container) {
        if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
          leaves(child.container, item as Record<string, unknown>, tokens, out);
        }
      } else if (child.definition.kind === 'field') {
        out.push({ tokens, field: child.definition });
      }
    }
  }
  return out;
}

function parentOf(
  data: unknown,
  tokens: readonly string[],
): { parent: Record<string, unknown> | unknown[]; key: string } | undefined {
  let current: unknown = data;
  for (const token of tokens.slice(0, -1)) {
    if (Array.isArray(current)) current = current[Number(token)];
    else if (typeof current === 'object' && current !== null)
      current = (current as Record<string, unknown>)[token];
    else return undefined;
  }
  if (typeof current !== 'object' || current === null) return undefined;
  return { parent: current as Record<string, unknown> | unknown[], key: tokens[tokens.length - 1] as string };
}

function setAt(data: unknown, tokens: readonly string[], value: unknown): void {
  const at = parentOf(data, tokens);
  if (!at) return;
  if (Array.isArray(at.parent)) at.parent[Number(at.key)] = value;
  else
    Object.defineProperty(at.parent, at.key, { value, enumerable: true, writable: true, configurable: true });
}

function getAt(data: unknown, tokens: readonly string[]): unknown {
  const at = parentOf(data, tokens);
  if (!at) return undefined;
  return Array.isArray(at.parent)
    ? at.parent[Number(at.key)]
    : (at.parent as Record<string, unknown>)[at.key];
}

/** The compiled child at a JSON pointer, and whether the pointer names one list item. */
function childAt(
  root: CompiledContainer,
  tokens: readonly string[],
): { child: CompiledChild; item: boolean } | undefined {
  let container: CompiledContainer | undefined = root;
  let child: CompiledChild | undefined;
  let item = false;
  for (let i = 0; i < tokens.length; i++) {
    child = container?.byKey.get(tokens[i] as string);
    if (!child) return undefined;
    item = false;
    if (child.repeated && i + 1 < tokens.length) {
      i++;
      item = true;
    }
    container = child.container;
  }
  return child ? { child, item } : undefined;
}

function errorsOf(report: ValidationReport): Issue[] {
  return report.issues.filter((issue) => issue.severity === 'error');
}

/** Tries to remove the cause of one error; true when the data changed. */
function repair(
  form: CompiledForm,
  data: ExampleData,
  issue: Issue,
  random: Random,
  anchorDate: string,
): boolean {
  const tokens = pointerTokens(issue.path);
  const generator = generatorFor(form.definition, random, { anchorDate });
  /** Draws some values below `tokens` again (for rules on groups and on the whole form). */
  const redrawBelow = (): boolean => {
    const target = tokens.length === 0 ? data : getAt(data, tokens);
    if (typeof target !== 'object' || target === null) return false;
    const container = tokens.length === 0 ? form.tree.root : childAt(form.tree.root, tokens)?.child.container;
    if (!container) return false;
    let changed = false;
    for (const leaf of leaves(container, target as Record<string, unknown>, [], [])) {
      if (random() < 0.3) {
        setAt(target, leaf.tokens, generator.field(leaf.field));
        changed = true;
      }
    }
    return changed;
  };
  if (issue.path === '') return redrawBelow();
  const found = childAt(form.tree.root, tokens);
  if (!found) return false;
  const { child, item } = found;
  if (issue.code === 'CALCULATED_MISMATCH' || issue.code === 'NOT_RELEVANT') {
    return deleteAt(data, tokens);
  }
  if ((issue.code === 'REQUIRED_IF' || issue.code === 'RULE_MIN_COUNT') && !item) {
    const make = () =>
      child.container
        ? generator.container(child.definition.kind === 'group' ? child.definition.children : [])
        : generator.field(child.definition as FieldDefinition);
    const current = getAt(data, tokens);
    if (child.repeated) setAt(data, tokens, [...(Array.isArray(current) ? current : []), make()]);
    else if (current === undefined) setAt(data, tokens, make());
    return true;
  }
  if (item) {
    const list = getAt(data, tokens.slice(0, -1));
    if (Array.isArray(list) && list.length > child.min) {
      list.splice(Number(tokens[tokens.length - 1]), 1);
      return true;
    }
  } else if (child.min === 0 && getAt(data, tokens) !== undefined) {
    return deleteAt(data, tokens);
  }
  // A required value: draw it again (a field, or every item of a repeated field), or some of
  // its values (a group).
  const current = getAt(data, tokens);
  if (child.definition.kind === 'field' && current !== undefined) {
    const definition = child.definition;
    const draw = () => generator.field(definition);
    setAt(
      data,
      tokens,
      child.repeated && !item ? (Array.isArray(current) ? current : [current]).map(draw) : draw(),
    );
    return true;
  }
  return redrawBelow();
}

function deleteAt(data: unknown, tokens: readonly string[]): boolean {
  const at = parentOf(data, tokens);
  if (!at || Array.isArray(at.parent)) return false;
  return delete (at.parent as Record<string, unknown>)[at.key];
}

/** A sample submission that satisfies the form's rules where that can be found. */
export function validExample(form: CompiledForm, options: ValidExampleOptions = {}): ValidExample {
  const seed = options.seed ?? 1;
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  const validate = (data: unknown, changes = false) =>
    form.validate(data, changes ? { referenceDate, prune: true, fill: true } : { referenceDate });
  const random = seededRandom(seed);

  const bases = (options.bases ?? []).filter((base) => validate(base).valid);
  if (bases.length > 0) {
    const data = structuredClone(bases[seed % bases.length]) as ExampleData;
    const generator = generatorFor(form.definition, random, { ...options, anchorDate: referenceDate });
    const tries = options.mutations ?? 25;
    for (let i = 0; i < tries; i++) {
      const all = leaves(form.tree.root, data, [], []);
      const leaf = all[Math.floor(random() * all.length)];
      if (!leaf) break;
      const before = getAt(data, leaf.tokens);
      setAt(data, leaf.tokens, generator.field(leaf.field));
      if (!validate(data).valid) setAt(data, leaf.tokens, before);
    }
    return { data, report: validate(data) };
  }

  let best: ValidExample | undefined;
  for (let attempt = 0; attempt < 30; attempt++) {
    let data = generateExample(form.definition, {
      ...options,
      anchorDate: referenceDate,
      seed: seed * 7919 + attempt,
    });
    for (let round = 0; round < 20; round++) {
      const report = validate(data, true);
      data = report.data as ExampleData;
      const errors = errorsOf(report);
      if (errors.length === 0) return { data, report: validate(data) };
      if (!best || errors.length < errorsOf(best.report).length)
        best = { data: structuredClone(data), report };
      let changed = false;
      for (const issue of errors) changed = repair(form, data, issue, random, referenceDate) || changed;
      if (!changed) break;
    }
  }
  const data = best?.data ?? generateExample(form.definition, options);
  return { data, report: validate(data) };
}
