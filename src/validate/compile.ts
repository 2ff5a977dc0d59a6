/**
 * Compiles a form definition once into a tree of checkers, so that validating a submission
 * walks the data, not the definition.
 */

import { CodeListRegistry } from '../model/codelists.js';
import { DefinitionError } from '../model/definition-error.js';
import type { CodeList, FormDefinition } from '../model/types.js';
import { IssueList } from './issue-list.js';
import { resolveLimits, type ValidationLimits } from './limits.js';
import { lintDefinition } from './lint-definition.js';
import type { ValidationReport } from './result.js';
import { ruleCompilerFor } from './rule-compiler.js';
import { runValidation, todayUtc, type ValidateOptions } from './run.js';
import { createSession, type ValidationSession } from './session.js';
import { type FormStandardProps, standardProps } from './standard-schema.js';
import { buildTree, type CompiledTree } from './tree.js';
import { walkContainer, walkFormRules } from './walk.js';

export { todayUtc, type ValidateOptions };

/** Options of `compile`. */
export interface CompileOptions {
  /** Code lists to validate select fields against, in addition to those the definition carries. */
  readonly codeLists?: CodeListRegistry | Iterable<CodeList>;
  /** Hard limits for hostile input; see `DEFAULT_VALIDATION_LIMITS`. */
  readonly limits?: Partial<ValidationLimits>;
}

/** A definition compiled for repeated use. Obtain one with `compile(definition)`. */
export interface CompiledForm<D extends FormDefinition = FormDefinition> {
  readonly definition: D;
  readonly limits: ValidationLimits;
  /** Validates a submission (parsed JSON). Never throws on bad data: it reports issues. */
  validate(data: unknown, options?: ValidateOptions): ValidationReport<D>;
  /**
   * Starts an incremental validation session (per-keystroke checking in a portal): `set` one
   * value and get the issues that changed. Prune and fill are not applied in a session.
   */
  session(data: unknown, options?: { readonly referenceDate?: string }): ValidationSession<D>;
  /** @internal The compiled tree, for the incremental session and the XML reader. */
  readonly tree: CompiledTree;
  /**
   * Standard Schema v1: validation for TanStack Form, react-hook-form, tRPC, Hono, … with German
   * messages; `standardSchema(form, { lang: 'en' })` for other options.
   */
  readonly '~standard': FormStandardProps<D>;
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
  const findings = lintDefinition(definition, { codeLists: registry });
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) throw new DefinitionError(errors);

  const limits = resolveLimits(options?.limits);
  const tree = buildTree(definition, {
    limits,
    resolveCodeList: (uri, version) => registry.get(uri, version),
    compileRule: ruleCompilerFor(definition),
  });
  const form: CompiledForm<D> = {
    definition,
    limits,
    tree,
    validate(data: unknown, validateOptions: ValidateOptions = {}): ValidationReport<D> {
      return validateWithTree(tree, limits, data, validateOptions) as ValidationReport<D>;
    },
    session(data: unknown, sessionOptions = {}): ValidationSession<D> {
      return createSession(tree, limits, data, { referenceDate: sessionOptions.referenceDate ?? todayUtc() });
    },
    '~standard': standardProps<D>((data, run) => validateWithTree(tree, limits, data, run)),
  };
  if (options === undefined) defaultCache.set(definition, form);
  return form;
}

/**
 * @internal One full validation run over a compiled tree. The issues go to `issues` (by default
 * a list that keeps `limits.maxIssues`); the report holds the kept ones in report order, then the
 * list's `LIMIT_ISSUES` summary when it omitted some.
 */
export function validateWithTree(
  tree: CompiledTree,
  limits: ValidationLimits,
  data: unknown,
  options: ValidateOptions,
  issues: IssueList = new IssueList(limits.maxIssues),
): ValidationReport {
  return runValidation(
    tree.root,
    limits,
    data,
    options,
    (root, state) => {
      walkContainer(tree.root, root, '', state);
      walkFormRules(tree, state);
    },
    tree,
    issues,
  );
}

function toRegistry(definition: FormDefinition, extra: CompileOptions['codeLists']): CodeListRegistry {
  const registry = new CodeListRegistry(definition.codeLists ?? []);
  if (extra) for (const list of extra) registry.add(list);
  return registry;
}
