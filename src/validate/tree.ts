/**
 * The compiled form: one node per child occurrence with its value checker and rules, built once
 * so that validation walks the data, not the definition.
 */

import type { ElementRef } from '../issues/issue.js';
import type {
  ChildDefinition,
  CodeList,
  FieldDefinition,
  FormDefinition,
  GroupDefinition,
} from '../model/types.js';
import { occurrence } from '../model/walk.js';
import type { ValidationLimits } from './limits.js';
import { bindRules, type ElementRules, type RuleCompiler } from './rule-binding.js';
import { checkValue, type ValueChecker, type ValueSpec, valueIsValid, valueSpec } from './values.js';

/** A compiled child occurrence (field or group) inside a schema or group. @internal */
export interface CompiledChild {
  readonly key: string;
  /** Keys from the root to this child. */
  readonly keys: readonly string[];
  /** `keys` joined with dots: the key path rules refer to. */
  readonly keyPath: string;
  readonly definition: ChildDefinition;
  readonly ref: ElementRef;
  readonly min: number;
  readonly max: number;
  /** True when max > 1: the value is a list. */
  readonly repeated: boolean;
  /** Label fields carry no value. */
  readonly isLabel: boolean;
  /** Position among its siblings, for document order. */
  readonly position: number;
  /** For fields: checks one value (one list item when repeated). */
  readonly checkValue?: ValueChecker;
  /** For fields: what `checkValue` checks, as data (for the ahead-of-time generator). */
  readonly valueSpec?: ValueSpec;
  /** For groups: the group's children. */
  readonly container?: CompiledContainer;
  readonly rules: ElementRules;
}

/** A compiled container (the schema or a group). @internal */
export interface CompiledContainer {
  readonly children: readonly CompiledChild[];
  readonly byKey: ReadonlyMap<string, CompiledChild>;
}

/** The compiled schema. @internal */
export interface CompiledTree {
  readonly root: CompiledContainer;
  readonly formRules: ElementRules;
  readonly formRef: ElementRef;
  /** Every executable rule with the node it is attached to (undefined: the form). */
  readonly allRules: readonly { readonly node: CompiledChild | undefined; readonly rules: ElementRules }[];
  /** Every child occurrence by its key path (`a.b.c`). */
  readonly byKeyPath: ReadonlyMap<string, CompiledChild>;
}

export interface TreeContext {
  readonly limits: ValidationLimits;
  readonly resolveCodeList: (uri: string, version: string) => CodeList | undefined;
  readonly compileRule: RuleCompiler;
}

/** The reference an issue carries: id, version, legal basis, label. */
export function elementRef(element: FieldDefinition | GroupDefinition | FormDefinition): ElementRef {
  return {
    id: element.id,
    version: element.version,
    bezug: ('occurrenceBezug' in element ? element.occurrenceBezug : undefined) ?? element.bezug,
    label: element.label ?? { de: element.name },
  };
}

export function buildTree(definition: FormDefinition, context: TreeContext): CompiledTree {
  const allRules: Array<{ node: CompiledChild | undefined; rules: ElementRules }> = [];
  const formRules = bindRules([], definition.rules, context.compileRule);
  allRules.push({ node: undefined, rules: formRules });
  const root = buildContainer(definition.children, [], context, allRules);
  const byKeyPath = new Map<string, CompiledChild>();
  for (const { node } of allRules) if (node) byKeyPath.set(node.keyPath, node);
  return { root, formRules, formRef: elementRef(definition), allRules, byKeyPath };
}

function buildContainer(
  children: readonly ChildDefinition[],
  parentKeys: readonly string[],
  context: TreeContext,
  allRules: Array<{ node: CompiledChild | undefined; rules: ElementRules }>,
): CompiledContainer {
  const compiled = children.map((child, position) =>
    buildChild(child, position, parentKeys, context, allRules),
  );
  return { children: compiled, byKey: new Map(compiled.map((child) => [child.key, child])) };
}

function buildChild(
  child: ChildDefinition,
  position: number,
  parentKeys: readonly string[],
  context: TreeContext,
  allRules: Array<{ node: CompiledChild | undefined; rules: ElementRules }>,
): CompiledChild {
  const { min, max, repeated } = occurrence(child);
  const keys = [...parentKeys, child.key];
  const ref = elementRef(child);
  const rules = bindRules(keys, child.rules, context.compileRule);
  const node: CompiledChild = {
    key: child.key,
    keys,
    keyPath: keys.join('.'),
    definition: child,
    ref,
    min,
    max,
    repeated,
    isLabel: child.kind === 'field' && child.feldart === 'label',
    position,
    rules,
    ...(child.kind === 'group'
      ? { container: buildContainer(child.children, keys, context, allRules) }
      : fieldChecker(valueSpec(child, ref, context))),
  };
  allRules.push({ node, rules });
  return node;
}

function fieldChecker(spec: ValueSpec): { checkValue: ValueChecker; valueSpec: ValueSpec } {
  return {
    valueSpec: spec,
    checkValue: (value, path, out) => {
      if (!valueIsValid(spec, value)) checkValue(spec, value, path, out);
    },
  };
}
