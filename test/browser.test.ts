/**
 * The core runs in browsers: the portal entry (test/browser/entry.ts) bundled with esbuild from
 * the packed package and run under a strict Content-Security-Policy (no eval, no new Function) in
 * every headless Chromium available (see test/support/browser.ts): the system's or CHROMIUM_PATH
 * where present, and the one shipped inside an npm package on linux-x64, so the suite passes on
 * a machine with nothing but Node and npm.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInProject } from './support/aot.js';
import { availableBrowsers, type BrowserSource, launchError } from './support/browser.js';
import { packedPackage, ROOT } from './support/packed.js';

let code = '';
let aotCode = '';
let browsers: BrowserSource[] = [];
const FORMS = ['fuehrerschein', 'personenbefoerderungsschein', 'alg2'] as const;
const CSP_PAGE = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'"></head><body></body></html>`;

beforeAll(async () => {
  const { project } = packedPackage();
  copyFileSync(join(ROOT, 'test/browser/entry.ts'), join(project, 'browser-entry.ts'));
  const result = await build({
    entryPoints: [join(project, 'browser-entry.ts')],
    absWorkingDir: project,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  code = result.outputFiles[0]?.text ?? '';
  // The ahead-of-time validators: written by the packed CLI, bundled with antrag/runtime.
  for (const form of FORMS) compileInProject(project, form);
  copyFileSync(join(ROOT, 'test/browser/aot-entry.ts'), join(project, 'browser-aot-entry.ts'));
  const aot = await build({
    entryPoints: [join(project, 'browser-aot-entry.ts')],
    absWorkingDir: project,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  aotCode = aot.outputFiles[0]?.text ?? '';
  browsers = await availableBrowsers();
}, 300_000);

describe('in the browser', () => {
  it('a headless Chromium is available', () => {
    expect(browsers.length, launchError()).toBeGreaterThan(0);
    if (process.platform === 'linux' && process.arch === 'x64') {
      expect(browsers.map((browser) => browser.name)).toContain('@sparticuz/chromium (npm)');
    }
  });

  it('the bundle has no Node built-ins', () => {
    expect(code.length).toBeGreaterThan(0);
    expect(code).not.toMatch(/require\(["']node:/);
  });

  it('validates, runs a session and writes and reads a message in each Chromium', async () => {
    const input = JSON.parse(readFileSync(join(ROOT, 'examples/fuehrerschein/valid.json'), 'utf8'));
    for (const source of browsers) {
      const browser = await source.launch();
      try {
        const page = await browser.newPage();
        await page.setContent(
          `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'"></head><body></body></html>`,
        );
        await page.evaluate((data) => {
          (window as unknown as { antragInput: unknown }).antragInput = data;
        }, input);
        await page.addScriptTag({ content: code });
        const result = await page.evaluate(
          () => (window as unknown as { antragResult: unknown }).antragResult,
        );
        expect(result, source.name).toMatchObject({
          valid: true,
          errors: 0,
          xmlRoot: 'fahrerlaubnis.antrag.0101',
          roundTrip: true,
          // 16 years old: AM yes, B no, and a minor needs the consent of the legal representatives
          added: [
            ['REQUIRED_IF', '/gesetzlicheVertretung'],
            ['FE_MINDESTALTER', '/beantragteKlassen/0'],
          ],
          standardSchemaIssues: 0,
        });
        expect((result as { userAgent: string }).userAgent, source.name).toContain('HeadlessChrome');
      } finally {
        await browser.close();
      }
    }
  }, 120_000);

  it('runs the ahead-of-time validator of each shipped form under the strict CSP, reporting as the interpreter', async () => {
    expect(aotCode).toContain('fuehrerschein');
    const inputs = Object.fromEntries(
      FORMS.map((form) => [
        form,
        JSON.parse(readFileSync(join(ROOT, `examples/${form}/valid.json`), 'utf8')),
      ]),
    );
    for (const source of browsers) {
      const browser = await source.launch();
      try {
        const page = await browser.newPage();
        const violations: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy|EvalError/i.test(message.text())) violations.push(message.text());
        });
        await page.setContent(CSP_PAGE);
        await page.evaluate((data) => {
          (window as unknown as { antragInputs: unknown }).antragInputs = data;
        }, inputs);
        await page.addScriptTag({ content: aotCode });
        const result = await page.evaluate(
          () => (window as unknown as { antragAotResult: unknown }).antragAotResult,
        );
        for (const form of FORMS) {
          expect((result as Record<string, unknown>)[form], `${source.name}: ${form}`).toMatchObject({
            valid: true,
            same: true,
          });
          expect(((result as Record<string, { emptyIssues: number }>)[form]?.emptyIssues ?? 0) > 0).toBe(
            true,
          );
        }
        expect(violations).toEqual([]);
      } finally {
        await browser.close();
      }
    }
  }, 120_000);
});
