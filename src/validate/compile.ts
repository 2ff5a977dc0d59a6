/**
 * Compiles a form definition once into a tree of checkers, so that validating a submission
 * walks the data, not the definition.
 */

import { CodeListRegistry } from '../model/codelists.js';
import { DefinitionError } from '../model/definition-error.js';
import { lint } from '../model/lint.js';
import {
  type ChildDefinition,
  type CodeList,
  type FieldDefinition,
  type FormDefinition,
  type GroupDefinition,
  parseCardinality,
} from '../model/types.js';
import { resolveLimits, type ValidationLimits } from './limits.js';
import { type ElementRef, type Issue, makeIssue, makeReport, pointerAppend, type Report } from './report.js';
import { compileValueChecker, type ValueChecker } from './values.js';

export interface CompileOptions {
  /** Code lists to validate select fields against, in addition to those the definition carries. */
  readonly codeLists?: CodeListRegistry | Iterable<CodeList>;
  /** Hard limits for hostile input; see `DEFAULT_VALIDATION_LIMITS`. */
  readonly limits?: Partial<ValidationLimits>;
}

/** Options of one validation run. */
export type ValidateOptions = Record<never, never>;

/** A definition compiled for repeated use. Obtain one with `compile(definition)`. */
export interface CompiledForm<D extends FormDefinition = FormDefinition> {
  readonly definition: D;
  readonly limits: ValidationLimits;
  /** Validates a submission (parsed JSON). Never throws on bad data: it reports issues. */
  validate(data: unknown, options?: ValidateOptions): Report;
}

/** A compiled child occurrence (field or group) inside a schema or group. @internal */
export interface CompiledChild {
  readonly key: string;
  readonly definition: ChildDefinition;
  readonly ref: ElementRef;
  readonly min: number;
  readonly max: number;
  /** True when max > 1: the value is a list. */
  readonly repeated: boolean;
  /** Label fields carry no value. */
  readonly isLabel: boolean;
  /** Checks one item (the value itself, or one list element when repeated). */
  readonly checkItem: (value: unknown, path: string, out: Issue[]) => void;
}

/** A compiled container (the schema or a group). @internal */
export interface CompiledContainer {
  readonly children: readonly CompiledChild[];
  readonly byKey: ReadonlyMap<string, CompiledChild>;
}

const defaultCache = new WeakMap<FormDefinition, CompiledForm>();

/**
 * Compiles a definition. Lints it first and throws a `DefinitionError` listing every finding of
 * severity error. Without options the result is cached per definition object.
 */
export function compile<const D extends FormDefinition>(
  definition: D,
  options?: CompileOptions,
): CompiledForm<D> {
  if (options === undefined) {
    const cached = defaultCache.get(definition);
    if (cached) return cached as CompiledForm<D>;
  }
  const registry = toRegistry(definition, options?.codeLists);
  const findings = lint(definition, { codeLists: registry });
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) throw new DefinitionError(errors);

  const limits = resolveLimits(options?.limits);
  const context = { limits, resolveCodeList: (uri: string, version: string) => registry.get(uri, version) };
  const root = compileContainer(definition.children, context);
  const form: CompiledForm<D> = {
    definition,
    limits,
    validate(data: unknown): Report {
      const issues: Issue[] = [];
      if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        issues.push(makeIssue('DATA_NOT_OBJECT', '', { actual: data === null ? 'null' : typeof data }));
      } else {
        checkContainer(root, data as Record<string, unknown>, '', issues, limits);
      }
      return makeReport(issues);
    },
  };
  if (options === undefined) defaultCache.set(definition, form);
  return form;
}

function toRegistry(definition: FormDefinition, extra: CompileOptions['codeLists']): CodeListRegistry {
  const registry = new CodeListRegistry(definition.codeLists ?? []);
  if (extra) for (const list of extra) registry.add(list);
  return registry;
}

interface CompileContext {
  readonly limits: ValidationLimits;
  readonly resolveCodeList: (uri: string, version: string) => CodeList | undefined;
}

/** The reference an issue carries: id, version, legal basis, label. */
export function elementRef(element: FieldDefinition | GroupDefinition): ElementRef {
  return {
    id: element.id,
    version: element.version,
    bezug: element.occurrenceBezug ?? element.bezug,
    label: element.label ?? { de: element.name },
  };
}

function compileContainer(children: readonly ChildDefinition[], context: CompileContext): CompiledContainer {
  const compiled = children.map((child) => compileChild(child, context));
  return { children: compiled, byKey: new Map(compiled.map((child) => [child.key, child])) };
}

function compileChild(child: ChildDefinition, context: CompileContext): CompiledChild {
  const cardinality = parseCardinality(child.cardinality ?? '1:1') ?? { min: 1, max: 1 };
  const ref = elementRef(child);
  let checkItem: CompiledChild['checkItem'];
  if (child.kind === 'group') {
    const container = compileContainer(child.children, context);
    const limits = context.limits;
    checkItem = (value, path, out) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        out.push(makeIssue('EXPECTED_OBJECT', path, { actual: describe(value) }, ref));
        return;
      }
      checkContainer(container, value as Record<string, unknown>, path, out, limits);
    };
  } else {
    const checker: ValueChecker = compileValueChecker(child, ref, context);
    checkItem = checker;
  }
  return {
    key: child.key,
    definition: child,
    ref,
    min: cardinality.min,
    max: cardinality.max,
    repeated: cardinality.max > 1,
    isLabel: child.kind === 'field' && child.feldart === 'label',
    checkItem,
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Checks an object against a container: each known child, then every unknown key. */
function checkContainer(
  container: CompiledContainer,
  record: Record<string, unknown>,
  path: string,
  out: Issue[],
  limits: ValidationLimits,
): void {
  for (const child of container.children) {
    // Own properties only: `constructor` or `__proto__` must never be read from the prototype.
    const value = Object.hasOwn(record, child.key) ? record[child.key] : undefined;
    const childPath = pointerAppend(path, child.key);
    if (child.isLabel) {
      if (value !== undefined) out.push(makeIssue('LABEL_HAS_VALUE', childPath, {}, child.ref));
      continue;
    }
    checkOccurrence(child, value, childPath, out, limits);
  }
  for (const key of Object.keys(record)) {
    if (!container.byKey.has(key)) {
      out.push(makeIssue('UNKNOWN_KEY', pointerAppend(path, key), { key: key.slice(0, 200) }));
    }
  }
}

function checkOccurrence(
  child: CompiledChild,
  value: unknown,
  path: string,
  out: Issue[],
  limits: ValidationLimits,
): void {
  if (value === undefined) {
    if (child.min > 0) out.push(makeIssue('REQUIRED', path, {}, child.ref));
    return;
  }
  if (!child.repeated) {
    if (Array.isArray(value)) {
      out.push(makeIssue('WRONG_TYPE', path, { expected: 'single value', actual: 'array' }, child.ref));
      return;
    }
    child.checkItem(value, path, out);
    return;
  }
  if (!Array.isArray(value)) {
    out.push(makeIssue('EXPECTED_ARRAY', path, { actual: describe(value) }, child.ref));
    return;
  }
  const count = value.length;
  if (count > limits.maxItems) {
    out.push(makeIssue('LIMIT_ITEMS', path, { limit: limits.maxItems }, child.ref));
    return;
  }
  if (count < child.min) out.push(makeIssue('CARDINALITY_MIN', path, { min: child.min, count }, child.ref));
  if (count > child.max) out.push(makeIssue('CARDINALITY_MAX', path, { max: child.max, count }, child.ref));
  for (let index = 0; index < count; index++) {
    child.checkItem(value[index], pointerAppend(path, index), out);
  }
}
