import { describe, expect, it } from 'vitest';
import { codes, stage } from '../../../test/support/xdf-stage.js';
import type { ElementMeta } from '../../model/types.js';
import type { Draft } from './draft.js';
import { identification, readMeta } from './metadata.js';

const ID = '<x:identifikation><x:id>F1</x:id></x:identifikation>';

describe('metadata stage', () => {
  it('gives an element without version the version’s default (1.0 in XDF 2, 1.0.0 in XDF 3)', () => {
    for (const [version, expected] of [
      [2, '1.0'],
      [3, '1.0.0'],
    ] as const) {
      const { context, element } = stage(version, `<x:datenfeld>${ID}</x:datenfeld>`);
      expect(identification(context, element, ['identifikation'], '/children/0')).toEqual({
        id: 'F1',
        version: expected,
      });
      expect(codes(context)).toEqual(['XDF_MISSING_VERSION']);
      expect(context.pathOf.get(element)).toBe('/children/0');
    }
  });

  it('reads XDF 2 status words and XDF 3 status numbers, and the status date of each version', () => {
    const two = stage(
      2,
      `<x:datenfeld>${ID}<x:name>N</x:name><x:status><code>aktiv</code></x:status><x:freigabedatum>2020-01-02</x:freigabedatum><x:fachlicherErsteller>A</x:fachlicherErsteller></x:datenfeld>`,
    );
    const three = stage(
      3,
      `<x:datenfeld>${ID}<x:name>N</x:name><x:freigabestatus><code>6</code></x:freigabestatus><x:statusGesetztAm>2020-01-02T10:00:00</x:statusGesetztAm><x:statusGesetztDurch>B</x:statusGesetztDurch><x:fachlicherErsteller>A</x:fachlicherErsteller></x:datenfeld>`,
    );
    for (const { context, element } of [two, three]) {
      const target: Draft<ElementMeta> = {};
      readMeta(context, element, 'field', { id: 'F1', version: '1.0' }, '', target);
      expect(target.status).toBe(6);
      expect(target.statusDate).toBe('2020-01-02');
      expect(codes(context)).toEqual([]);
    }
    const authors = [two, three].map(({ context, element }) => {
      const target: Draft<ElementMeta> = {};
      readMeta(context, element, 'field', { id: 'F1', version: '1.0' }, '', target);
      return target.author;
    });
    expect(authors).toEqual(['A', 'B']);
  });

  it('reads the schema label from bezeichnung in XDF 3 and bezeichnungEingabe in XDF 2', () => {
    const labels = '<x:bezeichnung>Neu</x:bezeichnung><x:bezeichnungEingabe>Alt</x:bezeichnungEingabe>';
    const read = (version: 2 | 3) => {
      const { context, element } = stage(
        version,
        `<x:stammdatenschema>${ID}<x:name>N</x:name>${labels}</x:stammdatenschema>`,
      );
      const target: Draft<ElementMeta> = {};
      readMeta(context, element, 'schema', { id: 'S1', version: '1.0' }, '', target);
      return target.label;
    };
    expect(read(2)).toEqual({ de: 'Alt' });
    expect(read(3)).toEqual({ de: 'Neu' });
  });

  it('reports what it cannot read: a wrong date, an unknown status, a bad relation', () => {
    const { context, element } = stage(
      3,
      `<x:datenfeld>${ID}<x:freigabestatus><code>9</code></x:freigabestatus><x:gueltigAb>01.02.2020</x:gueltigAb><x:relation><x:praedikat><code>XYZ</code></x:praedikat></x:relation></x:datenfeld>`,
    );
    const target: Draft<ElementMeta> = {};
    readMeta(context, element, 'field', { id: 'F1', version: '1.0.0' }, '', target);
    expect(codes(context)).toEqual([
      'XDF_MISSING_NAME',
      'XDF_INVALID_STATUS',
      'XDF_INVALID_DATE',
      'XDF_INVALID_RELATION',
    ]);
    expect(target).toEqual({ id: 'F1', version: '1.0.0', name: 'F1' });
  });
});
