/**
 * The playground in a real browser (headless Chromium, test/support/browser.ts), served as
 * `npm run playground` serves it, under its strict Content-Security-Policy. One browser, one page
 * reused by the scenarios.
 *
 * Oracle: the test keeps its own copy of the data, applies each edit it makes on the page to the
 * copy (test/support/edit-oracle.ts, then filling and pruning by validation), and compares what
 * the page shows — the issue text under each field, labels, values — with a fresh `validate()`
 * of that copy; never with the state API the page runs on.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground } from '../playground/build.js';
import { idOf } from '../playground/render/context.js';
import { showNumber } from '../playground/render/number.js';
import { serve } from '../playground/serve.js';
import { alg2 } from '../schemas/alg2/form.js';
import { fuehrerschein } from '../schemas/fuehrerschein/form.js';
import { importXdf } from '../src/fim/import.js';
import { fromXml } from '../src/index.js';
import type { ChildDefinition, FormDefinition } from '../src/model/types.js';
import { parseCardinality } from '../src/model/types.js';
import { type CompiledForm, compile } from '../src/validate/compile.js';
import { availableBrowsers, launchError } from './support/browser.js';
import { oracleSet } from './support/edit-oracle.js';
import { ROOT } from './support/packed.js';
import { settled } from './support/settle.js';
import { sharedPath } from './support/shared.js';

const REF = '2026-03-02';
const require = createRequire(import.meta.url);
type Lang = 'de' | 'en';
type Data = Record<string, unknown>;

let server: Server | undefined;
let url = '';
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const dir = await buildPlayground(mkdtempSync(join(tmpdir(), 'antrag-playground-')));
  // axe-core served from the page's own origin: the CSP allows scripts from 'self' only.
  copyFileSync(require.resolve('axe-core/axe.min.js'), join(dir, 'axe.js'));
  ({ server, url } = await serve(dir));
  const sources = await availableBrowsers();
  const source = sources.find((s) => s.name.includes('npm')) ?? sources[0];
  if (!source) throw new Error(launchError());
  browser = await source.launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** One scenario's page and its separately kept copy of the data. */
class Scenario {
  copy: Data = {};
  readonly touched = new Set<string>();
  showAll = false;
  lang: Lang;
  readonly form: CompiledForm<FormDefinition>;

  constructor(definition: FormDefinition, lang: Lang = 'de') {
    this.form = compile(definition);
    this.lang = lang;
  }

  /** The copy after an edit, as the page's state (with fill and prune) has it. */
  apply(path: string, value: unknown): void {
    const next = oracleSet(this.form.definition, this.copy, path, value);
    expect(next, `edit ${path}`).toBeDefined();
    this.copy = settled(this.form, next, REF) as Data;
    this.touched.add(path);
  }

  /** Every element on the page: its path, whether it is hidden, the issue text it shows. */
  async shown(): Promise<Array<{ path: string; hidden: boolean; error: string }>> {
    return page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('#fields [data-path]')).map((element) => ({
        path: element.dataset.path as string,
        hidden: element.closest('[hidden]') !== null,
        error: element.querySelector(':scope > p.error:not([hidden])')?.textContent ?? '',
      })),
    );
  }

  /**
   * The page shows, under each visible element it shows issues for (touched ones; all after a
   * submit attempt), exactly the messages a fresh validation of the copy gives for it: the issues
   * whose nearest element on the page is this one.
   */
  async expectIssuesShown(): Promise<void> {
    const shown = await this.shown();
    const paths = shown.map((s) => s.path);
    const nearest = (path: string) =>
      paths.filter((p) => path === p || path.startsWith(`${p}/`)).sort((a, b) => b.length - a.length)[0];
    const issues = this.form
      .validate(this.copy, { referenceDate: REF })
      .issues.filter((i) => i.severity !== 'info');
    for (const element of shown) {
      const visible = !element.hidden && (this.showAll || this.touched.has(element.path));
      const expected = visible
        ? issues
            .filter((issue) => nearest(issue.path) === element.path)
            .map((issue) => issue.message[this.lang])
            .join(' ')
        : element.error; // not shown: nothing to compare
      expect(element.hidden ? '' : element.error, element.path).toBe(expected);
    }
  }
}

async function open(form: string, lang: Lang = 'de'): Promise<void> {
  await page.goto(`${url}?form=${form}&lang=${lang}&date=${REF}`);
  await page.waitForSelector('#fields [data-path]');
}

function repeated(child: ChildDefinition): boolean {
  return (parseCardinality(child.cardinality ?? '1:1')?.max ?? 1) > 1;
}

/** The control of the field at `path`. */
const control = (path: string) => page.locator(`#${idOf(path)}`);

/** Sets one field on the page as a user would, and the same value in the copy. */
async function setField(
  s: Scenario,
  field: ChildDefinition & { kind: 'field' },
  path: string,
  value: unknown,
) {
  const frame = page.locator(`[data-path="${path}"]`);
  if (field.datentyp === 'bool') await page.locator(`#${idOf(path)}-${String(value)}`).check();
  else if (field.datentyp === 'file' || field.datentyp === 'obj') {
    const file = value as { name: string; mediaType: string; content: string };
    await frame.locator('input[type=file]').setInputFiles({
      name: file.name,
      mimeType: file.mediaType,
      buffer: Buffer.from(file.content, 'base64'),
    });
    await page.waitForFunction(
      (p) => document.querySelector(`[data-path="${p}"] .file-name`)?.textContent?.includes('.'),
      path,
    );
  } else if (await frame.locator(':scope > select').count()) await control(path).selectOption(String(value));
  else if (typeof value === 'number') await control(path).fill(showNumber(value, s.lang));
  else await control(path).fill(String(value));
  s.apply(path, value);
}

/** Fills the page with `data`, field by field in the form's order; `after` runs after each field. */
async function fill(
  s: Scenario,
  children: readonly ChildDefinition[],
  data: Data,
  prefix = '',
  after: (path: string) => Promise<void> = async () => {},
): Promise<void> {
  for (const child of children) {
    if (!Object.hasOwn(data, child.key)) continue;
    const path = `${prefix}/${child.key}`;
    const value = data[child.key];
    if (child.kind === 'field' && child.rules?.some((r) => r.ruleKind === 'calculate')) continue;
    if (child.kind === 'group') {
      if (!repeated(child)) await fill(s, child.children, value as Data, path, after);
      else
        for (const [index, item] of (value as Data[]).entries()) {
          await page.locator(`[data-path="${path}"] > button.add`).click();
          s.apply(`${path}/${index}`, {});
          s.touched.add(path);
          await fill(s, child.children, item, `${path}/${index}`, after);
        }
    } else if (repeated(child)) {
      const list = value as unknown[];
      const boxes = page.locator(`[data-path="${path}"] input[type=checkbox]`);
      if ((await boxes.count()) > 0) {
        for (const [index, code] of list.entries()) {
          await page.locator(`[data-path="${path}"] input[value="${String(code)}"]`).check();
          s.apply(path, list.slice(0, index + 1));
        }
      } else {
        for (const [index, item] of list.entries()) {
          await page.locator(`[data-path="${path}"] > button.add`).click();
          s.apply(`${path}/${index}`, '');
          s.touched.add(path);
          await setField(s, child, `${path}/${index}`, item);
        }
      }
    } else await setField(s, child, path, value);
    await after(path);
  }
}

const example = (name: string): Data =>
  JSON.parse(readFileSync(join(ROOT, 'examples', name, 'valid.json'), 'utf8')) as Data;

describe('the playground in Chromium', () => {
  it('BF17 typed field by field: the age issue appears and disappears; the XML downloaded reads back', async () => {
    await open('fuehrerschein');
    const s = new Scenario(fuehrerschein);
    const data = example('fuehrerschein');
    data.antragsart = 'bf17';
    data.beantragteKlassen = ['B'];
    (data.antragsteller as Data).geburtsdatum = '2009-11-01'; // 16 and 4 months on the reference date
    data.gesetzlicheVertretung = [{ familienname: 'Schäfer', vornamen: 'Anna', zustimmung: true }];
    data.begleitperson = [
      {
        familienname: 'Schäfer',
        vornamen: 'Jens',
        geburtsdatum: '1970-04-02',
        fuehrerscheinnummer: 'B072RRE2I55',
        klasseBSeit: '1988-06-01',
      },
    ];
    const ageIssue = () =>
      s.form.validate(s.copy, { referenceDate: REF }).issues.filter((i) => i.code === 'FE_MINDESTALTER');
    await fill(s, fuehrerschein.children, data, '', async () => s.expectIssuesShown());
    // Under 17 with BF17: class B is refused, at the class, and the page shows it there.
    expect(ageIssue().map((i) => i.path)).toEqual(['/beantragteKlassen/0']);
    const klassen = page.locator('[data-path="/beantragteKlassen"] > p.error');
    await expect.poll(() => klassen.textContent()).toContain(ageIssue()[0]?.message.de);
    await expect
      .poll(() => page.locator('[data-path="/beantragteKlassen"] input').first().getAttribute('aria-invalid'))
      .toBe('true');
    // 17 on the reference date: the issue is gone from the copy's validation and from the page.
    const antragsteller = fuehrerschein.children.find((c) => c.key === 'antragsteller');
    const geburtsdatum =
      antragsteller?.kind === 'group'
        ? antragsteller.children.find((c) => c.key === 'geburtsdatum')
        : undefined;
    if (geburtsdatum?.kind !== 'field') throw new Error('no geburtsdatum');
    await setField(s, geburtsdatum, '/antragsteller/geburtsdatum', '2009-01-10');
    expect(ageIssue()).toEqual([]);
    await s.expectIssuesShown();
    expect(await klassen.isHidden()).toBe(true);
    expect(s.form.validate(s.copy, { referenceDate: REF }).valid).toBe(true);

    // Submit: the message, a receipt, a download that the library reads back as the same data.
    await page.click('#submit');
    await expect.poll(() => page.locator('#answer').textContent()).toContain('Quittung');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const read = fromXml(compile(fuehrerschein), Buffer.concat(chunks), { referenceDate: REF });
    expect(read.report.issues).toEqual([]);
    expect(read.data).toEqual(s.copy);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('Bürgergeld: household members added and removed; after submit every issue shows, focus on the first', async () => {
    await open('alg2');
    const s = new Scenario(alg2);
    await fill(s, alg2.children, example('alg2'));
    await s.expectIssuesShown();
    const members = () => page.locator('[data-path="/haushalt"] > .items > fieldset').count();
    const count = ((s.copy.haushalt as unknown[]) ?? []).length;
    expect(await members()).toBe(count);
    // Add one and type a first name.
    await page.locator('[data-path="/haushalt"] > button.add').click();
    s.apply(`/haushalt/${count}`, {});
    s.touched.add('/haushalt');
    expect(await members()).toBe(count + 1);
    expect(
      await page.evaluate(() => document.activeElement?.closest('[data-path]')?.getAttribute('data-path')),
    ).toBe(`/haushalt/${count}/familienname`);
    await control(`/haushalt/${count}/vornamen`).fill('Mia');
    s.apply(`/haushalt/${count}/vornamen`, 'Mia');
    await s.expectIssuesShown();
    // Remove the first: the others move up, values with them.
    await page.locator('[data-path="/haushalt/0"] > button.remove').click();
    s.apply('/haushalt/0', undefined);
    expect(await members()).toBe(count);
    for (const [index, member] of (s.copy.haushalt as Data[]).entries()) {
      expect(await control(`/haushalt/${index}/vornamen`).inputValue()).toBe(member.vornamen ?? '');
    }
    // Submit with the new member incomplete: every issue shows, focus moves to the first.
    s.showAll = true;
    await page.click('#submit');
    await s.expectIssuesShown();
    const errors = s.form
      .validate(s.copy, { referenceDate: REF })
      .issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(await page.locator('#summary-list li').count()).toBe(errors.length);
    expect(await page.locator('#announcer').textContent()).toContain(String(errors.length));
    const focused = await page.evaluate(() =>
      document.activeElement?.closest('[data-invalid="true"]')?.getAttribute('data-path'),
    );
    expect(focused).toBeTruthy();
    expect(await page.locator('#answer').textContent()).toContain('Rückweisung');
  }, 180_000);

  it('language switch: labels, options and issues in English, as the copy validates', async () => {
    await open('fuehrerschein');
    const s = new Scenario(fuehrerschein);
    await control('/antragsart').selectOption('bf17');
    s.apply('/antragsart', 'bf17');
    await control('/antragsteller/anschrift/postleitzahl').fill('5082');
    s.apply('/antragsteller/anschrift/postleitzahl', '5082');
    await s.expectIssuesShown();
    await page.locator('#lang-en').check();
    s.lang = 'en';
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const art = fuehrerschein.children.find((c) => c.key === 'antragsart');
    expect(await page.locator(`#${idOf('/antragsart')}-label`).textContent()).toBe(`${art?.label?.en} *`);
    const options = await control('/antragsart').locator('option').allTextContents();
    expect(options.slice(1)).toEqual(art?.kind === 'field' ? art.values?.map((v) => v.name.en) : []);
    await s.expectIssuesShown();
    await page.locator('#lang-de').check();
    s.lang = 'de';
    await s.expectIssuesShown();
  });

  it('an XDF file dropped in (BlaueKarte, XDF 2): imported in the browser, one field filled', async () => {
    await open('fuehrerschein');
    const file = sharedPath('corpus', 'xdf2', 'S00000121_BlaueKarte.xml');
    const { definition } = importXdf(readFileSync(file));
    if (!definition) throw new Error('BlaueKarte does not import');
    await page.locator('#xdf-file').setInputFiles(file);
    await expect
      .poll(() => page.locator('#import-status').textContent())
      .toContain('S00000121_BlaueKarte.xml');
    const s = new Scenario(definition);
    const first = page.locator('#fields input[type=text]').first();
    const path = (await first.evaluate((input) =>
      input.closest('[data-path]')?.getAttribute('data-path'),
    )) as string;
    expect(path.split('/').length).toBeGreaterThan(2);
    await first.fill('Muster');
    s.apply(path, 'Muster');
    await s.expectIssuesShown();
    // The page's data is the copy: one value, in the group the import made.
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { antragPlayground: { state: { data: unknown } } }).antragPlayground.state
            .data,
      ),
    ).toEqual(s.copy);
    s.showAll = true;
    await page.click('#submit');
    await s.expectIssuesShown();
    expect(pageErrors).toEqual([]);
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  const scan = async () => {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/axe.js' });
    return page.evaluate(async (tags) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              c: unknown,
              o: unknown,
            ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map(
        (v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
      );
    }, TAGS);
  };
  for (const form of ['fuehrerschein', 'personenbefoerderungsschein', 'alg2'] as const) {
    for (const lang of ['de', 'en'] as const) {
      it(`${form} (${lang}): no violation empty, none with the errors shown`, async () => {
        await open(form, lang);
        expect(await scan()).toEqual([]);
        await page.click('#submit');
        expect(await page.locator('#fields [data-invalid="true"]').count()).toBeGreaterThan(0);
        expect(await scan()).toEqual([]);
      }, 120_000);
    }
  }
});
