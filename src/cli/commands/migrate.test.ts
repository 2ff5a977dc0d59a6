/**
 * `antrag migrate`: a 1.0.0 submission of a shipped form becomes one the current version accepts
 * (checked by compiling that version here), the report goes to standard error or into --json,
 * and wrong input gives the documented exit codes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FAMILIENSTAND_LISTE,
  GESCHLECHT_LISTE,
  STAATSANGEHOERIGKEIT_LISTE,
} from '../../../schemas/shared/codelists.js';
import { runCli } from '../../../test/support/cli.js';
import { validExample } from '../../generate/valid-example.js';
import { loadDefinition } from '../../model/load.js';
import { compile } from '../../validate/compile.js';
import type { MessageHeader } from '../../xml/message.js';
import { writeMessage } from '../../xml/write.js';

const REF = '2026-01-01';
const OLD = 'schemas/personenbefoerderungsschein/versions/1.0.0.json';
const NEW = 'schemas/personenbefoerderungsschein/versions/2.0.0.json';
const MIGRATION = 'schemas/personenbefoerderungsschein/migrations/1.0.0-2.0.0.json';
const LISTS = [GESCHLECHT_LISTE, STAATSANGEHOERIGKEIT_LISTE, FAMILIENSTAND_LISTE];

const cli = runCli;

function definition(path: string) {
  const loaded = loadDefinition(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(path);
  return loaded.definition;
}

const oldForm = compile(definition(OLD), { codeLists: LISTS });
const newForm = compile(definition(NEW), { codeLists: LISTS });
// biome-ignore lint/suspicious/noExplicitAny: test data is read freely
type Data = Record<string, any>;
const old = validExample(oldForm, { seed: 3, referenceDate: REF, codeLists: LISTS }).data as Data;
const answers = {
  antragsteller: { ausweisdokument: { art: 'reisepass', gueltigBis: '2031-06-30' } },
  nachweise: {
    aerztlicheUntersuchungDatum: old.antragsdatum,
    augenUntersuchungDatum: old.antragsdatum,
    auskunftFahreignungsregister: true,
    leistungstestDatum: old.antragsdatum,
    leistungstest: { name: 'l.pdf', mediaType: 'application/pdf', content: 'JVBERi0xLjQK' },
    ersteHilfeDatum: old.antragsdatum,
  },
  bisherigeErlaubnis: { fahrzeugarten: old.fahrzeugarten },
};
const files = { 'old.json': JSON.stringify(old), 'answers.json': JSON.stringify(answers) };
const base = ['migrate', OLD, 'personenbefoerderungsschein', 'old.json', '--migration', MIGRATION];

describe('antrag migrate', () => {
  it('writes the migrated submission, which the new version accepts, and the report to standard error', () => {
    expect(oldForm.validate(old, { referenceDate: REF }).valid).toBe(true);
    const result = cli(
      [...base, '--answers', 'answers.json', '--reference-date', REF, '--lang', 'en'],
      files,
    );
    expect(result.stderr).toContain('Migration 1.0.0 → 2.0.0');
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout);
    expect(newForm.validate(data, { referenceDate: REF }).valid).toBe(true);
    expect(data.antragsteller.ausweisdokument).toEqual(answers.antragsteller.ausweisdokument);
  });

  it('--json prints data, changes and the report; without answers the questions make it exit 1', () => {
    const result = cli([...base, '--json', '--reference-date', REF], files);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.versions).toEqual(['1.0.0', '2.0.0']);
    expect(json.complete).toBe(false);
    expect(json.report.issues.map((issue: { code: string }) => issue.code)).toContain('MIGRATE_NEEDS_INPUT');
    expect(json.data.antragsdatum).toBe(old.antragsdatum);
  });

  it('-o writes the submission to a file', () => {
    const result = cli(
      [...base, '--answers', 'answers.json', '--reference-date', REF, '-o', 'new.json'],
      files,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.written['new.json'] ?? '')).toHaveProperty('antragsteller.ausweisdokument');
  });

  it('migrates an XML message of the old version', () => {
    const header: MessageHeader = {
      nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
      erstellungszeitpunkt: '2026-01-01T10:15:00+01:00',
      autor: { kennung: 'psw:00000001', name: 'Portal' },
      leser: { kennung: 'psw:01003110', name: 'Fachverfahren' },
    };
    const written = writeMessage(oldForm, old, header, { referenceDate: REF });
    if (!written.ok) throw new Error('not written');
    const result = cli(
      [
        'migrate',
        OLD,
        NEW,
        'old.xml',
        '--migration',
        MIGRATION,
        '--answers',
        'answers.json',
        '--reference-date',
        REF,
        '--json',
      ],
      { ...files, 'old.xml': written.xml },
    );
    expect(result.code).toBe(0);
    expect(newForm.validate(JSON.parse(result.stdout).data, { referenceDate: REF }).valid).toBe(true);
  });

  it('exits 2 for a broken or incomplete migration, and for usage errors', () => {
    const incomplete = JSON.parse(readFileSync(MIGRATION, 'utf8'));
    incomplete.steps = incomplete.steps.filter((step: { op: string }) => step.op !== 'ask');
    const broken = cli(['migrate', OLD, NEW, 'old.json', '--migration', 'm.json'], {
      ...files,
      'm.json': JSON.stringify(incomplete),
    });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('MIGRATION_INCOMPLETE');
    expect(cli(['migrate', OLD, NEW, 'old.json'], files).code).toBe(2);
    expect(cli(['migrate', OLD, NEW], files).code).toBe(2);
    const notMigration = cli(['migrate', OLD, NEW, 'old.json', '--migration', 'old.json'], files);
    expect(notMigration.code).toBe(2);
    expect(notMigration.stderr).toContain('MIGRATION_SCHEMA');
    const wrongEnds = cli(['migrate', NEW, NEW, 'old.json', '--migration', MIGRATION], files);
    expect(wrongEnds.code).toBe(2);
  });

  it('exits 1 for a submission that is not JSON', () => {
    const result = cli([...base.slice(0, 3), 'bad.json', '--migration', MIGRATION], { 'bad.json': '{"a": ' });
    expect(result.code).toBe(1);
  });
});
