/**
 * Ahead-of-time validation: `compileToModule(definition)` writes a standalone ES module that
 * validates submissions of one form (structure, praezisierung, code lists and rules) as
 * straight-line JavaScript, importing only `antrag/runtime`. It runs under a strict
 * Content-Security-Policy (a static file: no `eval`, no `new Function`) and needs neither the
 * rule parser nor the linter nor the XSD regex translator.
 *
 * The module is generated from the compiled form (`compile(definition)`): the walk below visits
 * its tree once and writes, per element, the code the interpreter's walk (src/validate/walk.ts)
 * would run for it, calling the same run-time functions. Both give identical reports: issues,
 * order, messages and paths (a property test says so).
 *
 * The module exports `validate(data, options?)` (the options of `CompiledForm.validate`) and
 * `form` (id, version, key of the definition).
 */

import type { ElementRef } from '../issues/issue.js';
import { pointerAppend } from '../issues/pointer.js';
import type { CodeListRegistry } from '../model/codelists.js';
import type { CodeList, FormDefinition } from '../model/types.js';
import { compile } from '../validate/compile.js';
import type { ValidationLimits } from '../validate/limits.js';
import { relatedPlan } from '../validate/related.js';
import type { ElementRules, ExecutableRule } from '../validate/rule-binding.js';
import type { CompiledChild, CompiledContainer, CompiledTree } from '../validate/tree.js';
import type { ValueSpec } from '../validate/values.js';
import { functionSource, type Hoist, type HoistCode } from './expression.js';
import { literal } from './literal.js';

/** Options of `compileToModule`. */
export interface ModuleOptions {
  /** Code lists written into the module, in addition to those the definition carries. */
  readonly codeLists?: CodeListRegistry | Iterable<CodeList>;
  /** The limits the module validates with; see `DEFAULT_VALIDATION_LIMITS`. */
  readonly limits?: Partial<ValidationLimits>;
  /** The module specifier of the runtime (default `antrag/runtime`). */
  readonly runtime?: string;
}

/** What a generated module imports from the runtime (a test keeps it equal to the runtime's exports). */
export const RUNTIME_NAMES = [
  'FUNCTIONS',
  'arith',
  'callEager',
  'callPerItem',
  'checkBinary',
  'checkCode',
  'checkItemRules',
  'checkNumber',
  'checkOccurrenceRules',
  'checkTemporal',
  'checkText',
  'convert',
  'describeType',
  'equalValues',
  'failedRelevance',
  'fillCalculated',
  'hasUnknownKey',
  'isRecord',
  'item',
  'logic',
  'logicRight',
  'makeIssue',
  'neg',
  'not',
  'numberIsValid',
  'orderValues',
  'ordered',
  'own',
  'readFan',
  'reportIrrelevant',
  'reportUnknownKeys',
  'runValidation',
  'temporalIsValid',
  'textIsValid',
  'toPlainData',
  'within',
] as const;

const CHECKERS = {
  text: 'checkText',
  number: 'checkNumber',
  bool: undefined,
  date: 'checkTemporal',
  time: 'checkTemporal',
  datetime: 'checkTemporal',
  code: 'checkCode',
  file: 'checkBinary',
  obj: 'checkBinary',
} as const;

/**
 * Writes the validator module of a definition. Lints it first, as `compile` does, and throws a
 * `DefinitionError` when it is broken.
 */
export function compileToModule(definition: FormDefinition, options: ModuleOptions = {}): string {
  const form = compile(definition, {
    ...(options.codeLists ? { codeLists: options.codeLists } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  return new ModuleWriter(form.tree, form.limits).write(definition, options.runtime ?? 'antrag/runtime');
}

class ModuleWriter {
  private readonly constants: string[] = [];
  private readonly names = new Map<object, string>();
  private readonly shapes = new Map<CompiledContainer, string>();
  private readonly functions: string[] = [];
  private count = 0;

  constructor(
    private readonly tree: CompiledTree,
    private readonly limits: ValidationLimits,
  ) {}

  write(definition: FormDefinition, runtime: string): string {
    const limits = this.hoist(this.limits, 'LIMITS');
    const order = this.shape(this.tree.root);
    const root = this.container(this.tree.root, ROOT_PATH, 0);
    const formRules = this.rules(this.tree.formRules);
    const formRef = this.ref(this.tree.formRef);
    const formRulesCall = formRules ? `checkItemRules(${formRules}, ${formRef}, s.root, "", s, true);` : '';
    const about = { id: definition.id, version: definition.version, key: definition.key };
    return [
      `// Validator for ${comment(definition.name)} (${comment(definition.id)} ${comment(definition.version)}), written by antrag compileToModule.`,
      '// Generated code: do not edit; regenerate from the definition.',
      `import { ${RUNTIME_NAMES.join(', ')} } from ${JSON.stringify(runtime)};`,
      '',
      ...this.constants,
      '',
      ...this.functions,
      '',
      `export const form = ${literal(about)};`,
      '',
      '/** Validates a submission (parsed JSON); the options and report of `CompiledForm.validate`. */',
      'export function validate(data, options = {}) {',
      `  return runValidation(${order}, ${limits}, data, options, (root, s) => {`,
      `    ${root}(root, s);`,
      formRulesCall ? `    ${formRulesCall}` : '',
      '  });',
      '}',
      '',
    ]
      .filter((line, index, lines) => line !== '' || lines[index - 1] !== '')
      .join('\n');
  }

  /** A module constant for a value (each object once). */
  private hoist(value: unknown, prefix = 'K'): string {
    if (typeof value === 'object' && value !== null) {
      const known = this.names.get(value);
      if (known) return known;
    }
    const name = `${prefix}${this.count++}`;
    this.constants.push(`const ${name} = ${literal(value, this.known)};`);
    if (typeof value === 'object' && value !== null) this.names.set(value, name);
    return name;
  }

  private readonly hoistValue: Hoist = (value) => this.hoist(value);

  /** A module constant whose value is code (see `expression.ts`). */
  private readonly hoistCode: HoistCode = (source) => {
    const name = `F${this.count++}`;
    this.constants.push(`const ${name} = ${source};`);
    return name;
  };

  /** Source for objects written by name or by their own rule (see `literal`). */
  private readonly known = (object: object): string | undefined => {
    if (object instanceof Raw) return object.source;
    if (object instanceof MapOf) return `new Map(${literal(object.entries, this.known)})`;
    return this.names.get(object);
  };

  private ref(ref: ElementRef): string {
    return this.hoist(ref, 'E');
  }

  /** The positions of the elements, for sorting issues into document order. */
  private shape(container: CompiledContainer): string {
    const known = this.shapes.get(container);
    if (known) return known;
    const entries = container.children.map((child): readonly [string, unknown] => {
      const node = {
        position: child.position,
        repeated: child.repeated,
        ...(child.container ? { container: new Raw(this.shape(child.container)) } : {}),
      };
      return [child.key, node];
    });
    const name = this.hoist({ byKey: new MapOf(entries) }, 'S');
    this.shapes.set(container, name);
    return name;
  }

  /** A rule as an object with the same fields the interpreter's `ExecutableRule` has. */
  private rule(rule: ExecutableRule): string {
    const known = this.names.get(rule);
    if (known) return known;
    if (!rule.plan) throw new Error(`rule ${rule.rule.id} has no plan`);
    const { id, version, name, bezug, message, code } = rule.rule;
    const related = relatedPlan(rule.hostKeys, rule.dependencies, (keyPath) =>
      this.tree.byKeyPath.get(keyPath),
    );
    for (const steps of related) for (const step of steps) this.ref(step.ref);
    const evaluate = functionSource(rule.plan, this.hoistValue, this.hoistCode, 'toPlainData');
    const data = literal(
      {
        rule: { id, version, name, bezug, message, code },
        hostKeys: rule.hostKeys,
        dependencies: rule.dependencies,
        related,
      },
      this.known,
    );
    const constant = `R${this.count++}`;
    this.constants.push(`const ${constant} = { ...${data}, evaluate: ${evaluate} };`);
    this.names.set(rule, constant);
    return constant;
  }

  /** An element's rules, or undefined when it has none. */
  private rules(rules: ElementRules): string | undefined {
    const kinds = Object.entries(rules) as Array<[keyof ElementRules, readonly ExecutableRule[]]>;
    if (kinds.every(([, list]) => list.length === 0)) return undefined;
    const entries = kinds.map(
      ([kind, list]) => `${kind}: [${list.map((rule) => this.rule(rule)).join(', ')}]`,
    );
    const name = `ER${this.count++}`;
    this.constants.push(`const ${name} = { ${entries.join(', ')} };`);
    return name;
  }

  /**
   * The function checking an object against a container; returns its name. Each container is
   * written once per place in the form, so its path is known here up to the repeat indices
   * (`s.indices`): paths are built only where an issue needs one.
   */
  private container(container: CompiledContainer, path: PathSource, level: number): string {
    const name = `c${this.count++}`;
    const body = container.children.map((child) => this.child(child, path, level));
    const shape = this.shape(container);
    this.functions.push(
      [
        `function ${name}(r, s) {`,
        ...body,
        `  if (hasUnknownKey(r, ${shape}.byKey)) reportUnknownKeys(r, ${shape}.byKey, ${render(path)}, s);`,
        '}',
        '',
      ].join('\n'),
    );
    return name;
  }

  /** One child occurrence: what `walkChild` does for it, specialised. */
  private child(child: CompiledChild, containerPath: PathSource, level: number): string {
    const key = JSON.stringify(child.key);
    const ref = this.ref(child.ref);
    const rules = this.rules(child.rules);
    const path = append(containerPath, pointerAppend('', child.key));
    const q = render(path);
    const { relevant, required, minCount, maxCount, calculate } = child.rules;
    const lines: string[] = [
      `  // ${comment(child.keyPath)} (${comment(child.ref.id)} ${comment(child.ref.version)})`,
      '  {',
      `    let v = Object.hasOwn(r, ${key}) ? r[${key}] : undefined;`,
    ];
    const inner: string[] = [];
    if (child.isLabel) {
      inner.push(`if (v !== undefined) s.issues.push(makeIssue("LABEL_HAS_VALUE", ${q}, {}, ${ref}));`);
    } else {
      if (calculate.length > 0 && !child.repeated) {
        inner.push(
          `if (v === undefined && s.fill) v = fillCalculated(${rules}.calculate, r, ${key}, ${q}, ${ref}, s);`,
        );
      }
      const counted = required.length + minCount.length + maxCount.length > 0;
      if (counted) inner.push('let n;');
      inner.push(...this.occurrence(child, ref, rules, path, level, counted));
      if (counted) inner.push(`checkOccurrenceRules(${rules}, ${child.min}, n, ${q}, ${ref}, s);`);
    }
    if (relevant.length > 0) {
      lines.push(
        `    const x = failedRelevance(${rules}, s);`,
        `    if (x) { if (v !== undefined) reportIrrelevant(x, r, ${key}, ${q}, ${ref}, s); }`,
        '    else {',
        ...inner.map((line) => `      ${line}`),
        '    }',
      );
    } else {
      lines.push(...inner.map((line) => `    ${line}`));
    }
    lines.push('  }');
    return lines.join('\n');
  }

  /**
   * Cardinality and the items (`checkOccurrence`); sets `n` to the number of items found when
   * occurrence rules count them.
   */
  private occurrence(
    child: CompiledChild,
    ref: string,
    rules: string | undefined,
    path: PathSource,
    level: number,
    counted: boolean,
  ): string[] {
    const q = render(path);
    const count = (n: string) => (counted ? ` n = ${n};` : '');
    const required = child.min > 0 ? `s.issues.push(makeIssue("REQUIRED", ${q}, {}, ${ref}));` : '';
    const lines = [`if (v === undefined) { ${required}${count('0')} }`];
    if (!child.repeated) {
      lines.push(
        `else if (Array.isArray(v)) s.issues.push(makeIssue("WRONG_TYPE", ${q}, { expected: "single value", actual: "array" }, ${ref}));`,
        'else {',
        ...this.item(child, ref, rules, 'v', path, level).map((line) => `  ${line}`),
        ...(counted ? ['  n = 1;'] : []),
        '}',
      );
      return lines;
    }
    lines.push(
      `else if (!Array.isArray(v)) s.issues.push(makeIssue("EXPECTED_ARRAY", ${q}, { actual: describeType(v) }, ${ref}));`,
      `else if (v.length > s.limits.maxItems) s.issues.push(makeIssue("LIMIT_ITEMS", ${q}, { limit: s.limits.maxItems }, ${ref}));`,
      'else {',
      '  const m = v.length;',
      ...(counted ? ['  n = m;'] : []),
    );
    if (child.min > 0) {
      lines.push(
        `  if (m === 0) s.issues.push(makeIssue("REQUIRED", ${q}, {}, ${ref}));`,
        `  else if (m < ${child.min}) s.issues.push(makeIssue("CARDINALITY_MIN", ${q}, { min: ${child.min}, count: m }, ${ref}));`,
      );
    }
    if (Number.isFinite(child.max)) {
      lines.push(
        `  if (m > ${child.max}) s.issues.push(makeIssue("CARDINALITY_MAX", ${q}, { max: ${child.max}, count: m }, ${ref}));`,
      );
    }
    const itemPath = append(path, '/', level);
    lines.push(
      '  for (let i = 0; i < m; i++) {',
      '    s.indices.push(i);',
      ...this.item(child, ref, rules, 'v[i]', itemPath, level + 1).map((line) => `    ${line}`),
      '    s.indices.pop();',
      '  }',
      '}',
    );
    return lines;
  }

  /**
   * One item (`walkItem`): the value or the group's children, then the item rules. A value is
   * checked inline (`valueIsValid`'s questions, with the spec's bounds and sets written in);
   * only a value that fails goes to the shared checker, which reports.
   */
  private item(
    child: CompiledChild,
    ref: string,
    rules: string | undefined,
    value: string,
    path: PathSource,
    level: number,
  ): string[] {
    const itemRules = child.rules.calculate.length + child.rules.constraint.length > 0;
    const pp = render(path);
    const lines = ['{', `  const w = ${value};`];
    if (child.container) {
      const name = this.container(child.container, path, level);
      lines.push(
        `  if (!isRecord(w)) s.issues.push(makeIssue("EXPECTED_OBJECT", ${pp}, { actual: describeType(w) }, ${ref}));`,
        '  else {',
        `    ${name}(w, s);`,
        ...(itemRules ? [`    checkItemRules(${rules}, ${ref}, w, ${pp}, s, true);`] : []),
        '  }',
      );
    } else {
      const spec = child.valueSpec;
      if (!spec) throw new Error(`field ${child.keyPath} has no value spec`);
      const checker = CHECKERS[spec.kind];
      if (checker === undefined) {
        lines.push(
          `  if (typeof w !== "boolean") s.issues.push(makeIssue("WRONG_TYPE", ${pp}, { expected: "boolean", actual: describeType(w) }, ${ref}));`,
        );
      } else {
        const name = this.hoist(spec, 'V');
        const valid = this.validSource(spec, name);
        const check = `${checker}(${name}, w, ${pp}, s.issues);`;
        lines.push(valid === undefined ? `  ${check}` : `  if (!(${valid})) ${check}`);
      }
      if (itemRules) lines.push(`  checkItemRules(${rules}, ${ref}, w, ${pp}, s, false);`);
    }
    lines.push('}');
    return lines;
  }

  /** The valid path of a value check as an expression over `w` (see `valueIsValid`), if any. */
  private validSource(spec: ValueSpec, name: string): string | undefined {
    switch (spec.kind) {
      case 'code':
        return spec.codes === undefined ? undefined : `typeof w === "string" && ${name}.codes.has(w)`;
      case 'number': {
        const tests = ['typeof w === "number"', 'Number.isFinite(w)'];
        if (spec.min !== undefined) tests.push(`w >= ${literal(spec.min)}`);
        if (spec.max !== undefined) tests.push(`w <= ${literal(spec.max)}`);
        if (spec.integer) tests.push('Number.isInteger(w)');
        // Fractions of a currency amount: the shared check counts the places.
        else if (spec.currency) tests.push(`(Number.isInteger(w) || numberIsValid(${name}, w))`);
        return tests.join(' && ');
      }
      case 'text':
        return `textIsValid(${name}, w)`;
      case 'date':
      case 'time':
      case 'datetime':
        return `temporalIsValid(${name}, w)`;
      default:
        return undefined;
    }
  }
}

/**
 * A pointer as the generator knows it: text and the repeat indices (`s.indices[level]`) in
 * between, written out as a concatenation only where an issue needs the path.
 */
type PathSource = readonly (string | number)[];

const ROOT_PATH: PathSource = [];

/** The path with text appended, and after it the index of the repeat at `level`. */
function append(path: PathSource, text: string, level?: number): PathSource {
  const last = path[path.length - 1];
  const joined: (string | number)[] =
    typeof last === 'string' ? [...path.slice(0, -1), last + text] : [...path, text];
  if (level !== undefined) joined.push(level);
  return joined;
}

function render(path: PathSource): string {
  if (path.length === 0) return '""';
  return path
    .map((part) => (typeof part === 'string' ? JSON.stringify(part) : `s.indices[${part}]`))
    .join(' + ');
}

/** Text for a line comment: line breaks would end it (names from XDF files carry CR). */
function comment(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]/g, ' ');
}

/** Source written as it is inside a literal (a constant's name). */
class Raw {
  constructor(readonly source: string) {}
}

/** A Map written as `new Map([...])`. */
class MapOf {
  constructor(readonly entries: ReadonlyArray<readonly [string, unknown]>) {}
}
