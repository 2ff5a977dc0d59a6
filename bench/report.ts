/**
 * Renders the benchmark: the targets (ratio with spread, goal, met or missed; for a missed one
 * the profile's hotspots and what would close it), then each suite's tables, and an SVG of the
 * scaling curves.
 */

import type { Hotspot } from './profile.js';
import { met, ratioText, type Section, type Target, times } from './result.js';
import { SHAPE_BOUNDS, type ShapeResult } from './xml-shapes.js';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  readonly platform: string;
  readonly date: string;
  readonly rounds: number;
}

const cell = (text: string) => text.replace(/\|/g, '/').replace(/\n/g, ' ');

export function renderMarkdown(
  machine: Machine,
  sections: readonly Section[],
  profiles: ReadonlyMap<Target, readonly Hotspot[]>,
): string {
  const targets = sections.flatMap((section) => section.targets);
  const missed = targets.filter((target) => !met(target));
  const lines: string[] = [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench`; do not edit. -->',
    '',
    `Run on ${machine.date}: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node} (${machine.platform}). ` +
      `Every comparison is interleaved: ${machine.rounds} rounds, each running one batch of every contender in rotating order; a ratio is taken per round and shown as the median with the lowest and highest round in brackets. ` +
      'Absolute times on a shared machine are noise; the ratios measured side by side are the result. Why each workload is measured as it is: docs/decisions/0003-benchmarks.md.',
    '',
    `## Targets (${targets.length - missed.length} met, ${missed.length} missed)`,
    '',
    '| target | measured | goal | |',
    '|---|---|---|---|',
  ];
  for (const target of targets) {
    lines.push(
      `| ${cell(target.name)} | ${ratioText(target.ratio)}${target.unit ? ` ${target.unit.replace(/^×\s*/, '')}` : ''} | ${target.better === 'higher' ? '≥' : '≤'} ${times(target.goal)} | ${met(target) ? 'met' : '**missed**'} |`,
    );
  }
  if (missed.length > 0) {
    lines.push('', '## Missed targets: where the time goes', '');
    for (const target of missed) {
      lines.push(
        `### ${target.name}`,
        '',
        `Measured ${ratioText(target.ratio)}, goal ${target.better === 'higher' ? '≥' : '≤'} ${times(target.goal)}. ${target.whenMissed ?? ''}`,
        '',
      );
      const hotspots = profiles.get(target);
      if (hotspots && hotspots.length > 0) {
        lines.push(
          'Profile of the antrag side (self time, V8 sampling profiler):',
          '',
          '| function | self time |',
          '|---|---|',
        );
        for (const spot of hotspots) lines.push(`| \`${cell(spot.name)}\` | ${spot.percent.toFixed(1)} % |`);
        lines.push('');
      }
    }
  }
  for (const section of sections) {
    lines.push('', `## ${section.title}`, '');
    if (section.text) lines.push(section.text, '');
    for (const table of section.tables) {
      if (table.caption) lines.push(`**${table.caption}**`, '');
      lines.push(`| ${table.head.map(cell).join(' | ')} |`, `|${table.head.map(() => '---').join('|')}|`);
      for (const row of table.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
      lines.push('');
    }
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** The adversarial XML shapes (issue 19) as a section: each shape against the plain message. */
export function shapesSection(results: readonly ShapeResult[]): Section {
  const checks = results.map((shape) => {
    const plain = results.find((other) => other.kind === shape.kind && other.name === 'plain message');
    const memoryRatio = plain ? shape.peakBytes / shape.bytes / (plain.peakBytes / plain.bytes) : 1;
    return {
      shape,
      memoryRatio,
      met: shape.timeRatio <= SHAPE_BOUNDS.time && memoryRatio <= SHAPE_BOUNDS.memory,
    };
  });
  const failed = checks.filter((check) => !check.met).length;
  const size = results.find((shape) => shape.name === 'plain message')?.bytes ?? 0;
  return {
    title: `Adversarial XML (issue 19): shapes of about ${(size / 1e6).toFixed(0)} MB next to a plain message of that size`,
    text:
      'Each input is read in a process of its own (`bench/xml-shapes.ts`, shapes in `test/support/adversarial-xml.ts`): CPU time (median of runs) and the growth of the peak resident set over the first run. ' +
      `Bounds: time per byte at most ${SHAPE_BOUNDS.time}× and peak memory per byte at most ${SHAPE_BOUNDS.memory}× the plain message's (a valid Bürgergeld message with a large household; for \`fromXml\` read as alg2).`,
    tables: [
      {
        head: [
          'kind',
          'shape',
          'what',
          'MB',
          'MB/s',
          'time per byte vs plain',
          'peak memory / size',
          'memory per byte vs plain',
          'result',
          '',
        ],
        rows: checks.map(({ shape, memoryRatio, met: ok }) => {
          const plain = shape.name === 'plain message';
          return [
            shape.kind === 'parse' ? 'parse' : 'fromXml',
            shape.name,
            shape.description,
            (shape.bytes / 1e6).toFixed(1),
            (shape.bytes / 1e6 / (shape.ms / 1000)).toFixed(1),
            plain ? '1×' : times(shape.timeRatio),
            times(shape.peakBytes / shape.bytes),
            plain ? '1×' : times(memoryRatio),
            shape.outcome,
            ok ? 'met' : '**missed**',
          ];
        }),
      },
    ],
    targets: [
      {
        name: `adversarial XML (${checks.length} shapes): shapes outside the bounds`,
        ratio: { median: failed, low: failed, high: failed },
        goal: 0,
        better: 'lower',
        unit: 'shapes',
        whenMissed: 'see the table of shapes',
      },
    ],
  };
}

export interface ScalingPoint {
  readonly members: number;
  readonly antrag: number;
  readonly formio: number;
  readonly survey: number;
  readonly json: number;
}

/** Time per household member against household size, log-scaled axes; missing points are skipped. */
export function renderSvg(points: readonly ScalingPoint[]): string {
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
  const perMember = points
    .flatMap((p) => series.map((line) => p[line.key] / p.members))
    .filter((value) => Number.isFinite(value) && value > 0);
  const max = Math.max(...perMember, 1e-6);
  const min = Math.max(Math.min(...perMember), max / 1e5);
  const xMax = Math.max(...points.map((p) => Math.log10(p.members)), 1);
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
  for (const p of points) {
    parts.push(
      `<text x="${x(p.members)}" y="${height - bottom + 16}" text-anchor="middle">${p.members}</text>`,
    );
  }
  series.forEach((line, index) => {
    const coordinates = points
      .filter((p) => Number.isFinite(p[line.key]))
      .map((p) => `${x(p.members).toFixed(1)},${y(p[line.key] / p.members).toFixed(1)}`)
      .join(' ');
    parts.push(`<polyline fill="none" stroke="${line.color}" stroke-width="2" points="${coordinates}"/>`);
    parts.push(`<text x="${width - 150}" y="${24 + index * 16}" fill="${line.color}">${line.name}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
