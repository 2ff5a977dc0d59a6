import { describe, expect, it } from 'vitest';
import { codes, stage } from '../../../test/support/xdf-stage.js';

describe('ImportContext: element access through the table', () => {
  const fragment = `<x:e><x:a/><x:a> first </x:a><x:a>second</x:a><x:b>b</x:b><y:a xmlns:y="urn:other">other</y:a></x:e>`;

  it('reads only the version’s namespace', () => {
    const { context, element } = stage(3, fragment);
    expect(context.kids(element, ['a']).length).toBe(3);
    expect(context.kids(element, ['b', 'a']).map((e) => e.local)).toEqual(['a', 'a', 'a', 'b']);
  });

  it('reads a single-valued text from its first occurrence with content, of the first name that has one', () => {
    const { context, element } = stage(3, fragment);
    expect(context.text(element, ['a'])).toBe('first');
    expect(context.text(element, ['b', 'a'])).toBe('b');
    expect(context.text(element, ['missing', 'a'])).toBe('first');
    expect(context.text(element, [])).toBeUndefined();
    expect(context.kid(element, ['missing', 'b'])?.local).toBe('b');
  });

  it('joins bezug in XDF 3 and takes the first in XDF 2', () => {
    const bezug = '<x:e><x:bezug>§ 1</x:bezug><x:bezug>  </x:bezug><x:bezug>§ 2</x:bezug></x:e>';
    const three = stage(3, bezug);
    const two = stage(2, bezug);
    expect(three.context.bezug(three.element, ['bezug'])).toBe('§ 1\n§ 2');
    expect(two.context.bezug(two.element, ['bezug'])).toBe('§ 1');
  });

  it('reports with the XPath and line of the element', () => {
    const { context, element } = stage(2, '<x:e/>');
    context.report('XDF_MISSING_NAME', { id: 'F1' }, { xml: element, path: '/children/0' });
    expect(context.issues[0]?.xml).toEqual({
      xpath: '/x:xdatenfelder.stammdatenschema.0102/x:e[1]',
      line: 1,
      column: element.column,
    });
    expect(context.issues[0]?.path).toBe('/children/0');
  });

  it('collects the findings of a reading apart and restores the list', () => {
    const { context } = stage(3, '<x:e/>');
    context.report('XDF_MISSING_NAME', { id: 'A' });
    const { value, issues } = context.collect(() => {
      context.report('XDF_MISSING_NAME', { id: 'B' });
      return 42;
    });
    expect(value).toBe(42);
    expect(issues.map((i) => i.params.id)).toEqual(['B']);
    expect(context.issues.map((i) => i.params.id)).toEqual(['A']);
    expect(() =>
      context.collect(() => {
        context.report('XDF_MISSING_NAME', { id: 'C' });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    // Findings before a failure stay.
    expect(codes(context)).toEqual(['XDF_MISSING_NAME', 'XDF_MISSING_NAME']);
  });
});
