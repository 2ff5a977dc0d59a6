/**
 * `npm run bench` (`-- --quick` for a short smoke run, as CI runs it): every target of issue 16
 * measured side by side, interleaved in rounds (`bench/harness.ts`), with its ratio, spread and
 * met or missed; the antrag side of each missed target is profiled. A full run writes
 * docs/benchmarks.md and docs/benchmarks.svg. Suites are modules in `bench/suites/`; add one
 * by adding it to `SUITES`.
 */

import { writeFileSync } from 'node:fs';
import { cpus, platform } from 'node:os';
import { settings } from './harness.js';
import { playgroundKeystroke, renderPlayground } from './playground.js';
import { type Hotspot, hotspots } from './profile.js';
import { renderMarkdown, shapesSection } from './report.js';
import { met, ratioText, type Section, type Target } from './result.js';
import { renderServeMarkdown, serveBenchmark } from './serve.js';
import { memorySuite } from './suites/memory.js';
import { scalingSuite } from './suites/scaling.js';
import { sessionSuite } from './suites/session.js';
import { loadAotValidator, validationSuite } from './suites/validation.js';
import { xmlSuite } from './suites/xml.js';
import { xmlShapes } from './xml-shapes.js';

const quick = process.argv.includes('--quick');
const options = settings(quick);

/** The ahead-of-time validator the validation suite measures (importing it is asynchronous). */
const aot = await loadAotValidator();

/** The suites in the order they run and are reported (memory first: a fresh machine state). */
const SUITES: ReadonlyArray<(options: ReturnType<typeof settings>) => Section> = [
  memorySuite,
  (o) => validationSuite(o, aot),
  sessionSuite,
  xmlSuite,
  scalingSuite,
  (o) => shapesSection(xmlShapes(o.quick)),
];

const started = new Date();
const sections = SUITES.map((suite) => suite(options));
const profiles = new Map<Target, Hotspot[]>();
for (const target of sections.flatMap((section) => section.targets)) {
  console.log(
    `${met(target) ? 'met   ' : 'MISSED'} ${target.name}: ${ratioText(target.ratio)} (goal ${target.better === 'higher' ? '≥' : '≤'} ${target.goal})`,
  );
  if (!met(target) && target.profile)
    profiles.set(target, await hotspots(target.profile, quick ? 200 : 2000));
}
// The browser and HTTP workloads run in their own processes (Chromium, the service), after the suites.
const playgroundResult = await playgroundKeystroke(quick);
console.log(renderPlayground(playgroundResult));
const serveResult = await serveBenchmark(quick);
console.log(renderServeMarkdown(serveResult));
const suitesMarkdown = renderMarkdown(
  {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    platform: platform(),
    date: started.toISOString().slice(0, 10),
    rounds: options.rounds,
  },
  sections,
  profiles,
);
const markdown = `${suitesMarkdown}\n${renderPlayground(playgroundResult)}\n${renderServeMarkdown(serveResult)}`;
if (quick) {
  console.log('quick run: docs/benchmarks.md and .svg are left as they are');
} else {
  writeFileSync('docs/benchmarks.md', markdown);
  for (const section of sections)
    if (section.svg) writeFileSync(`docs/${section.svg.name}`, section.svg.content);
  console.log('wrote docs/benchmarks.md and docs/benchmarks.svg');
}
