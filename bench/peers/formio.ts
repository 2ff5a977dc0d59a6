/**
 * An equivalent form.io definition generated from ours, for the peer comparison. Mapped:
 * groups (container / editgrid for repeats), text (textfield: required, min/max length, pattern),
 * numbers (number: min, max), booleans (checkbox), dates (textfield with a date pattern), select
 * fields with inline values or a code list the form carries (select, onlyAvailableItems: the
 * list's codes). Left out because form.io core has no equivalent without a server: files and
 * binary objects, repeated primitive fields, DIN 91379, check digits and the rule language
 * (relevance, computed values, constraints).
 * Fields inside an optional single group are not required: a form.io container checks its
 * children even when the group is absent.
 */
import { ProcessTargets, processSync } from '@formio/core';
import type { ChildDefinition, FieldDefinition, FormDefinition } from '../../src/model/types.js';
import { selectCodes } from './codes.js';

type Component = Record<string, unknown>;

function isRepeated(child: ChildDefinition): boolean {
  const max = (child.cardinality ?? '1:1').split(':')[1];
  return max === '*' || Number(max) > 1;
}

function required(child: ChildDefinition): boolean {
  return (
    (child.cardinality ?? '1:1').startsWith('1') &&
    !(child.rules ?? []).some((r) => r.ruleKind === 'relevant')
  );
}

function field(f: FieldDefinition, inOptionalGroup: boolean, form: FormDefinition): Component | undefined {
  const p = f.praezisierung ?? {};
  const validate: Record<string, unknown> = { required: !inOptionalGroup && required(f) };
  const codes = selectCodes(form, f);
  if (codes) {
    return {
      type: 'select',
      key: f.key,
      input: true,
      data: { values: codes.map((v) => ({ value: v.code, label: v.name.de })) },
      validate: { ...validate, onlyAvailableItems: true },
    };
  }
  switch (f.datentyp) {
    case 'text':
    case 'text_latin':
      if (p.minLength !== undefined) validate.minLength = p.minLength;
      if (p.maxLength !== undefined) validate.maxLength = p.maxLength;
      if (p.pattern !== undefined) validate.pattern = p.pattern.replace(/^\^|\$$/g, '');
      return { type: 'textfield', key: f.key, input: true, validate };
    case 'date':
      return {
        type: 'textfield',
        key: f.key,
        input: true,
        validate: { ...validate, pattern: '\\d{4}-\\d{2}-\\d{2}' },
      };
    case 'num':
    case 'num_int':
    case 'num_currency':
      if (typeof p.minValue === 'number') validate.min = p.minValue;
      if (typeof p.maxValue === 'number') validate.max = p.maxValue;
      return { type: 'number', key: f.key, input: true, validate };
    case 'bool':
      return { type: 'checkbox', key: f.key, input: true, validate: { required: false } };
    default:
      return undefined;
  }
}

function components(
  form: FormDefinition,
  children: readonly ChildDefinition[],
  inOptionalGroup = false,
): Component[] {
  const out: Component[] = [];
  for (const child of children) {
    if (child.kind === 'group') {
      const optional = !isRepeated(child) && !required(child);
      out.push({
        type: isRepeated(child) ? 'editgrid' : 'container',
        key: child.key,
        input: true,
        components: components(form, child.children, inOptionalGroup || optional),
        validate: { required: !inOptionalGroup && required(child) },
      });
    } else if (child.feldart !== 'label' && !isRepeated(child)) {
      const component = field(child, inOptionalGroup, form);
      if (component) out.push(component);
    }
  }
  return out;
}

export function formioComponents(definition: FormDefinition): Component[] {
  return components(definition, definition.children);
}

/** Validates data with form.io core's evaluator processors; returns the number of errors. */
export function formioValidate(form: Component[], data: unknown): number {
  const context = {
    components: form,
    data: structuredClone(data),
    processors: ProcessTargets.evaluator,
    scope: {} as { errors?: unknown[] },
  };
  processSync(context as never);
  return context.scope.errors?.length ?? 0;
}
