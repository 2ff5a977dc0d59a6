import { describe, expect, it } from 'vitest';
import { codes, stage } from '../../../test/support/xdf-stage.js';
import type { FormDefinition } from '../../model/types.js';
import { demoteBrokenRules, reportLintErrors } from './finish.js';
import { readSchema, readWrapped } from './structure.js';

const id = (value: string, version = '1.0') =>
  `<x:identifikation><x:id>${value}</x:id><x:version>${version}</x:version></x:identifikation>`;
const feld = (fid: string, name: string) =>
  `<x:datenfeld>${id(fid)}<x:name>${name}</x:name><x:feldart><code>input</code></x:feldart><x:datentyp><code>text</code></x:datentyp></x:datenfeld>`;
const struktur = (anzahl: string, inner: string) =>
  `<x:struktur><x:anzahl>${anzahl}</x:anzahl><x:enthaelt>${inner}</x:enthaelt></x:struktur>`;

describe('structure stage', () => {
  it('reads children with keys, cardinalities and one content per id and version', () => {
    const { context, element } = stage(
      2,
      `<x:stammdatenschema>${id('S1')}<x:name>Antrag</x:name>${struktur('0:1', feld('F1', 'Vorname'))}${struktur(' 1 : * ', feld('F1', 'Vorname'))}${struktur('2:1', feld('F2', 'Vorname'))}</x:stammdatenschema>`,
    );
    const form = readSchema(context, element) as FormDefinition;
    expect(form.key).toBe('antrag');
    expect(form.children.map((c) => [c.key, c.cardinality])).toEqual([
      ['vorname', '0:1'],
      ['vorname2', '1:*'],
      ['vorname3', '1:1'],
    ]);
    const [first, second] = form.children;
    expect({ ...second, key: first?.key, cardinality: first?.cardinality }).toEqual(first);
    expect(codes(context)).toEqual(['XDF_INVALID_CARDINALITY']);
  });

  it('cuts a group inside itself and reports an empty structure', () => {
    const group = (inner: string) =>
      `<x:datenfeldgruppe>${id('G1')}<x:name>Gruppe</x:name>${inner}</x:datenfeldgruppe>`;
    const { context, element } = stage(
      3,
      `<x:stammdatenschema>${id('S1')}<x:name>S</x:name>${struktur('1:1', group(struktur('1:1', group(''))))}<x:struktur/></x:stammdatenschema>`,
    );
    const form = readSchema(context, element) as FormDefinition;
    expect(form.children).toHaveLength(1);
    expect(codes(context)).toEqual(['XDF_RECURSIVE_GROUP', 'XDF_EMPTY_STRUCTURE']);
  });

  it('wraps a field message in a schema of its own', () => {
    const { context, element } = stage(3, feld('F7', 'Name'));
    const form = readWrapped(context, element, 'field');
    expect(form).toMatchObject({
      id: 'S7',
      name: 'Name',
      key: 'name',
      children: [{ id: 'F7', key: 'name', cardinality: '1:1' }],
    });
    expect(codes(context)).toEqual(['XDF_WRAPPED_IN_SCHEMA']);
  });
});

describe('finish (post-processing)', () => {
  it('demotes rules that do not check against the definition, and reports lint errors', () => {
    const { context, element } = stage(
      3,
      `<x:stammdatenschema>${id('S00000001')}<x:name>S</x:name>${struktur('1:1', feld('F00000001', 'Alter'))}<x:regel>${id('R00000001')}<x:name>R</x:name><x:skript>unbekannt > 1</x:skript></x:regel></x:stammdatenschema>`,
    );
    const read = readSchema(context, element) as FormDefinition;
    expect(read.rules?.[0]?.ruleKind).toBe('constraint');
    const finished = demoteBrokenRules(context, read);
    expect(finished.rules?.[0]).toMatchObject({ ruleKind: 'documentation', foreignScript: 'unbekannt > 1' });
    expect(finished.rules?.[0]?.expression).toBeUndefined();
    expect(read.rules?.[0]?.ruleKind).toBe('constraint');
    reportLintErrors(context, finished);
    expect(codes(context)).toEqual(['XDF_RULE_NOT_EXECUTABLE']);
    reportLintErrors(context, { ...finished, key: '' });
    expect(codes(context)).toContain('XDF_DEFINITION_INVALID');
  });
});
