/**
 * What a form state with `fill` and `prune` makes of a copy of the data, said by validation
 * alone: computed values removed (validation fills only absent ones), then validated with
 * `fill` and `prune`, which fills them again as their rules give and drops what does not apply.
 */
import type { ChildDefinition, FormDefinition } from '../../src/model/types.js';
import type { CompiledForm } from '../../src/validate/compile.js';

/** A copy without the values of computed fields (fields with a `calculate` rule). */
export function withoutComputed(children: readonly ChildDefinition[], data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const child of children) {
    if (!Object.hasOwn(copy, child.key)) continue;
    if (child.kind === 'field' && child.rules?.some((r) => r.ruleKind === 'calculate'))
      delete copy[child.key];
    else if (child.kind === 'group') {
      const value = copy[child.key];
      copy[child.key] = Array.isArray(value)
        ? value.map((item) => withoutComputed(child.children, item))
        : withoutComputed(child.children, value);
    }
  }
  return copy;
}

/** The data after filling and pruning, by validation. */
export function settled(form: CompiledForm<FormDefinition>, data: unknown, referenceDate: string): unknown {
  const result = form.validate(withoutComputed(form.definition.children, data), {
    referenceDate,
    fill: true,
    prune: true,
  });
  return result.data ?? data;
}
