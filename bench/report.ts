/** Renders benchmark results: Markdown tables with ratios and targets, and an SVG of the scaling curves. */

import { SHAPE_BOUNDS, type ShapeResult } from './xml-shapes.js';

export interface Row {
  readonly group: string;
  readonly name: string;
  readonly ms: number;
  readonly baseline?: string;
}

interface Scaling {
  readonly members: number;
  readonly antrag: number;
  readonly formio: number;
  readonly survey: number;
  readonly json: number;
}

/** Median times (ms) of the large application, and its size. */
export interface Large {
  readonly values: number;
  readonly bytes: number;
  readonly validate: number;
  readonly session: number;
  readonly compile: number;
  readonly toXml: number;
  readonly fromXml: number;
  readonly jsonParse: number;
  readonly fxpParse: number;
  readonly saxes: number;
  readonly fxpBuild: number;
  readonly libxml2: number;
  readonly ajv: number;
  /** The ahead-of-time validator (compileToModule) on the same data. */
  readonly aot: number;
  readonly formio: number;
  readonly survey: number;
}

interface Input {
  readonly machine: Record<string, string | number | boolean>;
  readonly rows: readonly Row[];
  readonly large: Large;
  readonly scaling: readonly Scaling[];
  readonly photos: Record<string, number>;
  readonly imported: Record<string, number>;
  readonly memory: { messageBytes: number; peakBytes: number };
  readonly shapes: readonly ShapeResult[];
}

const ms = (value: number) =>
  value >= 10 ? value.toFixed(1) : value >= 0.1 ? value.toFixed(3) : value.toFixed(4);
const ratio = (value: number) => `${value >= 10 ? value.toFixed(0) : value.toFixed(2)}×`;

function target(
  name: string,
  measured: number,
  goal: number,
  higherIsBetter: boolean,
  explain: string,
): string {
  const met = higherIsBetter ? measured >= goal : measured <= goal;
  return `| ${name} | ${ratio(measured)} | ${higherIsBetter ? '≥' : '≤'} ${goal}× | ${met ? 'met' : `**missed**: ${explain}`} |`;
}

export function renderMarkdown(input: Input): string {
  const { large, scaling, photos, memory } = input;
  const lines: string[] = [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench`; do not edit. -->',
    '',
    `Run on ${input.machine.date}: ${input.machine.cpu}, ${input.machine.cores} cores, Node ${input.machine.node} (${input.machine.platform}). ` +
      'Times are medians of in-process runs (mitata); on a shared machine only the ratios measured side by side in the same run are meaningful.',
    '',
    '## Targets',
    '',
    '| target | measured | goal | |',
    '|---|---|---|---|',
    target(
      'full validation (all rules, code lists) vs raw ajv structural check',
      large.validate / large.ajv,
      2,
      false,
      'ajv compiles the schema into straight-line code and checks structure only; antrag walks its compiled tree and also runs 17 rules, DIN 91379 and check digits. Code generated per form (the ahead-of-time module, decision 0019, CSP-safe) removes the walk but not the rule helpers it shares: see the next row',
    ),
    target(
      'ahead-of-time validator (all rules, code lists) vs raw ajv structural check',
      large.aot / large.ajv,
      2,
      false,
      'the generated module still runs every rule, DIN 91379 and the check digits that ajv does not, and builds issues through the shared runtime; see decision 0019',
    ),
    target(
      'faster than @formio/core (same data, equivalent definition)',
      large.formio / large.validate,
      10,
      true,
      'see the notes below',
    ),
    target(
      'faster than survey-core (same data, equivalent definition)',
      large.survey / large.validate,
      10,
      true,
      'see the notes below',
    ),
    target(
      'incremental re-check vs full validation',
      large.validate / large.session,
      20,
      true,
      'a change inside a household member re-checks that member and the rules over the household; the dependency index already skips rules that only count items. Closing it: finer dependencies per rule instance',
    ),
    target(
      'fromXml throughput vs fast-xml-parser raw parse',
      large.fxpParse / large.fromXml,
      2,
      true,
      "fromXml = the library's own strict XML parser (src/xml/parser: strict decoding, well-formedness, namespaces, limits, positions) building a tree + typing + full validation with all rules; with the 5 MB photo it is faster than fast-xml-parser. Closing it: type and check while parsing, without the intermediate tree",
    ),
    target(
      'toXml vs fast-xml-parser XMLBuilder',
      large.fxpBuild / large.toXml,
      1,
      true,
      'toXml validates the data with all rules before writing (only valid data is written); the writing itself takes less than XMLBuilder. Closing it: an option to skip validation of data that was just validated',
    ),
  ];
  const ten = scaling.find((s) => s.members === 10);
  const thousand = scaling.find((s) => s.members === 1000) ?? scaling[scaling.length - 1];
  if (ten && thousand && thousand.members > 10) {
    lines.push(
      target(
        `linear scaling: time per member at ${thousand.members} vs 10`,
        thousand.antrag / thousand.members / (ten.antrag / 10),
        1.5,
        false,
        'see the scaling table',
      ),
    );
  }
  const memoryRatio = memory.peakBytes / memory.messageBytes;
  lines.push(
    `| memory: reading a ${(memory.messageBytes / 1e6).toFixed(0)} MB message (mostly base64): growth of the peak resident set | ${ratio(memoryRatio)} of the message | ≤ 4× | ${memoryRatio <= 4 ? 'met' : '**missed**: the reader keeps the decoded text, the tree and the data at once'} |`,
  );
  const shapeChecks = input.shapes.map((shape) => ({ shape, ...shapeVerdict(shape, input.shapes) }));
  const missed = shapeChecks.filter((check) => !check.met);
  lines.push(
    `| adversarial XML (${shapeChecks.length} shapes): time per byte ≤ ${SHAPE_BOUNDS.time}× and peak memory per byte ≤ ${SHAPE_BOUNDS.memory}× a plain message's | ${missed.length} missed | all met | ${missed.length === 0 ? 'met' : `**missed**: ${missed.map((check) => check.shape.name).join(', ')}`} |`,
  );
  lines.push(
    '',
    `## The large application: alg2 with a household of 8 (${large.values} values, ${(large.bytes / 1024).toFixed(0)} KiB as XML)`,
    '',
    '| operation | median ms | ratio |',
    '|---|---|---|',
  );
  for (const row of input.rows.filter((r) => r.group === 'alg2, household of 8')) {
    const base = row.name.startsWith('peer')
      ? large.validate
      : row.name.includes('session')
        ? large.validate
        : undefined;
    const shown =
      base === undefined
        ? ''
        : row.name.includes('session')
          ? `${ratio(base / row.ms)} faster than full validation`
          : `${ratio(row.ms / base)} antrag's validate time`;
    lines.push(`| ${row.name} | ${ms(row.ms)} | ${shown} |`);
  }
  lines.push('', '## Scaling with the household size', '', '![scaling curves](benchmarks.svg)', '');
  lines.push(
    '| members | antrag validate ms | per member | @formio/core ms | survey-core ms | JSON.parse ms |',
    '|---|---|---|---|---|---|',
  );
  for (const s of scaling) {
    lines.push(
      `| ${s.members} | ${ms(s.antrag)} | ${ms(s.antrag / s.members)} | ${ms(s.formio)} | ${ms(s.survey)} | ${ms(s.json)} |`,
    );
  }
  lines.push(
    '',
    '## Führerschein with a photo',
    '',
    '| photo | validate ms | toXml ms | fromXml ms | fast-xml-parser parse ms |',
    '|---|---|---|---|---|',
  );
  for (const label of ['100 KB', '5 MB']) {
    lines.push(
      `| ${label} | ${ms(photos[`${label} validate`] ?? 0)} | ${ms(photos[`${label} toXml`] ?? 0)} | ${ms(photos[`${label} fromXml`] ?? 0)} | ${ms(photos[`${label} fxp`] ?? 0)} |`,
    );
  }
  lines.push(...shapeSection(shapeChecks));
  lines.push(
    '',
    '## Notes',
    '',
    '- **Peers** get an equivalent definition generated from ours (`bench/peers/`): groups, repeats, required fields, lengths, patterns, ranges and select values. They get none of what they cannot express — files, code lists by URI, DIN 91379, check digits and the rules — so they do less work than antrag. Their adapters are tested to accept the valid data and reject an invalid change (`test/bench-peers.test.ts`).',
    "- **fromXml** parses with the library's own strict XML parser (`src/xml/parser`, decision 0002: no DTD, Namespaces in XML, positions for every issue), types every value by the definition and validates the result with all rules; fast-xml-parser only tokenises into an untyped tree (and is not strict). saxes is measured only as a tokenising baseline; the library does not use it.",
    '- **toXml** validates the data before writing (only valid data is written); XMLBuilder serialises a prepared tree.',
    '- **ajv** checks structure only (types, lengths, patterns, enumerations, cardinality) on the JSON Schema exported by `toJsonSchema`; antrag validates that and the rules, code lists, DIN 91379 and check digits.',
    '',
  );
  return lines.join('\n');
}

/** Whether a shape is within the bounds against the plain message of its kind. */
function shapeVerdict(
  shape: ShapeResult,
  all: readonly ShapeResult[],
): { memoryRatio: number; met: boolean } {
  const plain = all.find((other) => other.kind === shape.kind && other.name === 'plain message');
  const memoryRatio = plain ? shape.peakBytes / shape.bytes / (plain.peakBytes / plain.bytes) : 1;
  return { memoryRatio, met: shape.timeRatio <= SHAPE_BOUNDS.time && memoryRatio <= SHAPE_BOUNDS.memory };
}

function shapeSection(
  checks: ReadonlyArray<{ shape: ShapeResult; memoryRatio: number; met: boolean }>,
): string[] {
  if (checks.length === 0) return [];
  const size = checks.find((check) => check.shape.name === 'plain message')?.shape.bytes ?? 0;
  const lines = [
    '',
    `## Adversarial XML (issue 19): shapes of about ${(size / 1e6).toFixed(0)} MB next to a plain message of that size`,
    '',
    'Each input is read in a process of its own (`bench/xml-shapes.ts`, shapes in `test/support/adversarial-xml.ts`): CPU time (median of runs) and the growth of the peak resident set over the first run. ' +
      `Bounds: time per byte at most ${SHAPE_BOUNDS.time}× and peak memory per byte at most ${SHAPE_BOUNDS.memory}× the plain message's (a valid Bürgergeld message with a large household; for \`fromXml\` read as alg2). ` +
      'Parsing builds the whole tree, so even the plain message needs several times its size.',
    '',
    '| kind | shape | what | MB | MB/s | time per byte vs plain | peak memory / size | memory per byte vs plain | result | |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { shape, memoryRatio, met } of checks) {
    const plain = shape.name === 'plain message';
    lines.push(
      `| ${shape.kind === 'parse' ? 'parse' : 'fromXml'} | ${shape.name} | ${shape.description} | ${(shape.bytes / 1e6).toFixed(1)} | ${(shape.bytes / 1e6 / (shape.ms / 1000)).toFixed(1)} | ${plain ? '1×' : ratio(shape.timeRatio)} | ${ratio(shape.peakBytes / shape.bytes)} | ${plain ? '1×' : ratio(memoryRatio)} | ${shape.outcome.replace(/\|/g, '/')} | ${met ? 'met' : '**missed**'} |`,
    );
  }
  return lines;
}

/** Time per household member against household size, log-scaled x axis. */
export function renderSvg(scaling: readonly Scaling[]): string {
  const width = 640;
  const height = 360;
  const left = 70;
  const bottom = 40;
  const series = [
    { name: 'antrag validate', key: 'antrag', color: '#1b7837' },
    { name: '@formio/core', key: 'formio', color: '#762a83' },
    { name: 'survey-core', key: 'survey', color: '#e08214' },
    { name: 'JSON.parse', key: 'json', color: '#777777' },
  ] as const;
  const perMember = scaling.flatMap((s) => series.map((line) => s[line.key] / s.members));
  const max = Math.max(...perMember, 1e-6);
  const min = Math.max(Math.min(...perMember), max / 1e5);
  const xs = scaling.map((s) => Math.log10(s.members));
  const xMax = Math.max(...xs, 1);
  const x = (members: number) => left + (Math.log10(members) / xMax) * (width - left - 20);
  const y = (value: number) =>
    20 +
    (1 - (Math.log10(Math.max(value, min)) - Math.log10(min)) / (Math.log10(max) - Math.log10(min) || 1)) *
      (height - bottom - 20);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    '<title>Validation time per household member against household size: antrag, form.io, SurveyJS, JSON.parse</title>',
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<line x1="${left}" y1="${height - bottom}" x2="${width - 10}" y2="${height - bottom}" stroke="black"/>`,
    `<line x1="${left}" y1="10" x2="${left}" y2="${height - bottom}" stroke="black"/>`,
    `<text x="${width / 2}" y="${height - 8}" text-anchor="middle">household members (log scale)</text>`,
    `<text x="14" y="${height / 2}" transform="rotate(-90 14 ${height / 2})" text-anchor="middle">ms per member (log scale)</text>`,
  ];
  for (const s of scaling) {
    parts.push(
      `<text x="${x(s.members)}" y="${height - bottom + 16}" text-anchor="middle">${s.members}</text>`,
    );
  }
  series.forEach((line, index) => {
    const points = scaling
      .map((s) => `${x(s.members).toFixed(1)},${y(s[line.key] / s.members).toFixed(1)}`)
      .join(' ');
    parts.push(`<polyline fill="none" stroke="${line.color}" stroke-width="2" points="${points}"/>`);
    parts.push(`<text x="${width - 150}" y="${24 + index * 16}" fill="${line.color}">${line.name}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
