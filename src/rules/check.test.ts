import { describe, expect, it } from 'vitest';
import { defineForm, field, group, rule } from '../model/builders.js';
import type { FormDefinition, RuleDefinition } from '../model/types.js';
import { checkRules } from './check.js';
import { RULE_CODES } from './rule-codes.js';

const base = { version: '1.0', label: { de: 'x' } } as const;
const R = { id: 'R99000001', version: '1.0', name: 'r', typ: 'V', ruleKind: 'constraint' } as const;

function formWith(rules: {
  field?: RuleDefinition[];
  group?: RuleDefinition[];
  form?: RuleDefinition[];
}): FormDefinition {
  return defineForm({
    id: 'S99000001',
    version: '1.0',
    name: 'x',
    key: 'x',
    rules: rules.form ?? [],
    children: [
      field.date({ ...base, id: 'F99000001', name: 'd', key: 'd', rules: rules.field ?? [] }),
      group({
        ...base,
        id: 'G99000001',
        name: 'g',
        key: 'g',
        cardinality: '0:*',
        rules: rules.group ?? [],
        children: [field.int({ ...base, id: 'F99000002', name: 'n', key: 'n' })],
      }),
    ],
  });
}

const found = (definition: FormDefinition) => checkRules(definition).map((f) => [f.code, f.path, f.keyPath]);

describe('checkRules: every code with its location', () => {
  const cases: Array<[string, FormDefinition, string, string]> = [
    ['DEF_RULE_SYNTAX', formWith({ field: [rule({ ...R, expression: 'd >' })] }), '/children/0/rules/0', 'd'],
    [
      'DEF_RULE_INVALID_LITERAL',
      formWith({ field: [rule({ ...R, expression: 'd > @2025-02-29' })] }),
      '/children/0/rules/0',
      'd',
    ],
    [
      'DEF_RULE_UNKNOWN_REFERENCE',
      formWith({ form: [rule({ ...R, expression: 'e = null' })] }),
      '/rules/0',
      '',
    ],
    [
      'DEF_RULE_UNKNOWN_FUNCTION',
      formWith({ field: [rule({ ...R, expression: 'jetzt() > d' })] }),
      '/children/0/rules/0',
      'd',
    ],
    [
      'DEF_RULE_ARITY',
      formWith({ field: [rule({ ...R, expression: 'age(d, d, d) > 1' })] }),
      '/children/0/rules/0',
      'd',
    ],
    [
      'DEF_RULE_TYPE_MISMATCH',
      formWith({ field: [rule({ ...R, expression: 'd > 5' })] }),
      '/children/0/rules/0',
      'd',
    ],
    [
      'DEF_RULE_REPEAT_SCOPE',
      formWith({ field: [rule({ ...R, expression: 'g.n > 5' })] }),
      '/children/0/rules/0',
      'd',
    ],
    [
      'DEF_RULE_INVALID_PATTERN',
      formWith({ form: [rule({ ...R, expression: 'matches("a", "(")' })] }),
      '/rules/0',
      '',
    ],
    [
      'DEF_RULE_RESULT_TYPE',
      formWith({ group: [rule({ ...R, ruleKind: 'maxCount', expression: 'true' })] }),
      '/children/1/rules/0',
      'g',
    ],
    [
      'DEF_RULE_NO_EXPRESSION',
      formWith({ field: [rule({ ...R, ruleKind: 'required' })] }),
      '/children/0/rules/0',
      'd',
    ],
    [
      'DEF_RULE_NOT_APPLICABLE',
      formWith({ group: [rule({ ...R, ruleKind: 'calculate', expression: 'd' })] }),
      '/children/1/rules/0',
      'g',
    ],
    [
      'DEF_RULE_INVALID_ID',
      formWith({ field: [rule({ ...R, id: 'X1', expression: 'true' })] }),
      '/children/0/rules/0',
      'd',
    ],
  ];
  for (const [code, definition, path, keyPath] of cases) {
    it(code, () => {
      expect(found(definition)).toEqual([[code, path, keyPath]]);
    });
  }

  it('DEF_RULE_DUPLICATE_ID: the same id and version with different content', () => {
    const definition = formWith({
      field: [rule({ ...R, expression: 'true' })],
      group: [rule({ ...R, expression: 'false' })],
    });
    expect(found(definition)).toEqual([['DEF_RULE_DUPLICATE_ID', '/children/1/rules/0', 'g']]);
  });

  it('covers the whole catalogue', () => {
    const tested = new Set([...cases.map(([code]) => code), 'DEF_RULE_DUPLICATE_ID']);
    expect([...tested].sort()).toEqual(Object.keys(RULE_CODES).sort());
  });

  it('documentation rules need no expression and are not executed', () => {
    expect(
      found(formWith({ field: [rule({ ...R, ruleKind: 'documentation', description: 'Prosa' })] })),
    ).toEqual([]);
  });

  it('messages name the rule and the position', () => {
    const [finding] = checkRules(formWith({ field: [rule({ ...R, expression: 'd > 5' })] }));
    expect(finding?.message.de).toContain('R99000001');
    expect(finding?.params.position).toBe(2);
    expect(finding?.element).toEqual({ id: 'R99000001', version: '1.0' });
  });
});
