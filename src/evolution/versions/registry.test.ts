/**
 * The versions registry against fresh, separate compiles of each version: what the registry
 * answers for a submission or message naming a version is what `compile(thatVersion)` answers,
 * and what names no known version is reported with the registry's codes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedMigrations, shippedVersions } from '../../forms/versions.js';
import { validExample } from '../../generate/valid-example.js';
import { DefinitionError } from '../../model/definition-error.js';
import { loadDefinition } from '../../model/load.js';
import type { FormDefinition } from '../../model/types.js';
import { compile } from '../../validate/compile.js';
import type { MessageHeader } from '../../xml/message.js';
import { readMessage } from '../../xml/read.js';
import { writeMessage } from '../../xml/write.js';
import { compileMigration } from '../migrate/compile.js';
import { readMigrated } from '../migrate/read.js';
import { formVersions } from './registry.js';

const HEADER: MessageHeader = {
  nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
  erstellungszeitpunkt: '2026-03-02T10:15:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Portal' },
  leser: { kennung: 'psw:01003110', name: 'Behörde' },
};
const REFERENCE_DATE = '2026-01-01';
const FORMS = ['fuehrerschein', 'personenbefoerderungsschein', 'alg2'] as const;

/**
 * A frozen version compiled on its own, with the code lists the current version carries (the
 * frozen 1.0.0 files carry none; the registry shares every list its definitions carry).
 */
function compiled(form: string, version: string) {
  const codeLists = frozen(form, '2.0.0').codeLists ?? [];
  // Carried by the definition, so that the example generator picks codes from them too.
  return compile({ ...frozen(form, version), codeLists });
}

/** A separately kept copy of a frozen version, loaded from its file. */
function frozen(form: string, version: string): FormDefinition {
  const result = loadDefinition(readFileSync(`schemas/${form}/versions/${version}.json`, 'utf8'));
  if (!result.ok) throw new Error(`${form} ${version} does not load`);
  return result.definition;
}

const registry = formVersions(shippedVersions());

/** The data without empty lists, which a message cannot carry (`XML_EMPTY_LIST`). */
function forMessage(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forMessage);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (!(Array.isArray(entry) && entry.length === 0)) out[key] = forMessage(entry);
  }
  return out;
}

describe('shipped versions side by side', () => {
  it('holds every version each manifest lists, highest first, equal to the frozen files', () => {
    for (const form of FORMS) {
      const manifest = JSON.parse(readFileSync(`schemas/${form}/manifest.json`, 'utf8'));
      const entry = registry.forms.find((f) => f.key === form);
      expect(entry?.versions).toEqual([...manifest.versions].reverse());
      for (const version of manifest.versions as string[]) {
        expect(registry.definition(form, version)).toEqual(frozen(form, version));
      }
    }
  });

  it('compiles by key or FIM id and version; the highest without a version; nothing for an unknown one', () => {
    const old = frozen('alg2', '1.0.0');
    expect(registry.compile(old.id, '1.0.0')?.definition.version).toBe('1.0.0');
    expect(registry.compile('alg2')?.definition.version).toBe('2.0.0');
    expect(registry.compile('alg2', '2.0')?.definition.version).toBe('2.0.0');
    expect(registry.compile('alg2', '3.0.0')).toBeUndefined();
    expect(registry.compile('bogus')).toBeUndefined();
    expect(registry.compile('alg2', '1.0.0')).toBe(registry.compile(old.id, '1.0.0'));
  });
});

describe('a JSON submission naming its version ($form)', () => {
  for (const form of FORMS) {
    it(`${form}: an old submission validates against the old version it names, as a fresh compile of it does`, () => {
      const oldForm = compiled(form, '1.0.0');
      const { data } = validExample(oldForm, { seed: 7, referenceDate: REFERENCE_DATE });
      const expected = oldForm.validate(data, { referenceDate: REFERENCE_DATE });
      const byKey = registry.validate(
        { $form: { key: form, version: '1.0.0' }, ...data },
        { referenceDate: REFERENCE_DATE },
      );
      const { form: identity, ...report } = byKey;
      expect(identity).toEqual({ key: form, id: oldForm.definition.id, version: '1.0.0' });
      expect(report).toEqual(expected);
      const byId = registry.validate(
        { $form: { id: oldForm.definition.id, version: '1.0.0' }, ...data },
        { referenceDate: REFERENCE_DATE },
      );
      expect(byId).toEqual(byKey);
      // Without a version the highest is meant: the new version's verdict on the old data.
      const newest = compile(frozen(form, '2.0.0')).validate(data, { referenceDate: REFERENCE_DATE });
      const { form: latest, ...latestReport } = registry.validate(
        { $form: { key: form }, ...data },
        { referenceDate: REFERENCE_DATE },
      );
      expect(latest?.version).toBe('2.0.0');
      expect(latestReport).toEqual(newest);
    });
  }

  it('takes the form from the options when the data has no envelope', () => {
    const data = JSON.parse(readFileSync('examples/fuehrerschein/valid.json', 'utf8'));
    const expected = compile(frozen('fuehrerschein', '2.0.0')).validate(data, {
      referenceDate: data.antragsdatum,
    });
    const { form, ...report } = registry.validate(data, {
      form: 'fuehrerschein',
      referenceDate: data.antragsdatum,
    });
    expect(form?.version).toBe('2.0.0');
    expect(report).toEqual(expected);
  });

  it('reports what names no known form or version, at the envelope', () => {
    const codes = (data: unknown, options = {}) =>
      registry.validate(data, options).issues.map((issue) => `${issue.code} ${issue.path}`);
    expect(codes({ $form: { key: 'alg2', version: '9.0.0' } })).toEqual(['FORM_VERSION_UNKNOWN /$form']);
    expect(codes({ $form: { key: 'wohngeld' } })).toEqual(['FORM_UNKNOWN /$form']);
    expect(codes({ $form: 'alg2' })).toEqual(['ENVELOPE_INVALID /$form']);
    expect(codes({ $form: { key: 'alg2', typo: 1 } })).toEqual(['ENVELOPE_INVALID /$form']);
    expect(codes({ $form: { version: '1.0.0' } })).toEqual(['ENVELOPE_INVALID /$form']);
    expect(codes({ $form: { key: 'alg2', id: frozen('fuehrerschein', '1.0.0').id } })).toEqual([
      'ENVELOPE_INVALID /$form',
    ]);
    expect(codes({ antragsdatum: '2026-01-01' })).toEqual(['FORM_NOT_NAMED ']);
    expect(codes({}, { form: 'alg2', version: '0.1' })).toEqual(['FORM_VERSION_UNKNOWN ']);
    const issue = registry.validate({ $form: { key: 'alg2', version: '9.0.0' } }).issues[0];
    expect(issue?.message.en).toBe(
      'The form alg2 is not known in version 9.0.0; known versions: 2.0.0, 1.0.0.',
    );
    expect(issue?.severity).toBe('error');
  });

  it('a registry of one form needs no name', () => {
    const single = formVersions([frozen('fuehrerschein', '1.0.0')]);
    const data = validExample(compile(frozen('fuehrerschein', '1.0.0')), { seed: 3 }).data;
    expect(single.validate(data, { referenceDate: REFERENCE_DATE }).form?.version).toBe('1.0.0');
  });
});

describe('a message read with the version its namespace names', () => {
  for (const form of FORMS) {
    for (const version of ['1.0.0', '2.0.0']) {
      it(`${form} ${version}: read as a fresh compile of that version reads it`, () => {
        const versionForm = compiled(form, version);
        const { data } = validExample(versionForm, { seed: 11, referenceDate: REFERENCE_DATE });
        const written = writeMessage(versionForm, forMessage(data), HEADER, {
          referenceDate: REFERENCE_DATE,
        });
        if (!written.ok) throw new Error(JSON.stringify(written.report.issues.slice(0, 3)));
        const expected = readMessage(versionForm, written.xml, { referenceDate: REFERENCE_DATE });
        const { form: identity, ...read } = registry.read(written.xml, { referenceDate: REFERENCE_DATE });
        expect(identity?.version).toBe(version);
        expect(read).toEqual(expected);
        expect(read.valid).toBe(true);
      });
    }
  }

  it('reports a known form in an unknown version, an unknown message, and what is not XML', () => {
    const older = compiled('alg2', '1.0.0');
    const { data } = validExample(older, { seed: 2, referenceDate: REFERENCE_DATE });
    const written = writeMessage(older, forMessage(data), HEADER, { referenceDate: REFERENCE_DATE });
    if (!written.ok) throw new Error('not written');
    const future = written.xml.replaceAll('urn:antrag:alg2:1.0.0', 'urn:antrag:alg2:3.0.0');
    const unknown = registry.read(future);
    expect(unknown.valid).toBe(false);
    expect(unknown.report.issues.map((i) => i.code)).toEqual(['MESSAGE_VERSION_UNKNOWN']);
    expect(unknown.report.issues[0]?.params).toMatchObject({
      form: 'alg2',
      namespace: 'urn:antrag:alg2:3.0.0',
    });
    expect(unknown.report.issues[0]?.params.known).toContain('urn:antrag:alg2:1.0.0');

    const other = registry.read('<a:b xmlns:a="urn:x"/>');
    expect(other.report.issues.map((i) => i.code)).toEqual(['MESSAGE_FORM_UNKNOWN']);
    expect(registry.read('not xml').report.issues[0]?.code).toMatch(/^XML_/);
    expect(registry.read('<!DOCTYPE x><x/>').report.issues[0]?.code).toBe('XML_DOCTYPE');
  });
});

describe('an older message read as the newest version, migrated', () => {
  const migrating = formVersions(shippedVersions(), { migrations: shippedMigrations() });

  for (const form of FORMS) {
    it(`${form}: 1.0.0 read as 2.0.0 gives what readMigrated gives with separately compiled versions`, () => {
      const older = compiled(form, '1.0.0');
      const { data } = validExample(older, { seed: 5, referenceDate: REFERENCE_DATE });
      const written = writeMessage(older, forMessage(data), HEADER, { referenceDate: REFERENCE_DATE });
      if (!written.ok) throw new Error('not written');
      const migration = JSON.parse(readFileSync(`schemas/${form}/migrations/1.0.0-2.0.0.json`, 'utf8'));
      const from = frozen(form, '1.0.0');
      const to = frozen(form, '2.0.0');
      const expected = readMigrated(written.xml, {
        from: older,
        to: compile(to),
        migrations: [compileMigration(migration, from, to, { codeLists: to.codeLists ?? [] })],
        referenceDate: REFERENCE_DATE,
      });
      const read = migrating.read(written.xml, { migrateTo: 'latest', referenceDate: REFERENCE_DATE });
      expect(read.form?.version).toBe('2.0.0');
      expect(read.migratedFrom?.version).toBe('1.0.0');
      expect(read.report).toEqual(expected.report);
      expect(read.data).toEqual(expected.data);
      expect(read.migration?.versions).toEqual(['1.0.0', '2.0.0']);
      // The new version's own verdict on the migrated data is part of the report.
      const fresh = compile(to).validate(read.data, { referenceDate: REFERENCE_DATE });
      for (const issue of fresh.issues) expect(read.report.issues).toContainEqual(issue);
    });
  }

  it('reads a message already in the target version as it is, and reports an unknown target', () => {
    const current = compile(frozen('alg2', '2.0.0'));
    const { data } = validExample(current, { seed: 4, referenceDate: REFERENCE_DATE });
    const written = writeMessage(current, forMessage(data), HEADER, { referenceDate: REFERENCE_DATE });
    if (!written.ok) throw new Error('not written');
    const plain = migrating.read(written.xml, { referenceDate: REFERENCE_DATE });
    expect(migrating.read(written.xml, { migrateTo: 'latest', referenceDate: REFERENCE_DATE })).toEqual(
      plain,
    );
    expect(plain.migratedFrom).toBeUndefined();
    const unknown = migrating.read(written.xml, { migrateTo: '7.0.0' });
    expect(unknown.report.issues.map((issue) => issue.code)).toEqual(['FORM_VERSION_UNKNOWN']);
  });

  it('checks its migrations when it is made: one between versions it does not hold is a definition error', () => {
    const migration = { ...(shippedMigrations()[2] as object), to: '3.0.0' };
    expect(() => formVersions(shippedVersions(), { migrations: [migration] })).toThrow(DefinitionError);
  });
});
