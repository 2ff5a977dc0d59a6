/**
 * `npm run bench` (`-- --quick` for a short smoke run): measures antrag against raw baselines and
 * peer form engines in one process and writes docs/benchmarks.md and docs/benchmarks.svg.
 * Absolute times on a shared machine are noise; the ratios measured side by side are the result.
 */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { measure } from 'mitata';
import { SaxesParser } from 'saxes';
import { compileToModule } from '../src/aot/generate.js';
import { importXdf } from '../src/fim/import.js';
import { toJsonSchema } from '../src/fim/json-schema.js';
import { validExample } from '../src/generate/valid-example.js';
import type { FormDefinition } from '../src/model/types.js';
import { compile } from '../src/validate/compile.js';
import { readMessage } from '../src/xml/read.js';
import { writeMessage, writeMessageUnchecked } from '../src/xml/write.js';
import { generateXsd } from '../src/xml/xsd.js';
import { sharedPath } from '../test/support/shared.js';
import { formioComponents, formioValidate } from './peers/formio.js';
import { surveyData, surveyJson, surveyValidate } from './peers/survey.js';
import { type Large, type Row, renderMarkdown, renderSvg } from './report.js';
import {
  alg2Data,
  alg2Unbounded,
  fuehrerschein,
  fuehrerscheinData,
  REFERENCE_DATE,
  valueCount,
} from './workloads.js';
import { xmlShapes } from './xml-shapes.js';

const quick = process.argv.includes('--quick');
const options = quick
  ? { min_cpu_time: 20_000_000, max_samples: 30, warmup_samples: 2 }
  : { min_cpu_time: 400_000_000, max_samples: 2_000 };

const HEADER = {
  nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
  erstellungszeitpunkt: '2026-02-02T10:00:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Portal' },
  leser: { kennung: 'psw:01003110', name: 'Jobcenter' },
};

/** Median time of one call in milliseconds (slow calls: the median of three single runs). */
async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  fn();
  const first = performance.now() - start;
  if (first > 300) {
    const runs = [first];
    for (let i = 0; i < (quick ? 0 : 2); i++) {
      const t = performance.now();
      fn();
      runs.push(performance.now() - t);
    }
    return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)] as number;
  }
  const stats = await measure(fn, options);
  return stats.p50 / 1e6;
}

const rows: Row[] = [];
const note = (group: string, name: string, ms: number, baseline?: string) => {
  rows.push({ group, name, ms, ...(baseline ? { baseline } : {}) });
  console.log(`${group.padEnd(28)} ${name.padEnd(44)} ${ms.toFixed(4)} ms`);
};

async function large(): Promise<Large> {
  const group = 'alg2, household of 8';
  const form = compile(alg2Unbounded);
  const data = alg2Data(8);
  const json = JSON.stringify(data);
  const written = writeMessage(form, data, HEADER, { referenceDate: REFERENCE_DATE });
  if (!written.ok) throw new Error('benchmark data is invalid');
  const xml = written.xml;
  const fxp = new XMLParser({ ignoreAttributes: false });
  const tree = fxp.parse(xml);
  const builder = new XMLBuilder({ ignoreAttributes: false });
  const formio = formioComponents(alg2Unbounded);
  const survey = surveyJson(alg2Unbounded);
  const surveyInput = surveyData(alg2Unbounded, data);
  if (formioValidate(formio, data) !== 0) throw new Error('the form.io adapter rejects the valid data');
  if (!surveyValidate(survey, surveyInput)) throw new Error('the SurveyJS adapter rejects the valid data');
  const xsd = XmlDocument.fromString(generateXsd(form));
  const validator = XsdValidator.fromDoc(xsd);
  const session = form.session(data, { referenceDate: REFERENCE_DATE });
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats.default(ajv);
  const ajvValidate = ajv.compile(toJsonSchema(alg2Unbounded) as object);
  if (!ajvValidate(data))
    throw new Error(`ajv rejects the valid data: ${JSON.stringify(ajvValidate.errors?.slice(0, 2))}`);
  let flip = false;

  const result: Record<string, number> = { values: valueCount(data), bytes: xml.length };
  result.validate = await time(() => form.validate(data, { referenceDate: REFERENCE_DATE }));
  note(group, `antrag validate (${result.values} values, all rules)`, result.validate);
  result.session = await time(() => {
    flip = !flip;
    return session.set('/haushalt/3/vornamen', flip ? 'Jonas' : 'Jona');
  });
  note(group, 'antrag session.set (one change)', result.session, 'antrag validate');
  result.compile = await time(() => compile(alg2Unbounded, { limits: {} }));
  note(group, 'antrag compile', result.compile);
  result.toXml = await time(() => writeMessage(form, data, HEADER, { referenceDate: REFERENCE_DATE }));
  note(group, 'antrag toXml (validate + write)', result.toXml);
  result.fromXml = await time(() => readMessage(form, xml, { referenceDate: REFERENCE_DATE }));
  note(group, 'antrag fromXml (parse + read + validate)', result.fromXml);
  result.ajv = await time(() => ajvValidate(data));
  note(group, 'baseline: ajv on the exported JSON Schema (structure only)', result.ajv);
  const aotValidate = await aheadOfTime(alg2Unbounded);
  if (
    JSON.stringify(aotValidate(data, { referenceDate: REFERENCE_DATE })) !==
    JSON.stringify(form.validate(data, { referenceDate: REFERENCE_DATE }))
  )
    throw new Error('the ahead-of-time validator reports differently from the interpreter');
  result.aot = await time(() => aotValidate(data, { referenceDate: REFERENCE_DATE }));
  note(group, 'antrag ahead-of-time validator (compileToModule)', result.aot, 'antrag validate');
  result.jsonParse = await time(() => JSON.parse(json));
  note(group, 'baseline: JSON.parse', result.jsonParse);
  result.fxpParse = await time(() => fxp.parse(xml));
  note(group, 'baseline: fast-xml-parser parse', result.fxpParse);
  result.saxes = await time(() => new SaxesParser({ xmlns: true }).write(xml).close());
  note(group, 'baseline: saxes tokenise', result.saxes);
  result.fxpBuild = await time(() => builder.build(tree));
  note(group, 'baseline: fast-xml-parser XMLBuilder', result.fxpBuild);
  result.libxml2 = await time(() => {
    const doc = XmlDocument.fromString(xml);
    validator.validate(doc);
    doc.dispose();
  });
  note(group, 'baseline: libxml2-wasm parse + XSD', result.libxml2);
  result.formio = await time(() => formioValidate(formio, data));
  note(group, 'peer: @formio/core evaluator', result.formio, 'antrag validate');
  result.survey = await time(() => surveyValidate(survey, surveyInput));
  note(group, 'peer: survey-core validate', result.survey, 'antrag validate');
  validator.dispose();
  xsd.dispose();
  return result as unknown as Large;
}

/**
 * The ahead-of-time validator of a definition: the module `compileToModule` writes (code lists
 * the definition carries included), imported from a file with the runtime from src/.
 */
async function aheadOfTime(definition: FormDefinition): Promise<(data: unknown, options: object) => unknown> {
  const runtime = fileURLToPath(new URL('../src/runtime/index.ts', import.meta.url));
  const file = join(mkdtempSync(join(tmpdir(), 'antrag-bench-')), 'validator.mjs');
  writeFileSync(file, compileToModule(definition, { runtime }));
  return (
    (await import(pathToFileURL(file).href)) as { validate: (data: unknown, options: object) => unknown }
  ).validate;
}

async function scaling(): Promise<
  Array<{ members: number; antrag: number; formio: number; survey: number; json: number }>
> {
  const sizes = quick ? [1, 10, 100] : [1, 10, 100, 1000];
  const form = compile(alg2Unbounded);
  const formio = formioComponents(alg2Unbounded);
  const survey = surveyJson(alg2Unbounded);
  const out = [];
  for (const members of sizes) {
    const data = alg2Data(members);
    const json = JSON.stringify(data);
    const surveyInput = surveyData(alg2Unbounded, data);
    const antrag = await time(() => form.validate(data, { referenceDate: REFERENCE_DATE }));
    const peerFormio = await time(() => formioValidate(formio, data));
    const peerSurvey = await time(() => surveyValidate(survey, surveyInput));
    const parse = await time(() => JSON.parse(json));
    const group = `alg2, ${members} member(s)`;
    note(group, 'antrag validate', antrag);
    note(group, 'peer: @formio/core evaluator', peerFormio);
    note(group, 'peer: survey-core validate', peerSurvey);
    note(group, 'baseline: JSON.parse', parse);
    out.push({ members, antrag, formio: peerFormio, survey: peerSurvey, json: parse });
  }
  return out;
}

async function photos(): Promise<Record<string, number>> {
  const form = compile(fuehrerschein);
  const result: Record<string, number> = {};
  for (const [label, bytes] of [
    ['100 KB', 100_000],
    ['5 MB', 5_000_000],
  ] as const) {
    const data = fuehrerscheinData(bytes);
    const written = writeMessage(form, data, HEADER, { referenceDate: '2026-03-02' });
    if (!written.ok) throw new Error('photo data invalid');
    const fxp = new XMLParser({ ignoreAttributes: false });
    const group = `fuehrerschein, ${label} photo`;
    result[`${label} validate`] = await time(() => form.validate(data, { referenceDate: '2026-03-02' }));
    note(group, 'antrag validate', result[`${label} validate`] as number);
    result[`${label} toXml`] = await time(() =>
      writeMessage(form, data, HEADER, { referenceDate: '2026-03-02' }),
    );
    note(group, 'antrag toXml', result[`${label} toXml`] as number);
    result[`${label} fromXml`] = await time(() =>
      readMessage(form, written.xml, { referenceDate: '2026-03-02' }),
    );
    note(group, 'antrag fromXml', result[`${label} fromXml`] as number);
    result[`${label} fxp`] = await time(() => fxp.parse(written.xml));
    note(group, 'baseline: fast-xml-parser parse', result[`${label} fxp`] as number);
  }
  return result;
}

/** An imported real FIM schema (BlaueKarte, XDatenfelder 2) with generated valid data. */
async function imported(): Promise<Record<string, number>> {
  const { definition } = importXdf(readFileSync(sharedPath('corpus', 'xdf2', 'S00000121_BlaueKarte.xml')));
  if (!definition) throw new Error('BlaueKarte did not import');
  const form = compile(definition);
  const sample = validExample(form, { seed: 1, shape: 'maximal' });
  const group = 'BlaueKarte (imported XDF 2)';
  const result: Record<string, number> = {};
  result.compile = await time(() => compile(definition, { limits: {} }));
  note(group, 'antrag compile', result.compile);
  result.validate = await time(() => form.validate(sample.data, { referenceDate: '2026-01-01' }));
  note(group, `antrag validate (${valueCount(sample.data)} values)`, result.validate);
  return result;
}

/** Peak memory of reading a message that is mostly one base64 attachment. */
function memory(): { messageBytes: number; peakBytes: number } {
  const form = compile(fuehrerschein);
  const data = fuehrerscheinData(quick ? 3_750_000 : 37_500_000);
  // The photo is over the form's 10 MB limit, so the message is written without validation.
  const written = writeMessageUnchecked(form, data, HEADER);
  if (!written.ok) throw new Error('memory message not written');
  const message = Buffer.from(written.xml);
  // Reading is synchronous, so the peak is taken from the process's maximum resident set size,
  // before and after (this runs first, before other workloads raise that maximum).
  globalThis.gc?.();
  const before = process.resourceUsage().maxRSS * 1024;
  const result = readMessage(form, message, {
    referenceDate: '2026-03-02',
    limits: { maxBytes: 128 * 1024 * 1024, maxTextLength: 64 * 1024 * 1024 },
  });
  const peak = Math.max(0, process.resourceUsage().maxRSS * 1024 - before);
  // Over the form's 10 MB file limit the report says FILE_TOO_LARGE; the message is still read whole.
  if (!result.data) throw new Error('memory message unreadable');
  return { messageBytes: message.length, peakBytes: peak };
}

const started = new Date();
const memoryResult = memory();
const largeResult = await large();
const scalingResult = await scaling();
const photoResult = await photos();
const importedResult = await imported();
const shapesResult = xmlShapes(quick);
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  node: process.version,
  platform: platform(),
  date: started.toISOString().slice(0, 10),
  quick,
};
const markdown = renderMarkdown({
  machine,
  rows,
  large: largeResult,
  scaling: scalingResult,
  photos: photoResult,
  imported: importedResult,
  memory: memoryResult,
  shapes: shapesResult,
});
const svg = renderSvg(scalingResult);
if (quick) {
  console.log('quick run: docs/benchmarks.md and .svg are left as they are');
} else {
  writeFileSync('docs/benchmarks.md', markdown);
  writeFileSync('docs/benchmarks.svg', svg);
  console.log('wrote docs/benchmarks.md and docs/benchmarks.svg');
}
