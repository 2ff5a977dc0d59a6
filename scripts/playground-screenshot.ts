/**
 * `npm run playground:screenshot`: builds the playground, opens it in headless Chromium with the
 * Führerschein form, types a BF17 applicant who is too young for class B, submits, and writes
 * `docs/playground.png` (shown in the README).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlayground } from '../playground/build.js';
import { serve } from '../playground/serve.js';
import { availableBrowsers } from '../test/support/browser.js';

const root = await buildPlayground(mkdtempSync(join(tmpdir(), 'antrag-screenshot-')));
const { server, url } = await serve(root);
const sources = await availableBrowsers();
const source = sources.find((s) => s.name.includes('npm')) ?? sources[0];
if (!source) throw new Error('no headless Chromium');
const browser = await source.launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(`${url}?form=fuehrerschein&date=2026-03-02`);
  await page.selectOption('#f_2f_antragsart', 'bf17');
  await page.fill('#f_2f_antragsdatum', '2026-03-02');
  await page.fill('#f_2f_antragsteller_2f_familienname', 'Schäfer');
  await page.fill('#f_2f_antragsteller_2f_vornamen', 'Lena');
  await page.fill('#f_2f_antragsteller_2f_geburtsdatum', '2009-11-01');
  await page.check('[data-path="/beantragteKlassen"] input[value="B"]');
  await page.click('#submit');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/playground.png' });
  console.log('wrote docs/playground.png');
} finally {
  await browser.close();
  server.close();
}
