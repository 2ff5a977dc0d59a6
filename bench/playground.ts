/**
 * Workload "playground keystroke" (issue 18): the playground page in headless Chromium with the
 * Bürgergeld form and a household of 8; one keystroke in a member's first names, timed from the
 * input event to the updated and laid-out DOM (the state change, the notified fields' DOM updates,
 * a forced layout), against the budget of one animation frame at 60 Hz (16.7 ms). Also counted:
 * the states notified per keystroke. Run with `npm run bench` or alone with
 * `tsx bench/playground.ts` (prints the section of docs/benchmarks.md).
 */
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPlayground } from '../playground/build.js';
import { serve } from '../playground/serve.js';
import { availableBrowsers } from '../test/support/browser.js';
import { alg2Data, REFERENCE_DATE } from './workloads.js';

export interface KeystrokeResult {
  readonly browser: string;
  readonly keystrokes: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** States notified per keystroke (the field typed into, and what its value changes). */
  readonly notified: readonly number[];
  readonly fields: number;
  /** The machine's 1-minute load average during the run (a shared machine is noisy). */
  readonly load: number;
}

export const FRAME_MS = 1000 / 60;

export async function playgroundKeystroke(quick: boolean): Promise<KeystrokeResult> {
  const root = await buildPlayground(mkdtempSync(join(tmpdir(), 'antrag-bench-playground-')));
  const { server, url } = await serve(root);
  const sources = await availableBrowsers();
  const source = sources.find((s) => s.name.includes('npm')) ?? sources[0];
  if (!source) throw new Error('no headless Chromium');
  const browser = await source.launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}?form=alg2&date=${REFERENCE_DATE}`);
    await page.waitForSelector('#fields [data-path]');
    const data = alg2Data(8);
    const keystrokes = quick ? 40 : 400;
    const result = await page.evaluate(
      async ({ data, keystrokes }) => {
        type State = {
          set(path: string, value: unknown): unknown;
          subscribeAll(listener: (change: { paths: readonly string[] }) => void): () => void;
        };
        const { state } = (window as unknown as { antragPlayground: { state: State } }).antragPlayground;
        state.set('', data);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const input = document.getElementById('f_2f_haushalt_2f_5_2f_vornamen') as HTMLInputElement;
        const notified: number[] = [];
        state.subscribeAll((change) => notified.push(change.paths.length));
        const times: number[] = [];
        const base = input.value;
        for (let i = 0; i < keystrokes; i++) {
          input.value = i % 2 === 0 ? `${base}x` : base;
          const start = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
          document.body.getBoundingClientRect(); // layout of the updated DOM
          times.push(performance.now() - start);
          if (i % 10 === 0) await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        return { times, notified, fields: document.querySelectorAll('#fields [data-path]').length };
      },
      { data, keystrokes },
    );
    const sorted = [...result.times].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
    return {
      browser: `${source.name}, ${browser.version()}`,
      keystrokes,
      medianMs: at(0.5),
      p95Ms: at(0.95),
      maxMs: sorted[sorted.length - 1] as number,
      notified: [...new Set(result.notified)].sort((a, b) => a - b),
      fields: result.fields,
      load: loadavg()[0] ?? 0,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The section of docs/benchmarks.md. */
export function renderPlayground(result: KeystrokeResult): string {
  const verdict = result.p95Ms < FRAME_MS ? 'met' : '**missed**';
  return [
    '## Playground: a keystroke in Bürgergeld with 8 household members (issue 18)',
    '',
    `The playground page (\`npm run playground\`) in headless Chromium (${result.browser}) with ${result.fields} rendered elements; ` +
      `${result.keystrokes} keystrokes in \`/haushalt/5/vornamen\`, each timed from the input event to the updated and laid-out DOM ` +
      '(state change, DOM updates of the notified fields, forced layout). Workload: `bench/playground.ts`. ' +
      `Load average during the run: ${result.load.toFixed(1)} on ${cpus().length} cores (the machine was shared with other jobs).`,
    '',
    '| measure | value | budget | verdict |',
    '|---|---|---|---|',
    `| keystroke to updated DOM, median | ${result.medianMs.toFixed(2)} ms | ${FRAME_MS.toFixed(1)} ms (one frame at 60 Hz) | ${result.medianMs < FRAME_MS ? 'met' : '**missed**'} |`,
    `| keystroke to updated DOM, 95th percentile | ${result.p95Ms.toFixed(2)} ms | ${FRAME_MS.toFixed(1)} ms | ${verdict} |`,
    `| keystroke to updated DOM, slowest | ${result.maxMs.toFixed(2)} ms | | |`,
    `| states notified per keystroke | ${result.notified.join(', ')} | only the affected | |`,
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(renderPlayground(await playgroundKeystroke(process.argv.includes('--quick'))));
}
