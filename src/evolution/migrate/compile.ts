/**
 * Checks a migration against the two definitions it joins and turns it into a plan that
 * `migrate` runs. Checked when defined, not when data arrives: a path that does not exist in its
 * version, a value whose type does not fit its target, an expression that does not parse or
 * type-check against the old version, a code map naming codes outside the lists, and — the point
 * of the check — an incomplete migration: a required element of the new version that nothing
 * fills, or an old field that the new version lost and that is neither moved nor dropped with a
 * reason. All of these throw one `DefinitionError` listing every finding (`MIGRATION_*` codes).
 *
 * "Fills" means: an explicit step targets the element (or a group around it), or it has a
 * counterpart in the old version — the same key path (relative to a moved group) or, for an
 * element placed anew, the same FIM id — of a compatible type, or the new version computes it
 * (a `calculate` rule). An element that old data cannot provide is declared with an `ask` step;
 * the migration then compiles with a `MIGRATION_NEEDS_INPUT` warning and `complete: false`.
 */

import { formatMessage } from '../../issues/catalogue.js';
import { DefinitionError } from '../../model/definition-error.js';
import type { LintFinding } from '../../model/lint.js';
import type { CodeList, FormDefinition } from '../../model/types.js';
import { compileExpression, type Evaluator, scopeOf } from '../../rules/compile-expression.js';
import { parseExpression } from '../../rules/grammar.js';
import { baseOf } from '../../rules/values.js';
import { isIsoDate, isIsoDateTime, isIsoTime } from '../../text/temporal.js';
import { type CompiledForm, compile } from '../../validate/compile.js';
import { MIGRATION_CODES, type MigrationCode } from './codes.js';
import { type JsonValue, loadMigration, type Migration, type MigrationStep } from './format.js';
import { codesOf, type PathIndex, type PathNode, pathIndex, resolvePath, takesValue } from './paths.js';

/** Where a value of the new version comes from. @internal */
export type Source =
  | {
      readonly kind: 'carry';
      readonly old: PathNode;
      /** The step that moves or maps it; absent for a counterpart carried unchanged. */
      readonly step?: number;
      readonly action: 'kept' | 'moved' | 'mapped';
      readonly codes?: ReadonlyMap<string, string>;
    }
  | { readonly kind: 'default'; readonly value: JsonValue; readonly step: number; readonly reason: string }
  | {
      readonly kind: 'compute';
      readonly evaluate: Evaluator;
      readonly step: number;
      readonly action: 'computed' | 'split' | 'joined';
      /** Old fields the value replaces (split, join): read and reported with the new value. */
      readonly from: readonly PathNode[];
    };

/** An element to ask the applicant for, when its source (if any) gives no value. @internal */
export interface AskPlan {
  readonly step: number;
  readonly reason: string;
  /** Asked only when this holds on the old submission (unknown asks). */
  readonly when?: Evaluator;
}

/** A migration checked against its two definitions, ready for `migrate`. */
export interface CompiledMigration {
  readonly migration: Migration;
  readonly from: CompiledForm;
  readonly to: CompiledForm;
  /** Warnings of the check: elements to ask for (`MIGRATION_NEEDS_INPUT`), codes not covered. */
  readonly findings: readonly LintFinding[];
  /** The code lists both versions were checked with. */
  readonly codeLists: readonly CodeList[];
  /** True when old data fills every required element of the new version (no `ask` step). */
  readonly complete: boolean;
  /** @internal The plan `migrate` runs. */
  readonly plan: MigrationPlan;
}

/** @internal */
export interface MigrationPlan {
  readonly oldIndex: PathIndex;
  readonly newIndex: PathIndex;
  readonly sources: ReadonlyMap<PathNode, Source>;
  /** Elements to ask for when their source (if any) gives no value. */
  readonly asks: ReadonlyMap<PathNode, AskPlan>;
  /** Old elements dropped on purpose, with the step and reason. */
  readonly drops: ReadonlyMap<PathNode, { readonly step: number; readonly reason: string }>;
}

/** A definition or a compiled form. */
export type FormInput = FormDefinition | CompiledForm;

/** Options of `compileMigration`. */
export interface CompileMigrationOptions {
  /**
   * Code lists for both versions, besides those either definition carries (a list is pinned by
   * URI and version, so a list one version carries serves the other too).
   */
  readonly codeLists?: Iterable<CodeList>;
}

function definitionOf(form: FormInput): FormDefinition {
  return 'tree' in form ? form.definition : form;
}

/**
 * Checks a migration (the data, or JSON text) against the definitions of its two versions and
 * compiles it. Throws `DefinitionError` with every finding when the migration is wrong or
 * incomplete; the definitions themselves are compiled (and so linted) first.
 */
export function compileMigration(
  migration: unknown,
  from: FormInput,
  to: FormInput,
  options: CompileMigrationOptions = {},
): CompiledMigration {
  const loaded = loadMigration(migration);
  if (!loaded.ok) throw new DefinitionError(loaded.findings);
  const lists = [
    ...(definitionOf(from).codeLists ?? []),
    ...(definitionOf(to).codeLists ?? []),
    ...(options.codeLists ?? []),
  ];
  const compiledOf = (form: FormInput) =>
    'tree' in form ? form : lists.length > 0 ? compile(form, { codeLists: lists }) : compile(form);
  const fromForm = compiledOf(from);
  const toForm = compiledOf(to);
  const checker = new Checker(loaded.migration, fromForm.definition, toForm.definition, lists);
  checker.run();
  const errors = checker.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) throw new DefinitionError(errors);
  return {
    migration: loaded.migration,
    from: fromForm,
    to: toForm,
    findings: checker.findings,
    codeLists: lists,
    complete: checker.asks.size === 0,
    plan: {
      oldIndex: checker.oldIndex,
      newIndex: checker.newIndex,
      sources: checker.sources,
      asks: checker.asks,
      drops: checker.drops,
    },
  };
}

/** The name of a value's type, for messages. */
function typeOf(node: PathNode): string {
  const element = node.element;
  const base = element.kind === 'group' ? 'group' : `${element.feldart} ${element.datentyp}`;
  return node.repeated ? `list of ${base}` : base;
}

const WIDENINGS: Readonly<Record<string, readonly string[]>> = {
  text_latin: ['text'],
  num_int: ['num', 'num_currency'],
};

class Checker {
  readonly findings: LintFinding[] = [];
  readonly oldIndex: PathIndex;
  readonly newIndex: PathIndex;
  readonly sources = new Map<PathNode, Source>();
  readonly asks = new Map<PathNode, AskPlan>();
  readonly drops = new Map<PathNode, { step: number; reason: string }>();
  readonly #pendingAsks: { step: Extract<MigrationStep, { op: 'ask' }>; index: number; target: PathNode }[] =
    [];
  /** Old fields an explicit step consumes (move, split, join, mapCodes). */
  readonly #consumed = new Set<PathNode>();

  constructor(
    readonly migration: Migration,
    readonly oldDef: FormDefinition,
    readonly newDef: FormDefinition,
    readonly lists: readonly CodeList[],
  ) {
    this.oldIndex = pathIndex(oldDef);
    this.newIndex = pathIndex(newDef);
  }

  report(code: MigrationCode, pointer: string, keyPath: string, params: Record<string, unknown>): void {
    const info = MIGRATION_CODES[code];
    this.findings.push({
      code,
      severity: info.severity,
      path: pointer,
      keyPath,
      message: { de: formatMessage(info.de, params), en: formatMessage(info.en, params) },
      params,
    });
  }

  run(): void {
    const m = this.migration;
    const formMatches = (def: FormDefinition) => m.form === def.key || m.form === def.id;
    if (!formMatches(this.oldDef) || !formMatches(this.newDef)) {
      const actual = formMatches(this.oldDef) ? this.newDef.key : this.oldDef.key;
      this.report('MIGRATION_WRONG_VERSION', '/form', '', { what: 'form', expected: m.form, actual });
    }
    if (m.from !== this.oldDef.version) {
      this.report('MIGRATION_WRONG_VERSION', '/from', '', {
        what: 'version',
        expected: m.from,
        actual: this.oldDef.version,
      });
    }
    if (m.to !== this.newDef.version) {
      this.report('MIGRATION_WRONG_VERSION', '/to', '', {
        what: 'version',
        expected: m.to,
        actual: this.newDef.version,
      });
    }
    // Each step is applied when the walk reaches its target: parents come before their children,
    // so a step inside a repeat sees how the repeat is carried.
    const pending = new Map<PathNode, { step: number; apply: () => void }[]>();
    for (const [index, step] of m.steps.entries()) {
      for (const { node, apply } of this.#plan(step, index)) {
        pending.set(node, [...(pending.get(node) ?? []), { step: index, apply }]);
      }
    }
    for (const node of this.newIndex.nodes) {
      const applies = pending.get(node);
      if (applies === undefined) {
        if (takesValue(node)) this.#implicit(node);
        continue;
      }
      if (applies.length > 1) {
        this.report('MIGRATION_DUPLICATE_TARGET', `/steps/${applies[1]?.step}`, node.path, {
          to: node.path,
          steps: applies.map((apply) => apply.step).join(', '),
        });
      }
      applies[0]?.apply();
    }
    for (const { step, index, target } of this.#pendingAsks) this.#ask(step, index, target);
    this.#completeness();
    this.#oldFieldsHandled();
  }

  /** Resolves a path of one version, reporting what is wrong with it. */
  resolve(index: PathIndex, path: string, pointer: string): PathNode | undefined {
    const resolved = resolvePath(index, path);
    if (resolved.ok) return resolved.node;
    const version = index.definition.version;
    if (resolved.problem.kind === 'syntax') this.report('MIGRATION_PATH_SYNTAX', pointer, path, { path });
    else if (resolved.problem.kind === 'unknown')
      this.report('MIGRATION_UNKNOWN_PATH', pointer, path, { path, version });
    else this.report('MIGRATION_LIST_STEP', pointer, path, { path, key: resolved.problem.key });
    return undefined;
  }

  /** Resolves a step's paths (reporting what is wrong) and returns what it does per target. */
  #plan(step: MigrationStep, index: number): { node: PathNode; apply: () => void }[] {
    const at = `/steps/${index}`;
    switch (step.op) {
      case 'move': {
        const old = this.resolve(this.oldIndex, step.from, `${at}/from`);
        const target = this.resolve(this.newIndex, step.to, `${at}/to`);
        if (old) this.#consumed.add(old);
        if (!old || !target) return [];
        return [{ node: target, apply: () => this.#move(step, index, old, target) }];
      }
      case 'mapCodes': {
        const toPath = step.to ?? step.from;
        const old = this.resolve(this.oldIndex, step.from, `${at}/from`);
        const target = this.resolve(this.newIndex, toPath, step.to === undefined ? `${at}/from` : `${at}/to`);
        if (old) this.#consumed.add(old);
        if (!old || !target) return [];
        return [{ node: target, apply: () => this.#mapCodes(step, index, old, target) }];
      }
      case 'split': {
        const old = this.resolve(this.oldIndex, step.from, `${at}/from`);
        if (old) this.#consumed.add(old);
        return step.to.flatMap(({ path, expression }, part) => {
          const target = this.resolve(this.newIndex, path, `${at}/to/${part}/path`);
          if (!target || !old) return [];
          const where = `${at}/to/${part}`;
          return [
            { node: target, apply: () => this.#compute(target, expression, index, where, 'split', [old]) },
          ];
        });
      }
      case 'join': {
        const olds = step.from.map((path, part) => this.resolve(this.oldIndex, path, `${at}/from/${part}`));
        for (const old of olds) if (old) this.#consumed.add(old);
        const target = this.resolve(this.newIndex, step.to, `${at}/to`);
        const found = olds.filter((old) => old !== undefined);
        if (!target || found.length < olds.length) return [];
        return [
          { node: target, apply: () => this.#compute(target, step.expression, index, at, 'joined', found) },
        ];
      }
      case 'compute': {
        const target = this.resolve(this.newIndex, step.to, `${at}/to`);
        if (!target) return [];
        return [
          { node: target, apply: () => this.#compute(target, step.expression, index, at, 'computed', []) },
        ];
      }
      case 'default': {
        const target = this.resolve(this.newIndex, step.to, `${at}/to`);
        if (!target) return [];
        return [
          {
            node: target,
            apply: () => {
              if (!this.#context(target, at)) return;
              if (!valueFits(step.value, target, this.lists)) {
                this.report('MIGRATION_DEFAULT_INVALID', `${at}/value`, step.to, {
                  step: index,
                  to: step.to,
                  toType: typeOf(target),
                });
                return;
              }
              this.sources.set(target, {
                kind: 'default',
                value: step.value,
                step: index,
                reason: step.reason,
              });
            },
          },
        ];
      }
      case 'ask': {
        const target = this.resolve(this.newIndex, step.to, `${at}/to`);
        if (target) this.#pendingAsks.push({ step, index, target });
        return [];
      }
      case 'drop': {
        const old = this.resolve(this.oldIndex, step.from, `${at}/from`);
        if (old) this.drops.set(old, { step: index, reason: step.reason });
        return [];
      }
    }
  }

  #ask(step: Extract<MigrationStep, { op: 'ask' }>, index: number, target: PathNode): void {
    const at = `/steps/${index}`;
    const earlier = this.asks.get(target);
    if (earlier) {
      this.report('MIGRATION_DUPLICATE_TARGET', at, target.path, {
        to: target.path,
        steps: `${earlier.step}, ${index}`,
      });
      return;
    }
    const host = this.#context(target, at);
    if (!host) return;
    let when: Evaluator | undefined;
    if (step.when !== undefined) {
      when = this.#expression(step.when, host.keys, index, `${at}/when`, target, 'boolean');
      if (!when) return;
    }
    this.asks.set(target, { step: index, reason: step.reason, ...(when ? { when } : {}) });
    this.report('MIGRATION_NEEDS_INPUT', at, step.to, { to: step.to, reason: step.reason });
  }

  /** Parses and type-checks an expression over the old version; reports and returns undefined when wrong. */
  #expression(
    expression: string,
    keys: readonly string[],
    index: number,
    pointer: string,
    target: PathNode,
    wanted: string,
  ): Evaluator | undefined {
    const path = target.path;
    const parsed = parseExpression(expression);
    if (!parsed.ok) {
      this.report('MIGRATION_EXPRESSION', pointer, path, {
        step: index,
        to: path,
        reason: parsed.error.code,
        position: parsed.error.position,
        detail: parsed.error.message.en,
      });
      return undefined;
    }
    const compiled = compileExpression(parsed.ast, scopeOf(this.oldDef), { keys, perItem: keys.length > 0 });
    const first = compiled.findings[0];
    if (first) {
      this.report('MIGRATION_EXPRESSION', pointer, path, {
        step: index,
        to: path,
        reason: first.code,
        position: first.at,
        detail: JSON.stringify(first.params),
      });
      return undefined;
    }
    const type = compiled.type;
    if ((type.list && !target.repeated) || (type.base !== 'null' && type.base !== wanted)) {
      this.report('MIGRATION_TYPE_MISMATCH', pointer, path, {
        from: `step ${index}`,
        to: path,
        fromType: type.list ? `list of ${type.base}` : type.base,
        toType: wanted === 'boolean' ? 'boolean' : typeOf(target),
      });
      return undefined;
    }
    return compiled.evaluate;
  }

  #move(
    step: { readonly from: string; readonly to: string },
    index: number,
    old: PathNode,
    target: PathNode,
  ): void {
    const at = `/steps/${index}`;
    const misfit = this.#misfit(old, target);
    if (misfit !== undefined) {
      this.report('MIGRATION_TYPE_MISMATCH', at, step.to, {
        from: step.from,
        to: step.to,
        fromType: typeOf(old),
        toType: misfit,
      });
      return;
    }
    if (this.#listsMatch(old, target, at)) {
      this.sources.set(target, { kind: 'carry', old, step: index, action: 'moved' });
    }
  }

  #mapCodes(
    step: Extract<MigrationStep, { op: 'mapCodes' }>,
    index: number,
    old: PathNode,
    target: PathNode,
  ): void {
    const at = `/steps/${index}`;
    const toPath = step.to ?? step.from;
    const oldField = old.element.kind === 'field' ? old.element : undefined;
    const newField = target.element.kind === 'field' ? target.element : undefined;
    const oldCodes = oldField && codesOf(oldField, this.lists);
    const newCodes = newField && codesOf(newField, this.lists);
    if (!oldCodes || !newCodes || old.repeated !== target.repeated) {
      this.report('MIGRATION_TYPE_MISMATCH', at, toPath, {
        from: step.from,
        to: toPath,
        fromType: typeOf(old),
        toType: typeOf(target),
      });
      return;
    }
    let ok = true;
    for (const [code, mapped] of Object.entries(step.codes)) {
      if (!oldCodes.has(code)) {
        ok = false;
        this.report('MIGRATION_UNKNOWN_CODE', `${at}/codes`, step.from, {
          step: index,
          code,
          path: step.from,
          version: this.oldDef.version,
        });
      }
      if (!newCodes.has(mapped)) {
        ok = false;
        this.report('MIGRATION_UNKNOWN_CODE', `${at}/codes`, toPath, {
          step: index,
          code: mapped,
          path: toPath,
          version: this.newDef.version,
        });
      }
    }
    if (!ok || !this.#listsMatch(old, target, at)) return;
    const uncovered = [...oldCodes].filter((code) => !Object.hasOwn(step.codes, code) && !newCodes.has(code));
    if (uncovered.length > 0) {
      this.report('MIGRATION_CODES_UNCOVERED', `${at}/codes`, step.from, {
        step: index,
        from: step.from,
        codes: uncovered.join(', '),
      });
    }
    this.sources.set(target, {
      kind: 'carry',
      old,
      step: index,
      action: 'mapped',
      codes: new Map(Object.entries(step.codes)),
    });
  }

  #compute(
    target: PathNode,
    expression: string,
    index: number,
    at: string,
    action: 'computed' | 'split' | 'joined',
    from: readonly PathNode[],
  ): void {
    const path = target.path;
    const host = this.#context(target, at);
    if (!host) return;
    for (const old of from) {
      const above = old.repeats.filter((repeat) => repeat !== old);
      if (!above.every((repeat, level) => host.repeats[level] === repeat)) {
        this.report('MIGRATION_LIST_MISMATCH', at, path, { from: old.path, to: path });
        return;
      }
    }
    const field = target.element.kind === 'field' ? target.element : undefined;
    const evaluate = this.#expression(
      expression,
      host.keys,
      index,
      `${at}/expression`,
      target,
      field ? baseOf(field.datentyp) : 'group',
    );
    if (!evaluate) return;
    this.sources.set(target, { kind: 'compute', evaluate, step: index, action, from });
  }

  /**
   * The old element whose items a target inside repeats is evaluated in: every repeat above the
   * target must be carried from an old repeat. Returns the keys and repeats of that context.
   */
  #context(
    target: PathNode,
    at: string,
  ): { keys: readonly string[]; repeats: readonly PathNode[] } | undefined {
    const above = target.repeats.filter((repeat) => repeat !== target);
    const olds: PathNode[] = [];
    for (const repeat of above) {
      const source = this.sources.get(repeat);
      if (source?.kind !== 'carry') {
        this.report('MIGRATION_LIST_MISMATCH', at, target.path, { from: '(none)', to: target.path });
        return undefined;
      }
      olds.push(source.old);
    }
    const innermost = olds[olds.length - 1];
    return { keys: innermost ? innermost.keys : [], repeats: olds };
  }

  /** Whether the repeats above an old element correspond to those above its target. */
  #listsMatch(old: PathNode, target: PathNode, at: string): boolean {
    const oldAbove = old.repeats.filter((repeat) => repeat !== old);
    const newAbove = target.repeats.filter((repeat) => repeat !== target);
    const matches =
      oldAbove.length === newAbove.length &&
      newAbove.every((repeat, level) => {
        const source = this.sources.get(repeat);
        return source?.kind === 'carry' && source.old === oldAbove[level];
      });
    if (!matches)
      this.report('MIGRATION_LIST_MISMATCH', at, target.path, { from: old.path, to: target.path });
    return matches;
  }

  /** Why an old element's value does not fit a new one (the new type), or undefined. */
  #misfit(old: PathNode, target: PathNode): string | undefined {
    const a = old.element;
    const b = target.element;
    if (a.kind !== b.kind || old.repeated !== target.repeated) return typeOf(target);
    if (a.kind === 'group' || b.kind === 'group') return undefined;
    if (b.feldart === 'label' || a.feldart === 'label') return typeOf(target);
    if (a.datentyp !== b.datentyp && !(WIDENINGS[a.datentyp] ?? []).includes(b.datentyp))
      return typeOf(target);
    if (b.feldart === 'select' || b.datentyp === 'bool') {
      const newCodes = codesOf(b, this.lists);
      const oldCodes = codesOf(a, this.lists);
      if (newCodes && oldCodes) {
        const missing = [...oldCodes].filter((code) => !newCodes.has(code));
        if (missing.length > 0) return `${typeOf(target)} without the codes ${missing.join(', ')}`;
      } else if (newCodes || a.codeList?.uri !== b.codeList?.uri) {
        return `${typeOf(target)} with other codes`;
      }
    }
    return undefined;
  }

  /** A counterpart in the old version: same key (inside the carried parent), else same FIM id. */
  #implicit(node: PathNode): void {
    const parentSource = node.parent ? this.sources.get(node.parent) : undefined;
    let candidate: PathNode | undefined;
    if (node.parent === undefined) {
      candidate = this.oldIndex.roots.find((old) => old.element.key === node.element.key);
    } else if (parentSource?.kind === 'carry') {
      candidate = parentSource.old.children.find((old) => old.element.key === node.element.key);
    } else if (parentSource === undefined) {
      candidate = this.oldIndex.byPath.get(node.path);
    }
    if (candidate === undefined && !this.oldIndex.byPath.has(node.path)) {
      const sameId = (this.oldIndex.byId.get(node.element.id) ?? []).filter(
        (old) => !this.newIndex.byPath.has(old.path),
      );
      if (sameId.length === 1) candidate = sameId[0];
    }
    if (!candidate || !takesValue(candidate) || this.#misfit(candidate, node) !== undefined) return;
    const oldAbove = candidate.repeats.filter((repeat) => repeat !== candidate);
    const newAbove = node.repeats.filter((repeat) => repeat !== node);
    const lists =
      oldAbove.length === newAbove.length &&
      newAbove.every((repeat, level) => {
        const source = this.sources.get(repeat);
        return source?.kind === 'carry' && source.old === oldAbove[level];
      });
    if (!lists) return;
    this.sources.set(node, { kind: 'carry', old: candidate, action: 'kept' });
  }

  #completeness(): void {
    const filled = new Set<PathNode>();
    const calculated = (node: PathNode) =>
      node.element.kind === 'field' &&
      (node.element.rules ?? []).some((rule) => rule.ruleKind === 'calculate');
    // Children after parents: mark filled leaves, then their groups upwards.
    for (const node of this.newIndex.nodes) {
      const source = this.sources.get(node);
      if (source || calculated(node)) {
        for (let at: PathNode | undefined = node; at; at = at.parent) filled.add(at);
      }
    }
    // An element is covered by a step of its own or by a question about a group around it.
    const covered = (node: PathNode): boolean => {
      if (this.sources.has(node)) return true;
      for (let at: PathNode | undefined = node; at; at = at.parent) if (this.asks.has(at)) return true;
      return false;
    };
    const mayExist = (node: PathNode | undefined): boolean =>
      node === undefined ||
      this.sources.has(node) ||
      this.asks.has(node) ||
      filled.has(node) ||
      (node.min >= 1 && mayExist(node.parent));
    const requiredChild = (node: PathNode) =>
      node.children.some((child) => child.min >= 1 && takesValue(child));
    for (const node of this.newIndex.nodes) {
      if (!takesValue(node) || node.min < 1 || covered(node) || filled.has(node)) continue;
      if (!mayExist(node.parent)) continue;
      if (node.element.kind === 'group' && requiredChild(node)) continue;
      this.report('MIGRATION_INCOMPLETE', '/steps', node.path, {
        to: node.path,
        version: this.newDef.version,
      });
    }
  }

  #oldFieldsHandled(): void {
    const carried = new Set<PathNode>();
    for (const source of this.sources.values()) {
      if (source.kind === 'carry') carried.add(source.old);
    }
    const handled = (node: PathNode): boolean => {
      if (carried.has(node) || this.#consumed.has(node)) return true;
      for (let at: PathNode | undefined = node; at; at = at.parent) if (this.drops.has(at)) return true;
      return false;
    };
    for (const node of this.oldIndex.nodes) {
      if (node.element.kind !== 'field' || !takesValue(node) || handled(node)) continue;
      this.report('MIGRATION_UNHANDLED', '/steps', node.path, {
        from: node.path,
        version: this.oldDef.version,
      });
    }
  }
}

/** Whether a JSON value can be the value of a field (type, codes; praezisierung is checked by validation). */
export function valueFits(value: unknown, node: PathNode, lists: readonly CodeList[]): boolean {
  const field = node.element;
  if (field.kind !== 'field') return typeof value === 'object' && value !== null;
  if (node.repeated) {
    return (
      Array.isArray(value) && value.every((item) => valueFits(item, { ...node, repeated: false }, lists))
    );
  }
  const codes = field.feldart === 'select' ? codesOf(field, lists) : undefined;
  if (codes && typeof value === 'string' && !codes.has(value)) return false;
  switch (field.datentyp) {
    case 'text':
    case 'text_latin':
      return typeof value === 'string';
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'time':
      return typeof value === 'string' && isIsoTime(value);
    case 'datetime':
      return typeof value === 'string' && isIsoDateTime(value);
    case 'bool':
      return typeof value === 'boolean';
    case 'num':
    case 'num_currency':
      return typeof value === 'number' && Number.isFinite(value);
    case 'num_int':
      return typeof value === 'number' && Number.isInteger(value);
    default:
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}
