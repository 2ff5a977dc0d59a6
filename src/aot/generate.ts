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
import { expressionSource, type Hoist } from './expression.js';
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
  'isRecord',
  'item',
  'logic',
  'makeIssue',
  'neg',
  'not',
  'orderValues',
  'ordered',
  'own',
  'readFan',
  'reportIrrelevant',
  'reportUnknownKeys',
  'runValidation',
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
    const root = this.container(this.tree.root);
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
      `    ${root}(root, "", s);`,
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
    const body = expressionSource(rule.plan, this.hoistValue);
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
    this.constants.push(`const ${constant} = { ...${data}, evaluate: (c) => toPlainData(${body}) };`);
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

  /** The function checking an object against a container; returns its name. */
  private container(container: CompiledContainer): string {
    const name = `c${this.count++}`;
    const body = container.children.map((child) => this.child(child));
    const shape = this.shape(container);
    this.functions.push(
      [`function ${name}(r, p, s) {`, ...body, `  reportUnknownKeys(r, ${shape}.byKey, p, s);`, '}', ''].join(
        '\n',
      ),
    );
    return name;
  }

  /** One child occurrence: what `walkChild` does for it, specialised. */
  private child(child: CompiledChild): string {
    const key = JSON.stringify(child.key);
    const ref = this.ref(child.ref);
    const rules = this.rules(child.rules);
    const { relevant, required, minCount, maxCount, calculate } = child.rules;
    const lines: string[] = [
      `  // ${comment(child.keyPath)} (${comment(child.ref.id)} ${comment(child.ref.version)})`,
      '  {',
      `    const q = p + ${JSON.stringify(pointerAppend('', child.key))};`,
      `    let v = Object.hasOwn(r, ${key}) ? r[${key}] : undefined;`,
    ];
    const inner: string[] = [];
    if (child.isLabel) {
      inner.push(`if (v !== undefined) s.issues.push(makeIssue("LABEL_HAS_VALUE", q, {}, ${ref}));`);
    } else {
      if (calculate.length > 0 && !child.repeated) {
        inner.push(
          `if (v === undefined && s.fill) v = fillCalculated(${rules}.calculate, r, ${key}, q, ${ref}, s);`,
        );
      }
      const counted = required.length + minCount.length + maxCount.length > 0;
      inner.push('let n;', ...this.occurrence(child, ref, rules));
      if (counted) inner.push(`checkOccurrenceRules(${rules}, ${child.min}, n, q, ${ref}, s);`);
    }
    if (relevant.length > 0) {
      lines.push(
        `    const x = failedRelevance(${rules}, s);`,
        `    if (x) { if (v !== undefined) reportIrrelevant(x, r, ${key}, q, ${ref}, s); }`,
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

  /** Cardinality and the items (`checkOccurrence`); sets `n` to the number of items found. */
  private occurrence(child: CompiledChild, ref: string, rules: string | undefined): string[] {
    const required = child.min > 0 ? `s.issues.push(makeIssue("REQUIRED", q, {}, ${ref})); ` : '';
    const lines = [`if (v === undefined) { ${required}n = 0; }`];
    if (!child.repeated) {
      lines.push(
        `else if (Array.isArray(v)) s.issues.push(makeIssue("WRONG_TYPE", q, { expected: "single value", actual: "array" }, ${ref}));`,
        'else {',
        ...this.item(child, ref, rules, 'v', 'q').map((line) => `  ${line}`),
        '  n = 1;',
        '}',
      );
      return lines;
    }
    lines.push(
      `else if (!Array.isArray(v)) s.issues.push(makeIssue("EXPECTED_ARRAY", q, { actual: describeType(v) }, ${ref}));`,
      `else if (v.length > s.limits.maxItems) s.issues.push(makeIssue("LIMIT_ITEMS", q, { limit: s.limits.maxItems }, ${ref}));`,
      'else {',
      '  n = v.length;',
    );
    if (child.min > 0) {
      lines.push(
        `  if (n === 0) s.issues.push(makeIssue("REQUIRED", q, {}, ${ref}));`,
        `  else if (n < ${child.min}) s.issues.push(makeIssue("CARDINALITY_MIN", q, { min: ${child.min}, count: n }, ${ref}));`,
      );
    }
    if (Number.isFinite(child.max)) {
      lines.push(
        `  if (n > ${child.max}) s.issues.push(makeIssue("CARDINALITY_MAX", q, { max: ${child.max}, count: n }, ${ref}));`,
      );
    }
    lines.push(
      '  for (let i = 0; i < n; i++) {',
      '    s.indices.push(i);',
      ...this.item(child, ref, rules, 'v[i]', 'q + "/" + i').map((line) => `    ${line}`),
      '    s.indices.pop();',
      '  }',
      '}',
    );
    return lines;
  }

  /** One item (`walkItem`): the value or the group's children, then the item rules. */
  private item(
    child: CompiledChild,
    ref: string,
    rules: string | undefined,
    value: string,
    path: string,
  ): string[] {
    const itemRules = child.rules.calculate.length + child.rules.constraint.length > 0;
    const lines = ['{', `  const w = ${value};`, `  const pp = ${path};`];
    if (child.container) {
      const name = this.container(child.container);
      lines.push(
        `  if (!isRecord(w)) s.issues.push(makeIssue("EXPECTED_OBJECT", pp, { actual: describeType(w) }, ${ref}));`,
        '  else {',
        `    ${name}(w, pp, s);`,
        ...(itemRules ? [`    checkItemRules(${rules}, ${ref}, w, pp, s, true);`] : []),
        '  }',
      );
    } else {
      const spec = child.valueSpec;
      if (!spec) throw new Error(`field ${child.keyPath} has no value spec`);
      const checker = CHECKERS[spec.kind];
      if (checker === undefined) {
        lines.push(
          `  if (typeof w !== "boolean") s.issues.push(makeIssue("WRONG_TYPE", pp, { expected: "boolean", actual: describeType(w) }, ${ref}));`,
        );
      } else {
        lines.push(`  ${checker}(${this.hoist(spec, 'V')}, w, pp, s.issues);`);
      }
      if (itemRules) lines.push(`  checkItemRules(${rules}, ${ref}, w, pp, s, false);`);
    }
    lines.push('}');
    return lines;
  }
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
