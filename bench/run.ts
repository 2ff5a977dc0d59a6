/**
 * `npm run bench` (`-- --quick` for a short smoke run, as CI runs it): every target of issue 16
 * measured side by side, interleaved in rounds (`bench/harness.ts`), with its ratio, spread and
 * met or missed; the antrag side of each missed target is profiled. A full run writes
 * docs/benchmarks.md and docs/benchmarks.svg. Suites are modules in `bench/suites/`; add one
 * by adding it to `SUITES`. `--suite=validation,session` runs only the named suites (no browser,
 * no service, docs left as they are): for working on one target without the ~6-minute full run.
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
/** `--suite=a,b`: only these suites (by name in `SUITES`); undefined runs everything. */
const only = process.argv
  .find((arg) => arg.startsWith('--suite='))
  ?.slice('--suite='.length)
  .split(',');
const options = settings(quick);

/** The ahead-of-time validator the validation suite measures (importing it is asynchronous). */
const aot = await loadAotValidator();

/** The suites in the order they run and are reported (memory first: a fresh machine state). */
const SUITES: Readonly<Record<string, (options: ReturnType<typeof settings>) => Section>> = {
  memory: memorySuite,
  validation: (o) => validationSuite(o, aot),
  session: sessionSuite,
  xml: xmlSuite,
  scaling: scalingSuite,
  shapes: (o) => shapesSection(xmlShapes(o.quick)),
};
const unknown = only?.filter((name) => !(name in SUITES)) ?? [];
if (unknown.length > 0)
  throw new Error(`unknown suite ${unknown.join(', ')}: one of ${Object.keys(SUITES).join(', ')}`);

const started = new Date();
const sections = Object.entries(SUITES)
  .filter(([name]) => only === undefined || only.includes(name))
  .map(([, suite]) => suite(options));
const profiles = new Map<Target, Hotspot[]>();
for (const target of sections.flatMap((section) => section.targets)) {
  console.log(
    `${met(target) ? 'met   ' : 'MISSED'} ${target.name}: ${ratioText(target.ratio)} (goal ${target.better === 'higher' ? '≥' : '≤'} ${target.goal})`,
  );
  if (!met(target) && target.profile)
    profiles.set(target, await hotspots(target.profile, quick ? 200 : 2000));
}
if (only !== undefined) {
  console.log(
    renderMarkdown(
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
    ),
  );
  process.exit(0);
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
