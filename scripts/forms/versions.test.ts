/**
 * Freezing a form's version: written once, listed in the manifest, never overwritten with other
 * content; a definition whose key or version does not fit the manifest is refused.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineForm, field } from '../../src/model/builders.js';
import type { FormManifest } from './manifest.js';
import { freezeVersion, versionText } from './versions.js';

const manifest: FormManifest = {
  name: 'probe',
  order: 1,
  module: 'form.ts',
  notes: 'notes.ts',
  export: 'probe',
  type: 'ProbeAntrag',
  extraExports: [],
  versions: ['1.0.0'],
};

const definition = (version: string, key = 'probe') =>
  defineForm({
    id: 'S99000009900',
    version,
    name: 'Probe',
    key,
    children: [
      field.text({ key: 'name', id: 'F99000009901', version: '1.0.0', name: 'Name', label: { de: 'Name' } }),
    ],
  });

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'antrag-versions-'));
  mkdirSync(join(root, 'schemas/probe/versions'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('freezeVersion', () => {
  it('writes a new version and lists it after the others', () => {
    const result = freezeVersion(root, manifest, definition('1.1.0'));
    expect(result).toEqual({
      ok: true,
      wrote: 'schemas/probe/versions/1.1.0.json',
      manifest: { ...manifest, versions: ['1.0.0', '1.1.0'] },
    });
    const text = readFileSync(join(root, 'schemas/probe/versions/1.1.0.json'), 'utf8');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(definition('1.1.0'))));
  });

  it('leaves a frozen version with the same content and the manifest as they are', () => {
    writeFileSync(join(root, 'schemas/probe/versions/1.0.0.json'), versionText(definition('1.0.0')));
    const result = freezeVersion(root, manifest, definition('1.0.0'));
    expect(result).toEqual({ ok: true, manifest });
    if (result.ok) expect(result.manifest).toBe(manifest);
  });

  it('refuses to overwrite a frozen version with other content', () => {
    writeFileSync(join(root, 'schemas/probe/versions/1.0.0.json'), '{}\n');
    expect(freezeVersion(root, manifest, definition('1.0.0'))).toEqual({
      ok: false,
      problem:
        'schemas/probe/versions/1.0.0.json exists with other content: raise the version of probe first',
    });
    expect(readFileSync(join(root, 'schemas/probe/versions/1.0.0.json'), 'utf8')).toBe('{}\n');
  });

  it('refuses a definition whose key is not the form name, or whose version is older or unusable', () => {
    expect(freezeVersion(root, manifest, definition('1.1.0', 'andere'))).toMatchObject({ ok: false });
    const older = freezeVersion(root, { ...manifest, versions: ['1.0.0', '2.0.0'] }, definition('1.5.0'));
    expect(older).toEqual({
      ok: false,
      problem: "schemas/probe: the definition's version 1.5.0 is older than 2.0.0",
    });
    expect(freezeVersion(root, manifest, definition('2.0-beta'))).toMatchObject({ ok: false });
    expect(existsSync(join(root, 'schemas/probe/versions/1.5.0.json'))).toBe(false);
  });
});
