import { describe, expect, it } from 'vitest';
import { codes, stage } from '../../../test/support/xdf-stage.js';
import { readRules } from './rules.js';

const regel = (body: string) =>
  `<x:e><x:regel><x:identifikation><x:id>R1</x:id><x:version>1.0</x:version></x:identifikation><x:name>Regel</x:name>${body}</x:regel></x:e>`;

describe('rules stage', () => {
  it('reads an XDF 2 rule: definition as free text, script, validity', () => {
    const { context, element } = stage(
      2,
      regel(
        '<x:definition>Prosa</x:definition><x:gueltigAb>2020-01-01</x:gueltigAb><x:script>a > 1</x:script>',
      ),
    );
    expect(readRules(context, element, ['regel'], '/children/0')).toEqual([
      {
        kind: 'rule',
        id: 'R1',
        version: '1.0',
        name: 'Regel',
        typ: 'K',
        freitext: 'Prosa',
        validFrom: '2020-01-01',
        ruleKind: 'constraint',
        expression: 'a > 1',
      },
    ]);
  });

  it('reads an XDF 3 rule: freitextRegel, skript, type B as a calculation, no validity', () => {
    const { context, element } = stage(
      3,
      regel(
        '<x:freitextRegel>Prosa</x:freitextRegel><x:typ><code>B</code></x:typ><x:gueltigAb>2020-01-01</x:gueltigAb><x:skript>1 + 1</x:skript>',
      ),
    );
    const [rule] = readRules(context, element, ['regel'], '') ?? [];
    expect(rule).toMatchObject({ freitext: 'Prosa', typ: 'B', ruleKind: 'calculate', expression: '1 + 1' });
    expect(rule?.validFrom).toBeUndefined();
  });

  it('keeps stubs and foreign scripts as documentation, each reported', () => {
    const stub = stage(2, regel('<x:script>function script() {}</x:script>'));
    expect(readRules(stub.context, stub.element, ['regel'], '')?.[0]?.ruleKind).toBe('documentation');
    const foreign = stage(3, regel('<x:skript>if (a) { return b; }</x:skript>'));
    expect(readRules(foreign.context, foreign.element, ['regel'], '')?.[0]).toMatchObject({
      ruleKind: 'documentation',
      foreignScript: 'if (a) { return b; }',
    });
    expect([...codes(stub.context), ...codes(foreign.context)]).toEqual([
      'XDF_RULE_NOT_EXECUTABLE',
      'XDF_RULE_NOT_EXECUTABLE',
    ]);
  });

  it('deduplicates rules by id and version; a different content is a conflict', () => {
    const same = '<x:skript>a > 1</x:skript>';
    const { context, element } = stage(
      3,
      `${regel(same).slice(0, -6)}${regel(same).slice(5, -6)}${regel('<x:skript>a > 2</x:skript>').slice(5)}`,
    );
    const rules = readRules(context, element, ['regel'], '') ?? [];
    expect(rules).toHaveLength(3);
    expect(rules[1]).toBe(rules[0]);
    expect(rules[2]).toBe(rules[0]);
    expect(codes(context)).toEqual(['XDF_CONFLICTING_DUPLICATE']);
  });
});
