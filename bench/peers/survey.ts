/**
 * An equivalent SurveyJS definition generated from ours, for the peer comparison. Mapped: groups
 * (panels; repeats as dynamic panels), text (text: required, length and regex validators),
 * numbers (numeric validator), dates (text with inputType date), booleans, select fields with
 * inline values or a code list the form carries (dropdown of the list's codes). SurveyJS stores
 * the answers of a plain panel at the top level, so nested groups become single-item dynamic
 * panels and the data is reshaped once, outside the measured code. The `Model` is built once
 * (as antrag's `compile`), and each validation sets the data and validates. Left out (no
 * equivalent): files and binary objects, repeated primitive fields, DIN 91379, check digits and
 * the rule language.
 */
import { Model } from 'survey-core';
import type { ChildDefinition, FieldDefinition, FormDefinition } from '../../src/model/types.js';
import { selectCodes } from './codes.js';

type Element = Record<string, unknown>;

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

function field(f: FieldDefinition, form: FormDefinition): Element | undefined {
  const p = f.praezisierung ?? {};
  const base = { name: f.key, isRequired: required(f) };
  const codes = selectCodes(form, f);
  if (codes) return { ...base, type: 'dropdown', choices: codes.map((v) => v.code) };
  switch (f.datentyp) {
    case 'text':
    case 'text_latin': {
      const validators: Element[] = [];
      if (p.minLength !== undefined || p.maxLength !== undefined) {
        validators.push({ type: 'text', minLength: p.minLength ?? 0, maxLength: p.maxLength ?? 0 });
      }
      if (p.pattern !== undefined)
        validators.push({ type: 'regex', regex: `^(?:${p.pattern.replace(/^\^|\$$/g, '')})$` });
      return { ...base, type: 'text', validators };
    }
    case 'date':
      return { ...base, type: 'text', inputType: 'date' };
    case 'num':
    case 'num_int':
    case 'num_currency': {
      const validator: Element = { type: 'numeric' };
      if (typeof p.minValue === 'number') validator.minValue = p.minValue;
      if (typeof p.maxValue === 'number') validator.maxValue = p.maxValue;
      return { ...base, type: 'text', inputType: 'number', validators: [validator] };
    }
    case 'bool':
      return { name: f.key, type: 'boolean' };
    default:
      return undefined;
  }
}

function elements(form: FormDefinition, children: readonly ChildDefinition[]): Element[] {
  const out: Element[] = [];
  for (const child of children) {
    if (child.kind === 'group') {
      out.push({
        type: 'paneldynamic',
        name: child.key,
        isRequired: required(child),
        templateElements: elements(form, child.children),
      });
    } else if (child.feldart !== 'label' && !isRepeated(child)) {
      const element = field(child, form);
      if (element) out.push(element);
    }
  }
  return out;
}

export function surveyJson(definition: FormDefinition): Element {
  return { elements: elements(definition, definition.children) };
}

/** Our data reshaped for SurveyJS: every group value becomes a list. */
export function surveyData(definition: FormDefinition, data: unknown): unknown {
  const reshape = (children: readonly ChildDefinition[], value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const child of children) {
      if (!Object.hasOwn(record, child.key)) continue;
      const v = record[child.key];
      if (child.kind === 'group') {
        const items = Array.isArray(v) ? v : [v];
        out[child.key] = items.map((item) => reshape(child.children, item));
      } else {
        out[child.key] = v;
      }
    }
    return out;
  };
  return reshape(definition.children, data);
}

/** A SurveyJS model of the definition, built once (as antrag's `compile`). */
export function surveyModel(json: Element): Model {
  return new Model(json);
}

/** Validates data with a SurveyJS model built once; returns true when valid. */
export function surveyValidate(model: Model, data: unknown): boolean {
  model.data = data;
  return model.validate(false, false);
}
