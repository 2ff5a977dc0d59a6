/**
 * Runs a compiled migration on one submission. Never throws on data: the result holds the new
 * submission, every change made (moved, mapped, defaulted, computed, split, joined, dropped,
 * answered, filled — with old and new JSON pointers and values), and issues with stable codes
 * (`MIGRATE_*`) where the input is not a valid old submission or a value cannot be carried.
 *
 * Nothing is lost silently: every value of the old submission is carried, reported as dropped
 * (with the migration's reason), or reported as an issue with its value. Computed values of the
 * new version (its `calculate` rules) are filled from the migrated data, as validation's `fill`
 * does, and reported as `filled`.
 */

import type { Issue } from '../../issues/issue.js';
import { buildIssue } from '../../issues/issue.js';
import { pointerAppend } from '../../issues/pointer.js';
import { toPlainData } from '../../rules/plan.js';
import { todayUtc } from '../../validate/compile.js';
import type { ValidationReport } from '../../validate/result.js';
import { MIGRATION_CODES, type MigrationCode } from './codes.js';
import { type AskPlan, type CompiledMigration, type Source, valueFits } from './compile.js';
import type { PathNode } from './paths.js';

/** What `migrate` did to one value. */
export interface MigrationChange {
  readonly action:
    | 'moved'
    | 'mapped'
    | 'defaulted'
    | 'computed'
    | 'split'
    | 'joined'
    | 'dropped'
    | 'answered'
    | 'filled';
  /** JSON pointer of the value in the old submission. */
  readonly from?: string;
  /** JSON pointer of the value in the new submission. */
  readonly to?: string;
  readonly old?: unknown;
  readonly new?: unknown;
  /** The migration step (index into `steps`) or the new version's rule id that did it. */
  readonly step?: number;
  readonly rule?: string;
  /** Why (defaults and drops carry the migration's reason). */
  readonly reason?: string;
}

/** Options of `migrate`. */
export interface MigrateOptions {
  /** The day the rules of both versions treat as today (default: today in UTC). */
  readonly referenceDate?: string;
  /**
   * Answers for the elements the migration asks for (`ask` steps): a partial submission of the
   * new version; the value at the same place is taken.
   */
  readonly answers?: Readonly<Record<string, unknown>>;
  /** Fill the new version's computed values (default true). */
  readonly fill?: boolean;
}

/** The result of `migrate`. */
export interface MigrationResult {
  /** The submission in the new version. */
  readonly data: Record<string, unknown>;
  readonly from: string;
  readonly to: string;
  readonly changes: readonly MigrationChange[];
  /** `MIGRATE_*` issues: invalid input, values that could not be carried, elements to ask for. */
  readonly issues: readonly Issue[];
  /** No issue of severity error: nothing lost, nothing missing. Validity under the new version's
   * rules is a separate question: validate `data` with the new version. */
  readonly complete: boolean;
  /** The input validated against the old version (`MIGRATE_INPUT_INVALID` summarises its errors). */
  readonly input: ValidationReport;
}

type Data = Record<string, unknown>;

/** A value as JSON text for a message param: bounded, and never a throw (a cyclic object from a caller). */
function show(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) return String(typeof value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** A copy of a caller's value; the value itself when it cannot be copied (a function inside). */
function copy<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Migrates one submission with a compiled migration. Never throws on bad data. */
export function migrate(
  submission: unknown,
  migration: CompiledMigration,
  options: MigrateOptions = {},
): MigrationResult {
  const run = new Run(migration, submission, options);
  return run.result();
}

class Run {
  readonly changes: MigrationChange[] = [];
  readonly issues: Issue[] = [];
  /** Old pointers whose values were carried (or reported): the rest must be dropped or reported. */
  readonly consumed = new Set<string>();
  readonly referenceDate: string;
  readonly old: Data;

  constructor(
    readonly migration: CompiledMigration,
    readonly submission: unknown,
    readonly options: MigrateOptions,
  ) {
    this.referenceDate = options.referenceDate ?? todayUtc();
    this.old = isRecord(submission) ? submission : {};
  }

  issue(code: MigrationCode, path: string, params: Record<string, unknown>): void {
    const info = MIGRATION_CODES[code];
    this.issues.push(buildIssue(code, info.severity, info, path, params));
  }

  result(): MigrationResult {
    const { from, to } = this.migration;
    const input = from.validate(this.submission, { referenceDate: this.referenceDate });
    const inputErrors = input.issues.filter((issue) => issue.severity === 'error').length;
    if (inputErrors > 0) {
      this.issue('MIGRATE_INPUT_INVALID', '', {
        form: from.definition.key,
        version: from.definition.version,
        count: inputErrors,
      });
    }
    let data: Data = {};
    this.container(this.migration.plan.newIndex.roots, [], data, '', true);
    this.leftOver(this.migration.plan.oldIndex.roots, this.old, '');
    if (this.options.fill !== false) {
      const filled = to.validate(data, { referenceDate: this.referenceDate, fill: true });
      if (isRecord(filled.data)) data = filled.data;
      for (const issue of filled.issues) {
        if (issue.code !== 'CALCULATED_FILLED') continue;
        const rule = issue.params.ruleId;
        this.changes.push({
          action: 'filled',
          to: issue.path,
          new: issue.params.expected,
          ...(typeof rule === 'string' ? { rule } : {}),
        });
      }
    }
    return {
      data,
      from: from.definition.version,
      to: to.definition.version,
      changes: this.changes,
      issues: this.issues,
      complete: !this.issues.some((issue) => issue.severity === 'error'),
      input,
    };
  }

  /**
   * Builds the values of new elements into `target`. `indices` are the item positions in the old
   * repeats the current new repeats are carried from, outermost first; `present` is false inside
   * a group the old data does not have (only steps that need no old value apply there).
   */
  container(
    nodes: readonly PathNode[],
    indices: readonly number[],
    target: Data,
    pointer: string,
    present: boolean,
  ): void {
    for (const node of nodes) {
      const here = pointerAppend(pointer, node.element.key);
      const source = this.migration.plan.sources.get(node);
      const ask = this.migration.plan.asks.get(node);
      // An asked element without a source is the answer's alone (no empty group is made up).
      if (ask && !source) {
        if (present) this.ask(node, ask, indices, target, here);
        continue;
      }
      if (node.element.kind === 'group') this.group(node, source, indices, target, here, present);
      else if (node.element.feldart !== 'label') this.field(node, source, indices, target, here, present);
      if (ask && present && !Object.hasOwn(target, node.element.key))
        this.ask(node, ask, indices, target, here);
    }
  }

  group(
    node: PathNode,
    source: Source | undefined,
    indices: readonly number[],
    target: Data,
    here: string,
    present: boolean,
  ): void {
    if (source?.kind === 'carry') {
      const read = this.read(source.old, indices);
      if (read.value === undefined) return;
      if (source.action === 'moved') {
        this.changes.push({
          action: 'moved',
          from: read.pointer,
          to: here,
          ...(source.step !== undefined ? { step: source.step } : {}),
        });
      }
      if (node.repeated) {
        if (!Array.isArray(read.value)) {
          this.unfit(read.pointer, here, read.value);
          return;
        }
        const items: Data[] = [];
        for (const [index, item] of read.value.entries()) {
          const built: Data = {};
          if (isRecord(item))
            this.container(node.children, [...indices, index], built, `${here}/${index}`, true);
          items.push(built);
        }
        target[node.element.key] = items;
      } else {
        if (!isRecord(read.value)) {
          this.unfit(read.pointer, here, read.value);
          return;
        }
        const built: Data = {};
        this.container(node.children, indices, built, here, true);
        target[node.element.key] = built;
      }
      return;
    }
    // A group new in this version: present when something fills it, or when it is required.
    if (node.repeated) return;
    const built: Data = {};
    this.container(node.children, indices, built, here, present);
    if (Object.keys(built).length > 0 || (present && node.min >= 1)) target[node.element.key] = built;
  }

  field(
    node: PathNode,
    source: Source | undefined,
    indices: readonly number[],
    target: Data,
    here: string,
    present: boolean,
  ): void {
    if (source === undefined) return;
    const key = node.element.key;
    switch (source.kind) {
      case 'default':
        if (!present) return;
        target[key] = copy(source.value);
        this.changes.push({
          action: 'defaulted',
          to: here,
          new: source.value,
          step: source.step,
          reason: source.reason,
        });
        return;
      case 'compute': {
        let value: unknown = null;
        try {
          value = toPlainData(
            source.evaluate({ root: this.old, indices, referenceDate: this.referenceDate }),
          );
        } catch {
          value = null;
        }
        const inputs = source.from.map((old) => this.read(old, indices));
        for (const input of inputs) if (input.value !== undefined) this.consumed.add(input.pointer);
        if (value === null || value === undefined) {
          const hadInput = inputs.some((input) => input.value !== undefined);
          if (hadInput || (present && node.min >= 1 && source.from.length === 0)) {
            for (const input of inputs) {
              if (input.value !== undefined) this.unfit(input.pointer, here, input.value);
            }
            if (!hadInput) this.issue('MIGRATE_NO_VALUE', here, { to: here });
          }
          return;
        }
        if (!valueFits(value, node, this.migration.codeLists)) {
          this.issue('MIGRATE_VALUE_UNFIT', here, {
            from: `step ${source.step}`,
            to: here,
            value: show(value),
          });
          return;
        }
        target[key] = value;
        if (inputs.length === 0) {
          this.changes.push({ action: 'computed', to: here, new: value, step: source.step });
        }
        for (const input of inputs) {
          if (input.value === undefined) continue;
          this.changes.push({
            action: source.action,
            from: input.pointer,
            old: input.value,
            to: here,
            new: value,
            step: source.step,
          });
        }
        return;
      }
      case 'carry': {
        const read = this.read(source.old, indices);
        if (read.value === undefined) return;
        this.consumed.add(read.pointer);
        let value = read.value;
        if (source.codes) {
          const mapped = this.mapCodes(value, source.codes, node, read.pointer);
          if (mapped === undefined) return;
          value = mapped;
        }
        if (!valueFits(value, node, this.migration.codeLists)) {
          this.unfit(read.pointer, here, read.value);
          return;
        }
        target[key] = value;
        if (source.action !== 'kept') {
          this.changes.push({
            action: source.action,
            from: read.pointer,
            to: here,
            old: read.value,
            new: value,
            ...(source.step !== undefined ? { step: source.step } : {}),
          });
        }
        return;
      }
    }
  }

  /** Maps codes (booleans by `"true"`/`"false"`); an unmapped code the new field allows is kept. */
  mapCodes(value: unknown, codes: ReadonlyMap<string, string>, node: PathNode, pointer: string): unknown {
    const one = (item: unknown, at: string): string | undefined => {
      const text = typeof item === 'boolean' ? String(item) : typeof item === 'string' ? item : undefined;
      const mapped = text === undefined ? undefined : codes.get(text);
      if (mapped !== undefined) return mapped;
      const probe = { ...node, repeated: false };
      if (typeof item === 'string' && valueFits(item, probe, this.migration.codeLists)) return item;
      this.issue('MIGRATE_UNMAPPED_CODE', at, { from: at, value: show(item) });
      return undefined;
    };
    if (node.repeated) {
      if (!Array.isArray(value)) return value;
      const out = value.map((item, index) => one(item, `${pointer}/${index}`));
      const kept = out.filter((item) => item !== undefined);
      return kept.length > 0 ? kept : undefined;
    }
    return one(value, pointer);
  }

  ask(node: PathNode, source: AskPlan, indices: readonly number[], target: Data, here: string): void {
    if (source.when) {
      let applies: unknown = null;
      try {
        applies = source.when({ root: this.old, indices, referenceDate: this.referenceDate });
      } catch {
        applies = null;
      }
      // Unknown (null) asks: better one question too many than a value missing.
      if (applies === false) return;
    }
    const answer = this.answerAt(here);
    if (
      answer !== undefined &&
      (node.element.kind === 'group' || valueFits(answer, node, this.migration.codeLists))
    ) {
      target[node.element.key] = copy(answer);
      this.changes.push({ action: 'answered', to: here, new: answer, step: source.step });
      return;
    }
    this.issue('MIGRATE_NEEDS_INPUT', here, { to: here, reason: source.reason });
  }

  answerAt(pointer: string): unknown {
    let value: unknown = this.options.answers;
    for (const token of pointer.split('/').slice(1)) {
      const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
      if (Array.isArray(value)) value = value[Number(key)];
      else if (isRecord(value) && Object.hasOwn(value, key)) value = value[key];
      else return undefined;
    }
    return value;
  }

  unfit(from: string, to: string, value: unknown): void {
    this.consumed.add(from);
    this.issue('MIGRATE_VALUE_UNFIT', from, { from, to, value: show(value) });
  }

  /** The old value of an element at the current items, with its pointer (undefined when absent). */
  read(node: PathNode, indices: readonly number[]): { value: unknown; pointer: string } {
    const chain: PathNode[] = [];
    for (let at: PathNode | undefined = node; at; at = at.parent) chain.unshift(at);
    let value: unknown = this.old;
    let pointer = '';
    let level = 0;
    for (const step of chain) {
      if (!isRecord(value) || !Object.hasOwn(value, step.element.key)) return { value: undefined, pointer };
      value = value[step.element.key];
      pointer = pointerAppend(pointer, step.element.key);
      if (step !== node && step.repeated && step.element.kind === 'group') {
        const index = indices[level++];
        if (!Array.isArray(value) || index === undefined) return { value: undefined, pointer };
        value = value[index];
        pointer = pointerAppend(pointer, index);
      }
    }
    return { value, pointer };
  }

  /** Old values neither carried nor reported: dropped on purpose, or reported as left over. */
  leftOver(nodes: readonly PathNode[], record: unknown, pointer: string): void {
    if (!isRecord(record)) return;
    const drops = this.migration.plan.drops;
    for (const [key, value] of Object.entries(record)) {
      const here = pointerAppend(pointer, key);
      const node = nodes.find((candidate) => candidate.element.key === key);
      const drop = node ? drops.get(node) : undefined;
      if (this.consumed.has(here)) continue;
      if (drop) {
        this.changes.push({
          action: 'dropped',
          from: here,
          old: value,
          step: drop.step,
          reason: drop.reason,
        });
        continue;
      }
      if (node?.element.kind === 'group') {
        const items = node.repeated && Array.isArray(value) ? value : node.repeated ? undefined : [value];
        if (items) {
          for (const [index, item] of items.entries()) {
            this.leftOver(node.children, item, node.repeated ? pointerAppend(here, index) : here);
          }
          continue;
        }
      }
      this.issue('MIGRATE_VALUE_LEFT_OVER', here, {
        from: here,
        value: show(value),
      });
    }
  }
}
