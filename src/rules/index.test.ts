/** The API example of docs/rules.md ("Using the language from code"), run against the barrel. */

import assert from 'node:assert/strict';
import { it } from 'vitest';
import { defineForm, field, group, rule } from '../model/builders.js';
import { compileRule, parseExpression, printExpression } from './index.js';

it('runs the API example of docs/rules.md', () => {
  const parsed = parseExpression('sum(kind.einkommen)>=100.50 and `e-mail`!=null');
  assert.ok(parsed.ok);
  assert.equal(printExpression(parsed.ast), 'sum(kind.einkommen) >= 100.50 and `e-mail` != null');
  assert.deepEqual(parseExpression('alter >'), {
    ok: false,
    error: {
      code: 'DEF_RULE_SYNTAX',
      message: {
        de: 'Wert erwartet, Ende des Ausdrucks gefunden',
        en: 'expected a value, found end of expression',
      },
      position: 7,
    },
  });

  const gesamt = rule({
    id: 'R99000000002',
    version: '1.0.0',
    name: 'Gesamteinkommen',
    typ: 'B',
    ruleKind: 'calculate',
    expression: 'sum(kind.einkommen)',
  });
  const form = defineForm({
    id: 'S99000000002',
    version: '1.0.0',
    key: 'antrag',
    name: 'Antrag',
    children: [
      group({
        key: 'kind',
        id: 'G99000000001',
        version: '1.0.0',
        name: 'Kind',
        cardinality: '0:*',
        children: [
          field.currency({ key: 'einkommen', id: 'F99000000011', version: '1.0.0', name: 'Einkommen' }),
        ],
      }),
      field.currency({
        key: 'gesamt',
        id: 'F99000000012',
        version: '1.0.0',
        name: 'Gesamt',
        rules: [gesamt],
      }),
    ],
  });

  const compiled = compileRule(form, 'gesamt', gesamt);
  assert.ok(compiled.ok);
  assert.deepEqual(compiled.references, ['kind.einkommen']);
  const data = { kind: [{ einkommen: 0.1 }, { einkommen: 0.2 }] };
  assert.equal(compiled.evaluate({ root: data, indices: [], referenceDate: '2026-03-01' }), 0.3); // not 0.30000000000000004
});
