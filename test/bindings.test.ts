/**
 * The example bindings (examples/bindings/: a React hook with a text field, a plain-DOM binding)
 * in headless Chromium, bundled with esbuild like a portal would, with React in production mode;
 * and the portal guide shows exactly these files. Oracle: a fresh `validate()` of a copy of the
 * data the test keeps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuehrerschein } from '../schemas/fuehrerschein/form.js';
import { compile } from '../src/validate/compile.js';
import { availableBrowsers, launchError } from './support/browser.js';
import { oracleSet } from './support/edit-oracle.js';
import { ROOT } from './support/packed.js';

const REF = '2026-03-02';
const form = compile(fuehrerschein);
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  const result = await build({
    entryPoints: [join(ROOT, 'test/browser/bindings-entry.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  const sources = await availableBrowsers();
  const source = sources.find((s) => s.name.includes('npm')) ?? sources[0];
  if (!source) throw new Error(launchError());
  browser = await source.launch();
  page = await browser.newPage();
  await page.setContent(
    '<!doctype html><html lang="de"><head><title>bindings</title></head><body></body></html>',
  );
  await page.addScriptTag({ content: result.outputFiles[0]?.text ?? '' });
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

/** The messages a fresh validation gives at a path. */
function messages(data: unknown, path: string, lang: 'de' | 'en' = 'de'): string {
  return form
    .validate(data, { referenceDate: REF })
    .issues.filter((issue) => issue.path === path)
    .map((issue) => issue.message[lang])
    .join(' ');
}

describe('example bindings in Chromium', () => {
  it('DOM and React fields show label, value and issues as the copy validates, and write edits', async () => {
    let copy: unknown = {};
    const edit = (path: string, value: unknown) => {
      copy = oracleSet(fuehrerschein, copy, path, value);
    };
    const antragsteller = fuehrerschein.children.find((c) => c.key === 'antragsteller');
    const label = (key: string) =>
      antragsteller?.kind === 'group' ? antragsteller.children.find((c) => c.key === key)?.label : undefined;
    expect(await page.textContent('#dom-label')).toBe(`${label('vornamen')?.de} *`);
    expect(await page.textContent('label[for=react-input]')).toBe(`${label('familienname')?.de} *`);

    // A character outside DIN 91379 in the DOM field: the issue shows and is linked.
    await page.fill('#dom-input', 'Lena ☃');
    edit('/antragsteller/vornamen', 'Lena ☃');
    const expected = messages(copy, '/antragsteller/vornamen');
    expect(expected).not.toBe('');
    expect(await page.textContent('#dom-input-issues')).toBe(expected);
    expect(await page.getAttribute('#dom-input', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#dom-input', 'aria-describedby')).toBe('dom-input-issues');
    await page.fill('#dom-input', 'Lena');
    edit('/antragsteller/vornamen', 'Lena');
    expect(await page.textContent('#dom-input-issues')).toBe(messages(copy, '/antragsteller/vornamen'));
    expect(await page.getAttribute('#dom-input', 'aria-invalid')).toBeNull();

    // The React field: the antragsteller group exists now, so an empty family name is missing.
    const before = await page.evaluate(
      () => (window as never as { bindings: { renders: { count: number } } }).bindings.renders.count,
    );
    expect(await page.textContent('#react-input-issues')).toBe(messages(copy, '/antragsteller/familienname'));
    await page.fill('#react-input', 'Schäfer');
    edit('/antragsteller/familienname', 'Schäfer');
    expect(await page.inputValue('#react-input')).toBe('Schäfer');
    expect(await page.textContent('#react-input-issues')).toBe('');
    await page.fill('#react-input', '');
    edit('/antragsteller/familienname', undefined);
    const missing = messages(copy, '/antragsteller/familienname');
    expect(missing).toContain('Pflichtangabe');
    expect(await page.textContent('#react-input-issues')).toBe(missing);
    expect(await page.getAttribute('#react-input', 'aria-describedby')).toBe('react-input-issues');
    // Typing elsewhere does not touch the React field's state.
    const typed = await page.evaluate(
      () => (window as never as { bindings: { renders: { count: number } } }).bindings.renders.count,
    );
    await page.fill('#dom-input', 'Lena Marie');
    edit('/antragsteller/vornamen', 'Lena Marie');
    expect(
      await page.evaluate(
        () => (window as never as { bindings: { renders: { count: number } } }).bindings.renders.count,
      ),
    ).toBe(typed);
    expect(typed).toBeGreaterThan(before);

    // English.
    await page.evaluate(() =>
      (window as never as { bindings: { setLanguage: (l: string) => void } }).bindings.setLanguage('en'),
    );
    expect(await page.textContent('#react-input-issues')).toBe(
      messages(copy, '/antragsteller/familienname', 'en'),
    );
    expect(await page.textContent('#dom-label')).toBe(`${label('vornamen')?.en} *`);
    expect(
      await page.evaluate(() => (window as never as { bindings: { data: () => unknown } }).bindings.data()),
    ).toEqual(copy);
  }, 120_000);
});

describe('the portal guide shows the bindings as they are tested', () => {
  const guide = readFileSync(join(ROOT, 'docs/guides/portal.md'), 'utf8');
  for (const file of ['dom.ts', 'react.ts']) {
    it(`examples/bindings/${file} is a code block of docs/guides/portal.md`, () => {
      const source = readFileSync(join(ROOT, 'examples/bindings', file), 'utf8').trimEnd();
      expect(guide).toContain(`\`\`\`ts\n${source}\n\`\`\``);
    });
  }
});
