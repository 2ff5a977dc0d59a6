/** The FIM versioning check: the step taken against the step the changes need, with stable codes. */
import { describe, expect, it } from 'vitest';
import type { Change } from './change.js';
import { checkVersioning, parseVersion, versionStep } from './versioning.js';

const change = (
  oldToNew: Change['oldToNew']['class'],
  newToOld: Change['newToOld']['class'],
  extra: Partial<Change> = {},
): Change => ({
  kind: 'text',
  from: { path: 'a', id: 'F1', version: '1.0' },
  to: { path: 'a', id: 'F1', version: '1.1' },
  oldToNew: { class: oldToNew, reason: 'r1' },
  newToOld: { class: newToOld, reason: 'r2' },
  ...extra,
});
const side = (version: string) => ({ id: 'S99000000001', version });
const codes = (from: string, to: string, changes: Change[]) =>
  checkVersioning(side(from), side(to), changes).findings.map((finding) => finding.code);

describe('versioning check', () => {
  it('reads x.y and x.y.z and names the step', () => {
    expect(parseVersion('1.2')).toEqual([1, 2, 0]);
    expect(parseVersion('1.2.3')).toEqual([1, 2, 3]);
    expect(parseVersion('v1')).toBeUndefined();
    expect(versionStep('1.0', '2.0')).toBe('major');
    expect(versionStep('1.0.0', '1.1.0')).toBe('minor');
    expect(versionStep('1.0', '1.0.1')).toBe('patch');
    expect(versionStep('1.0', '1.0.0')).toBe('none');
    expect(versionStep('2.0.0', '1.9.9')).toBe('lower');
  });

  it('a breaking or needs-data change needs a major step', () => {
    expect(codes('1.0.0', '1.1.0', [change('breaking', 'compatible')])).toEqual(['VERSION_STEP_TOO_SMALL']);
    expect(codes('1.0', '1.1', [change('needs-data', 'compatible')])).toEqual(['VERSION_STEP_TOO_SMALL']);
    expect(codes('1.0.0', '2.0.0', [change('breaking', 'breaking')])).toEqual([]);
    const check = checkVersioning(side('1.0.0'), side('1.1.0'), [change('breaking', 'compatible')]);
    expect(check).toMatchObject({ step: 'minor', required: 'major' });
    expect(check.findings[0]?.message.en).toBe(
      'From 1.0.0 to 1.1.0 is a minor step; the changes need a major step (text at a: r1).',
    );
  });

  it('an addition old readers cannot take needs a minor step; text only any step', () => {
    expect(codes('1.0.0', '1.0.1', [change('compatible', 'breaking')])).toEqual(['VERSION_STEP_TOO_SMALL']);
    expect(codes('1.0.0', '1.1.0', [change('compatible', 'breaking')])).toEqual([]);
    expect(codes('1.0.0', '1.0.1', [change('compatible', 'compatible')])).toEqual([]);
    expect(checkVersioning(side('1.0'), side('1.0.1'), [change('compatible', 'compatible')]).required).toBe(
      'patch',
    );
  });

  it('same version with changes, a lower version, unreadable versions and another schema are findings', () => {
    expect(codes('1.0.0', '1.0.0', [change('compatible', 'compatible')])).toEqual(['VERSION_UNCHANGED']);
    expect(codes('1.0.0', '1.0.0', [])).toEqual([]);
    expect(codes('2.0', '1.0', [])).toEqual(['VERSION_LOWERED']);
    expect(codes('eins', '2.0', [])).toEqual(['VERSION_UNREADABLE']);
    expect(
      checkVersioning({ id: 'S1', version: '1.0' }, { id: 'S2', version: '2.0' }, []).findings[0]?.code,
    ).toBe('VERSION_OTHER_SCHEMA');
  });

  it('an element whose content changed under the same (id, version) is a finding; a moved one is not', () => {
    const same = { path: 'a', id: 'F1', version: '1.0' };
    expect(codes('1.0', '2.0', [change('compatible', 'compatible', { from: same, to: same })])).toEqual([
      'ELEMENT_VERSION_UNCHANGED',
    ]);
    expect(
      codes('1.0', '2.0', [
        change('breaking', 'breaking', { kind: 'element-moved', from: same, to: { ...same, path: 'g.a' } }),
      ]),
    ).toEqual([]);
  });
});
