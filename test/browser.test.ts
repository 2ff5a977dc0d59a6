/**
 * The core runs in browsers: bundled for the browser (no Node built-ins may be pulled in), within
 * a size budget, and executed in headless Chromium (Debian's `chromium`, installed by .ci/run).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Budget of the minified, gzipped browser bundle (a shipped form, validation, session, XML write and read). */
const VALIDATION_BUNDLE_BUDGET_GZIP = 80 * 1024;

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'test/browser/entry.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output');
  return output.text;
}

describe('in the browser', () => {
  it('bundles without Node built-ins and within the size budget', async () => {
    const code = await bundle();
    const gzip = gzipSync(code).length;
    expect(gzip).toBeLessThan(VALIDATION_BUNDLE_BUDGET_GZIP);
    expect(code).not.toMatch(/require\(["']node:/);
  }, 60_000);

  it('validates a submission in headless Chromium', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} missing: install Debian's chromium (.ci/run does)`).toBe(true);
    const code = await bundle();
    const input = JSON.parse(readFileSync(join(ROOT, 'examples/fuehrerschein/valid.json'), 'utf8'));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      // A strict Content-Security-Policy: no eval, no new Function (the rules must not need them).
      await page.setContent(
        `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'"></head><body></body></html>`,
      );
      await page.evaluate((data) => {
        (window as unknown as { antragInput: unknown }).antragInput = data;
      }, input);
      await page.addScriptTag({ content: code });
      const result = await page.evaluate(() => (window as unknown as { antragResult: unknown }).antragResult);
      expect(result).toMatchObject({
        valid: true,
        errors: 0,
        xmlRoot: 'fahrerlaubnis.antrag.0101',
        roundTrip: true,
        // 16 years old: AM yes, B no, and a minor needs the consent of the legal representatives
        added: [
          ['REQUIRED_IF', '/gesetzlicheVertretung'],
          ['FE_MINDESTALTER', '/beantragteKlassen/0'],
        ],
      });
      expect((result as { userAgent: string }).userAgent).toContain('HeadlessChrome');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
