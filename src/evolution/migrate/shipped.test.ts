/**
 * The shipped migrations (`schemas/<form>/migrations/1.0.0-2.0.0.json`) on real data: generated
 * valid 1.0.0 submissions are migrated (with the answers a portal would collect for the asked
 * elements) and validated by a fresh compile of 2.0.0 — never by the migration's own report.
 * A 1.0.0 XML message is read with migration and validates under 2.0.0. The check says at
 * definition time that each migration cannot be complete, and which elements it asks for; without
 * the questions it throws MIGRATION_INCOMPLETE for the required elements the diff shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FAMILIENSTAND_LISTE,
  GESCHLECHT_LISTE,
  STAATSANGEHOERIGKEIT_LISTE,
} from '../../../schemas/shared/codelists.js';
import { validExample } from '../../generate/valid-example.js';
import { DefinitionError } from '../../model/definition-error.js';
import { loadDefinition } from '../../model/load.js';
import type { CodeList, FormDefinition } from '../../model/types.js';
import { compile } from '../../validate/compile.js';
import type { MessageHeader } from '../../xml/message.js';
import { writeMessage } from '../../xml/write.js';
import { compileMigration } from './compile.js';
import type { Migration } from './format.js';
import { readMigrated } from './read.js';
import { migrate } from './run.js';

const REF = '2026-01-01';
const LISTS: readonly CodeList[] = [GESCHLECHT_LISTE, STAATSANGEHOERIGKEIT_LISTE, FAMILIENSTAND_LISTE];

function definition(form: string, version: string): FormDefinition {
  const loaded = loadDefinition(readFileSync(`schemas/${form}/versions/${version}.json`, 'utf8'));
  if (!loaded.ok) throw new Error(`${form} ${version} does not load`);
  return loaded.definition;
}

function migrationFile(form: string): Migration {
  return JSON.parse(readFileSync(`schemas/${form}/migrations/1.0.0-2.0.0.json`, 'utf8'));
}

// biome-ignore lint/suspicious/noExplicitAny: test data is read freely
type Data = Record<string, any>;

/**
 * What an applicant answers to the questions of each migration, as a partial 2.0.0 submission:
 * plausible statements that satisfy the 2.0.0 rules (a portal collects them from the applicant).
 */
const ANSWERS: Record<string, (old: Data) => Data> = {
  fuehrerschein: (old) => ({
    antragsteller: { ausweisdokument: { art: 'personalausweis', gueltigBis: '2031-06-30' } },
    gesetzlicheVertretung: [{ familienname: 'Muster', vornamen: 'Erika', zustimmung: true }],
    fahrschule: { bezeichnung: 'Fahrschule am Markt', ort: 'Leipzig' },
    auslaendischeFahrerlaubnis: { staatengruppe: 'drittstaat' },
    nachweise: {
      augenUntersuchungDatum: old.antragsdatum,
      aerztlicheUntersuchungDatum: old.antragsdatum,
      leistungstestDatum: old.antragsdatum,
      fuehrungszeugnisBeantragtAm: old.antragsdatum,
      ersteHilfeDatum: old.antragsdatum,
    },
    euFahrerlaubnis: [{ staat: '129', status: 'besessen' }],
    erklaerungen: { verzichtEuFahrerlaubnis: true },
  }),
  personenbefoerderungsschein: (old) => ({
    antragsteller: { ausweisdokument: { art: 'reisepass', gueltigBis: '2031-06-30' } },
    nachweise: {
      aerztlicheUntersuchungDatum: old.antragsdatum,
      augenUntersuchungDatum: old.antragsdatum,
      auskunftFahreignungsregister: true,
      leistungstestDatum: old.antragsdatum,
      leistungstest: { name: 'leistungstest.pdf', mediaType: 'application/pdf', content: 'JVBERi0xLjQK' },
      ersteHilfeDatum: old.antragsdatum,
    },
    bisherigeErlaubnis: { fahrzeugarten: old.fahrzeugarten },
  }),
  alg2: (old) => ({
    antragsteller: {
      gewoehnlicherAufenthaltInland: true,
      aufenthaltsrecht: { grundlage: 'aufenthaltstitel', erwerbstaetig: true, aufenthaltSeit: '2015-03-01' },
      dauerndGetrenntLebend: true,
      altersrente: false,
      unterbringung: 'keine',
    },
    haushalt: (old.haushalt ?? []).map(() => ({ familienstand: 'LD' })),
  }),
};

/** The elements each migration asks for: the new elements of 2.0.0 old data cannot provide. */
const ASKED: Record<string, readonly string[]> = {
  fuehrerschein: [
    'antragsteller.ausweisdokument',
    'gesetzlicheVertretung[]',
    'fahrschule',
    'auslaendischeFahrerlaubnis.staatengruppe',
    'nachweise.augenUntersuchungDatum',
    'nachweise.aerztlicheUntersuchungDatum',
    'nachweise.leistungstestDatum',
    'nachweise.fuehrungszeugnisBeantragtAm',
    'nachweise.ersteHilfeDatum',
    'euFahrerlaubnis[]',
    'erklaerungen.verzichtEuFahrerlaubnis',
  ],
  personenbefoerderungsschein: [
    'antragsteller.ausweisdokument',
    'nachweise.aerztlicheUntersuchungDatum',
    'nachweise.augenUntersuchungDatum',
    'nachweise.auskunftFahreignungsregister',
    'nachweise.leistungstestDatum',
    'nachweise.leistungstest',
    'nachweise.ersteHilfeDatum',
    'bisherigeErlaubnis.fahrzeugarten[]',
  ],
  alg2: [
    'haushalt[].familienstand',
    'antragsteller.gewoehnlicherAufenthaltInland',
    'antragsteller.aufenthaltsrecht',
    'antragsteller.dauerndGetrenntLebend',
    'antragsteller.altersrente',
    'antragsteller.unterbringung',
  ],
};

/**
 * Required (1:1) elements of 2.0.0 without a counterpart in 1.0.0, read off the two version
 * files: without its questions, each migration must be rejected for exactly these.
 */
const INCOMPLETE_WITHOUT_QUESTIONS: Record<string, readonly string[]> = {
  fuehrerschein: [
    'antragsteller.ausweisdokument.art',
    'antragsteller.ausweisdokument.gueltigBis',
    'erklaerungen.verzichtEuFahrerlaubnis',
  ],
  personenbefoerderungsschein: [
    'antragsteller.ausweisdokument.art',
    'antragsteller.ausweisdokument.gueltigBis',
    'nachweise.aerztlicheUntersuchungDatum',
    'nachweise.augenUntersuchungDatum',
    'bisherigeErlaubnis.fahrzeugarten[]',
  ],
  alg2: [
    'antragsteller.gewoehnlicherAufenthaltInland',
    'antragsteller.altersrente',
    'antragsteller.unterbringung',
  ],
};

/**
 * Rules of 2.0.0 that old data can fail however it is migrated: the law re-read made them
 * stricter or new (docs/forms.md, the forms' notes). A migrated submission may fail these, and
 * only these; at least 100 per form must pass every rule.
 */
const STRICTER_RULES: Record<string, readonly string[]> = {
  // A class already held (§ 9 FeV as re-read); foreign licence issued and residence taken before
  // the application (§ 29 FeV, now checked).
  fuehrerschein: ['R99000000141', 'R99000000172', 'R99000000173'],
  personenbefoerderungsschein: [],
  // Not able to work and no one in the benefit community who is (§ 7 Abs. 2 SGB II, new);
  // the age limit by year of birth (§ 7a SGB II) replaces "under 67".
  alg2: ['R99000000433', 'R99000000418'],
};

const HEADER: MessageHeader = {
  nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
  erstellungszeitpunkt: '2026-01-01T10:15:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Portal' },
  leser: { kennung: 'psw:01003110', name: 'Fachverfahren' },
};

for (const form of ['fuehrerschein', 'personenbefoerderungsschein', 'alg2']) {
  describe(`the shipped migration of ${form} 1.0.0 → 2.0.0`, () => {
    const oldDef = definition(form, '1.0.0');
    const newDef = definition(form, '2.0.0');
    const lists = [...LISTS, ...(newDef.codeLists ?? [])];
    const oldForm = compile(oldDef, { codeLists: lists });
    // The oracle: a compile of 2.0.0 of its own, not the migration's.
    const oracle = compile(definition(form, '2.0.0'), { codeLists: lists });

    it('is checked against both versions and says it cannot be complete, naming what it asks for', () => {
      const compiled = compileMigration(migrationFile(form), oldDef, newDef, { codeLists: lists });
      expect(compiled.complete).toBe(false);
      expect(
        compiled.findings.filter((f) => f.code === 'MIGRATION_NEEDS_INPUT').map((f) => f.keyPath),
      ).toEqual(ASKED[form]);
      expect(compiled.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });

    it('without its questions is rejected for the required elements old data cannot fill', () => {
      const file = migrationFile(form);
      const bare = { ...file, steps: file.steps.filter((step) => step.op !== 'ask') };
      let error: unknown;
      try {
        compileMigration(bare, oldDef, newDef, { codeLists: lists });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DefinitionError);
      const findings = (error as DefinitionError).findings;
      expect(findings.map((f) => f.code)).toEqual(findings.map(() => 'MIGRATION_INCOMPLETE'));
      expect(findings.map((f) => f.keyPath).sort()).toEqual(
        [...(INCOMPLETE_WITHOUT_QUESTIONS[form] ?? [])].sort(),
      );
    });

    it('migrates ≥ 100 generated valid 1.0.0 submissions to submissions 2.0.0 accepts', () => {
      const migration = compileMigration(migrationFile(form), oldForm, newDef, { codeLists: lists });
      const bases: Data[] = [];
      for (const [seed, shape] of [
        [1, 'typical'],
        [2, 'maximal'],
        [3, 'minimal'],
        [4, 'typical'],
      ] as const) {
        const sample = validExample(oldForm, { seed, shape, referenceDate: REF, codeLists: lists });
        if (sample.report.valid) bases.push(sample.data);
      }
      expect(bases.length).toBeGreaterThan(0);
      let fullyValid = 0;
      const stricter = new Map<string, number>();
      for (let seed = 1; seed <= 250; seed++) {
        const sample = validExample(oldForm, {
          seed,
          bases,
          referenceDate: REF,
          mutations: 15,
          codeLists: lists,
        });
        expect(sample.report.valid).toBe(true);
        const old = sample.data as Data;
        const result = migrate(old, migration, { referenceDate: REF, answers: ANSWERS[form]?.(old) ?? {} });
        expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
        const errors = oracle
          .validate(result.data, { referenceDate: REF })
          .issues.filter((issue) => issue.severity === 'error');
        const unexpected = errors.filter(
          (issue) => !STRICTER_RULES[form]?.includes(String(issue.params.ruleId ?? '')),
        );
        expect(unexpected.map((issue) => `${issue.code} ${issue.path} ${issue.params.ruleId ?? ''}`)).toEqual(
          [],
        );
        if (errors.length === 0) fullyValid++;
        for (const issue of errors) {
          const rule = String(issue.params.ruleId);
          stricter.set(rule, (stricter.get(rule) ?? 0) + 1);
        }
      }
      expect(fullyValid).toBeGreaterThanOrEqual(100);
    }, 120_000);

    it('reads a 1.0.0 message with migration; it validates under 2.0.0', () => {
      const migration = compileMigration(migrationFile(form), oldForm, newDef, { codeLists: lists });
      // A submission the stricter rules of 2.0.0 do not reject (see STRICTER_RULES).
      let sample = validExample(oldForm, { seed: 7, referenceDate: REF, codeLists: lists });
      for (let seed = 8; seed < 40; seed++) {
        const answers = ANSWERS[form]?.(sample.data as Data) ?? {};
        const migrated = migrate(sample.data, migration, { referenceDate: REF, answers });
        if (oracle.validate(migrated.data, { referenceDate: REF }).valid) break;
        sample = validExample(oldForm, { seed, referenceDate: REF, codeLists: lists });
      }
      expect(sample.report.valid).toBe(true);
      const written = writeMessage(oldForm, sample.data, HEADER, { referenceDate: REF });
      if (!written.ok) throw new Error(JSON.stringify(written.report.issues.slice(0, 3)));
      expect(written.xml).toContain(oldDef.message?.namespace ?? oldDef.key);
      const read = readMigrated(written.xml, {
        from: oldForm,
        to: oracle,
        migrations: [migration],
        referenceDate: REF,
        answers: ANSWERS[form]?.(sample.data as Data) ?? {},
      });
      expect(read.read.valid).toBe(true);
      expect(read.report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(read.valid).toBe(true);
      expect(read.header?.nachrichtenUUID).toBe(HEADER.nachrichtenUUID);
      expect(oracle.validate(read.data, { referenceDate: REF }).valid).toBe(true);
    });

    it('without the answers, reports each question a submission needs and keeps the rest', () => {
      const migration = compileMigration(migrationFile(form), oldForm, newDef, { codeLists: lists });
      const sample = validExample(oldForm, { seed: 7, referenceDate: REF, codeLists: lists });
      const result = migrate(sample.data, migration, { referenceDate: REF });
      const asked = result.issues.filter((issue) => issue.code === 'MIGRATE_NEEDS_INPUT');
      expect(asked.length).toBeGreaterThan(0);
      expect(result.complete).toBe(false);
      expect(result.issues.filter((issue) => issue.code !== 'MIGRATE_NEEDS_INPUT')).toEqual([]);
      // Each reported question is one 2.0.0 reports as missing, or one its rules then need.
      const missing = oracle.validate(result.data, { referenceDate: REF }).issues.map((issue) => issue.path);
      for (const issue of asked) {
        expect(
          missing.some((path) => path === issue.path || path.startsWith(`${issue.path}/`)),
          issue.path,
        ).toBe(true);
      }
    });
  });
}
