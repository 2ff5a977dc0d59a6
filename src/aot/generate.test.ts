/**
 * The ahead-of-time module and the interpreter give identical reports (issues, their order,
 * messages in German and English, paths, related paths, params; with and without pruning and
 * filling): a property test over random submissions (sample data from `generateExample`, then
 * random edits: values of every kind put anywhere, values removed, unknown keys added) for the
 * three shipped forms and the imported corpus schemas, plus every example of the shipped forms.
 * The generated module is written to a file and imported as a module, as users run it.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { alg2 } from '../../schemas/alg2/form.js';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { personenbefoerderungsschein } from '../../schemas/personenbefoerderungsschein/form.js';
import { sharedPath } from '../../test/support/shared.js';
import { importCodeList } from '../fim/genericode.js';
import { importXdf } from '../fim/import.js';
import { generateExample } from '../generate/example.js';
import { defineForm, field, group } from '../model/builders.js';
import type { CodeList, FormDefinition, RuleDefinition } from '../model/types.js';
import { type CompiledForm, compile, type ValidateOptions } from '../validate/compile.js';
import { compileToModule, RUNTIME_NAMES } from './generate.js';

type Validate = (data: unknown, options?: ValidateOptions) => unknown;

const RUNTIME = fileURLToPath(new URL('../runtime/index.ts', import.meta.url));
const DIR = mkdtempSync(join(tmpdir(), 'antrag-aot-'));

async function load(name: string, definition: FormDefinition, codeLists: readonly CodeList[] = []) {
  const source = compileToModule(definition, { codeLists, runtime: RUNTIME });
  const file = join(DIR, `${name}.mjs`);
  writeFileSync(file, source);
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { validate: Validate };
  return { aot: module.validate, form: compile(definition, { codeLists }), source };
}

function corpusForm(file: readonly string[], lists: readonly string[]) {
  const { definition } = importXdf(readFileSync(sharedPath('corpus', ...file)));
  if (!definition) throw new Error(`${file.join('/')} does not import`);
  const codeLists = lists.map((name) => {
    const list = importCodeList(readFileSync(sharedPath('corpus', 'xdf2', 'S00000094', name))).codeList;
    if (!list) throw new Error(`${name} does not import`);
    return list;
  });
  return { definition, codeLists };
}

/** Values of every kind, many at the edges of what fields accept. */
const ANY_VALUE = fc.oneof(
  fc.constantFrom(
    '',
    'x',
    ' ',
    'A2',
    'DE',
    '000',
    '2024-02-29',
    '2023-02-29',
    '12:00:00Z',
    '2024-01-01T10:00:00',
  ),
  fc.constantFrom(0, -1, 1.005, 1e21, 17, 9999999, true, false, null, [], {}, [{}], { content: 'QQ==' }),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -100, max: 3000 }),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.jsonValue({ maxDepth: 2 }),
);

interface Edit {
  readonly at: number;
  readonly action: 'set' | 'delete' | 'unknown';
  readonly value: unknown;
}

const EDITS = fc.array(
  fc.record({
    at: fc.nat(),
    action: fc.constantFrom('set', 'set', 'delete', 'unknown') as fc.Arbitrary<Edit['action']>,
    value: ANY_VALUE,
  }),
  { maxLength: 6 },
);

/** Every container (object or array) of the data with its keys. */
function slots(data: unknown): Array<[Record<string, unknown> | unknown[], string | number]> {
  const out: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        out.push([node, index]);
        visit(item);
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, item] of Object.entries(node)) {
        out.push([node as Record<string, unknown>, key]);
        visit(item);
      }
    }
  };
  visit(data);
  return out;
}

function applyEdits(data: Record<string, unknown>, edits: readonly Edit[]): Record<string, unknown> {
  for (const edit of edits) {
    const all = slots(data);
    const slot = all[edit.at % Math.max(all.length, 1)];
    if (!slot) continue;
    const [parent, key] = slot;
    if (edit.action === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (edit.action === 'unknown' && !Array.isArray(parent)) {
      parent[`unbekannt${edit.at % 7}`] = edit.value;
    } else {
      (parent as Record<string | number, unknown>)[key] = structuredClone(edit.value);
    }
  }
  return data;
}

const OPTIONS: readonly ValidateOptions[] = [
  { referenceDate: '2026-03-02' },
  { referenceDate: '2026-03-02', prune: true, fill: true },
  { referenceDate: '2009-07-15', prune: true },
];

function expectSameReports(form: CompiledForm, aot: Validate, data: unknown): void {
  for (const options of OPTIONS) {
    const interpreted = form.validate(structuredClone(data), options);
    const generated = aot(structuredClone(data), options);
    expect(generated).toStrictEqual(interpreted);
  }
}

const V = '1.0.0';
const rule = (id: number, ruleKind: RuleDefinition['ruleKind'], expression: string, extra: object = {}) =>
  ({
    id: `R99000009${String(id).padStart(3, '0')}`,
    version: V,
    name: `Regel ${id}`,
    typ: 'V',
    ruleKind,
    expression,
    ...extra,
  }) as RuleDefinition;

/** What the shipped forms use little or not at all: times, patterns, if, matches, nested repeats, files, labels, odd keys, a name with a line break. */
const EDGES = defineForm({
  id: 'S99000009000',
  version: V,
  name: 'Kanten\r\nFormular */',
  key: 'kanten',
  rules: [
    rule(1, 'constraint', 'countWhere(gruppe, gruppe.beginn < `uhr-zeit`) <= 2', {
      code: 'X_COUNT',
      bezug: '§ 1',
    }),
    rule(2, 'constraint', 'if(present(zeitpunkt), zeitpunkt < ende, true)'),
  ],
  children: [
    field.label({ id: 'F99000009001', version: V, name: 'Hinweis', key: 'hinweis' }),
    field.time({
      id: 'F99000009002',
      version: V,
      name: 'uhrzeit',
      key: 'uhr-zeit',
      cardinality: '0:1',
      praezisierung: { minValue: '08:00:00', maxValue: '18:00:00+01:00' },
    }),
    field.datetime({
      id: 'F99000009003',
      version: V,
      name: 'zeitpunkt',
      key: 'zeitpunkt',
      cardinality: '0:1',
    }),
    field.datetime({ id: 'F99000009008', version: V, name: 'ende', key: 'ende', cardinality: '0:1' }),
    field.text({
      id: 'F99000009004',
      version: V,
      name: 'kennung',
      key: 'kennung.x',
      cardinality: '0:3',
      praezisierung: { pattern: '[A-Z]{2}\\d{1,3}', minLength: 3, maxLength: 5 },
      rules: [rule(3, 'constraint', 'matches(self, "[A-Z]+\\d")')],
    }),
    field.textLatin({ id: 'F99000009005', version: V, name: 'name', key: 'name', cardinality: '0:1' }),
    field.file({ id: 'F99000009006', version: V, name: 'anlage', key: 'anlage', cardinality: '0:2' }),
    field.currency({
      id: 'F99000009007',
      version: V,
      name: 'betrag',
      key: 'betrag',
      cardinality: '0:1',
      praezisierung: { minValue: 0, maxValue: 1000 },
      rules: [rule(4, 'calculate', 'round(sum(gruppe.anzahl) * 1.5, 2)')],
    }),
    group({
      id: 'G99000009010',
      version: V,
      name: 'gruppe',
      key: 'gruppe',
      cardinality: '0:4',
      rules: [
        rule(5, 'relevant', 'not(empty(zeitpunkt)) or betrag > 1'),
        rule(6, 'minCount', 'if(betrag > 5, 2, 0)'),
      ],
      children: [
        field.time({ id: 'F99000009011', version: V, name: 'beginn', key: 'beginn', cardinality: '0:1' }),
        field.int({ id: 'F99000009012', version: V, name: 'anzahl', key: 'anzahl', cardinality: '0:1' }),
        group({
          id: 'G99000009013',
          version: V,
          name: 'teil',
          key: 'teil',
          cardinality: '0:*',
          children: [
            field.bool({
              id: 'F99000009014',
              version: V,
              name: 'ok',
              key: 'ok',
              rules: [rule(7, 'required', 'countWhere(gruppe.teil, gruppe.teil.ok = true) = 0')],
              cardinality: '0:1',
            }),
          ],
        }),
      ],
    }),
  ],
});

const SHIPPED = { fuehrerschein, personenbefoerderungsschein, alg2, kanten: EDGES } as const;
const CORPUS = {
  BlaueKarte: { file: ['xdf2', 'S00000121_BlaueKarte.xml'], lists: [] as string[] },
  S00000094: {
    file: ['xdf2', 'S00000094', 'S00000094V1.0_xdf2.xml'],
    lists: [
      'C00000020_genericode.xml',
      'C00000021_genericode.xml',
      'C60000006_genericode.xml',
      'C60000020_genericode.xml',
    ],
  },
} as const;

describe('ahead-of-time module = interpreter', () => {
  const loaded = new Map<string, Awaited<ReturnType<typeof load>> & { codeLists: readonly CodeList[] }>();
  beforeAll(async () => {
    for (const [name, definition] of Object.entries(SHIPPED)) {
      loaded.set(name, { ...(await load(name, definition)), codeLists: [] });
    }
    for (const [name, { file, lists }] of Object.entries(CORPUS)) {
      const { definition, codeLists } = corpusForm(file, lists);
      loaded.set(name, { ...(await load(name, definition, codeLists)), codeLists });
    }
  }, 120_000);

  for (const name of [...Object.keys(SHIPPED), ...Object.keys(CORPUS)]) {
    it(`${name}: identical reports for random submissions (property)`, () => {
      const entry = loaded.get(name);
      if (!entry) throw new Error(`${name} not loaded`);
      const { form, aot, codeLists } = entry;
      let issues = 0;
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 1_000_000 }),
          fc.constantFrom('typical', 'minimal', 'maximal') as fc.Arbitrary<'typical' | 'minimal' | 'maximal'>,
          EDITS,
          (seed, shape, edits) => {
            const data = applyEdits(
              generateExample(form.definition, { seed, shape, codeLists, anchorDate: '2026-03-02' }),
              edits,
            );
            issues += form.validate(data, OPTIONS[0]).issues.length;
            expectSameReports(form, aot, data);
          },
        ),
        { seed: 16_2, numRuns: 60 },
      );
      // The property saw reports with issues, not only valid data.
      expect(issues).toBeGreaterThan(20);
    }, 120_000);
  }

  it('identical reports for every example of the shipped forms, and for data that is no object', () => {
    let checked = 0;
    for (const name of Object.keys(SHIPPED)) {
      const entry = loaded.get(name);
      if (!entry) throw new Error(`${name} not loaded`);
      if (name === 'kanten') continue;
      const dir = fileURLToPath(new URL(`../../examples/${name}/`, import.meta.url));
      const files = [
        ...readdirSync(dir).filter((file) => file.endsWith('.json')),
        ...readdirSync(join(dir, 'invalid'))
          .filter((file) => file.endsWith('.json'))
          .map((file) => join('invalid', file)),
      ];
      for (const file of files) {
        expectSameReports(entry.form, entry.aot, JSON.parse(readFileSync(join(dir, file), 'utf8')));
        checked++;
      }
      for (const data of [null, [], 'text', 42]) expectSameReports(entry.form, entry.aot, data);
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('keeps the first maxIssues issues in the same order and summarises the rest identically', async () => {
    const definition = fuehrerschein;
    const { aot, form } = await load('limited', definition);
    const data: Record<string, unknown> = {};
    for (let i = 0; i < 1500; i++) data[`x${i}`] = i;
    expectSameReports(form, aot, data);
    const report = aot(data) as { issues: Array<{ code: string }> };
    expect(report.issues.at(-1)?.code).toBe('LIMIT_ISSUES');
  });

  it('imports exactly what the runtime exports', async () => {
    const runtime = await import('../runtime/index.js');
    expect(Object.keys(runtime).sort()).toEqual([...RUNTIME_NAMES].sort());
  });

  it('needs nothing but the runtime: no parser, no linter, no XSD regex translator, no eval', () => {
    const source = loaded.get('fuehrerschein')?.source ?? '';
    const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
    expect(imports).toEqual([RUNTIME]);
    expect(source).not.toMatch(/\beval\(|new Function|compileXsdPattern/);
  });
});
