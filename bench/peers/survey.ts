/**
 * An equivalent SurveyJS definition generated from ours, for the peer comparison. Mapped: groups
 * (panels; repeats as dynamic panels), text (text: required, length and regex validators),
 * numbers (numeric validator), dates (text with inputType date), booleans, select fields with
 * inline values (dropdown). SurveyJS stores the answers of a plain panel at the top level, so
 * nested groups become single-item dynamic panels and the data is reshaped once, outside the
 * measured code. Left out (no equivalent): files and binary objects, code lists by URI,
 * repeated primitive fields, DIN 91379, check digits and the rule language.
 */
import { Model } from 'survey-core';
import type { ChildDefinition, FieldDefinition, FormDefinition } from '../../src/model/types.js';

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

function field(f: FieldDefinition): Element | undefined {
  const p = f.praezisierung ?? {};
  const base = { name: f.key, isRequired: required(f) };
  if (f.values) return { ...base, type: 'dropdown', choices: f.values.map((v) => v.code) };
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

function elements(children: readonly ChildDefinition[]): Element[] {
  const out: Element[] = [];
  for (const child of children) {
    if (child.kind === 'group') {
      out.push({
        type: 'paneldynamic',
        name: child.key,
        isRequired: required(child),
        templateElements: elements(child.children),
      });
    } else if (child.feldart !== 'label' && !isRepeated(child) && !child.codeList) {
      const element = field(child);
      if (element) out.push(element);
    }
  }
  return out;
}

export function surveyJson(definition: FormDefinition): Element {
  return { elements: elements(definition.children) };
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

/** Validates data with a SurveyJS model; returns true when valid. */
export function surveyValidate(json: Element, data: unknown): boolean {
  const survey = new Model(json);
  survey.data = data;
  return survey.validate(false, false);
}
