/**
 * The playground page: choose a shipped form or an XDatenfelder file (imported here, in the
 * browser), fill it in with live validation in German or English, and on submit see the XML
 * message as it would be sent and the authority's receipt or rejection. Everything it draws comes
 * from the form state API (`createFormState`); the renderer is `render/`, one file per input kind.
 *
 * URL parameters, for links and tests: `form` (a shipped form's name), `lang` (de, en) and
 * `date` (the reference date rules treat as today, ISO).
 */

import { alg2, fuehrerschein, personenbefoerderungsschein } from '../src/forms/index.js';
import {
  type CompiledForm,
  compile,
  createFormState,
  type FormDefinition,
  type FormState,
  fromXml,
  importXdf,
  type Lang,
  type MessageHeader,
  rejectionFor,
  toXml,
  writeReceipt,
} from '../src/index.js';
import { idOf, type RenderContext, type Scope } from './render/context.js';
import { renderChildren } from './render/element.js';
import { say, type TextKey } from './render/texts.js';

const FORMS: Record<string, FormDefinition> = { fuehrerschein, personenbefoerderungsschein, alg2 };
const params = new URLSearchParams(location.search);
const referenceDate = params.get('date') ?? new Date().toISOString().slice(0, 10);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const fields = $<HTMLDivElement>('fields');
const formChoice = $<HTMLSelectElement>('form-choice');
const xdfFile = $<HTMLInputElement>('xdf-file');
const announcer = $<HTMLDivElement>('announcer');
const download = $<HTMLAnchorElement>('download');

let lang: Lang = params.get('lang') === 'en' ? 'en' : 'de';
let current: { form: CompiledForm; state: FormState; context: RenderContext; scope: Scope } | undefined;
let imported: { name: string; definition: FormDefinition; findings: number } | undefined;

/** The page's own words in the current language. */
function texts(): void {
  document.documentElement.lang = lang;
  const set = (id: string, key: TextKey) => {
    $(id).textContent = say(key, lang);
  };
  set('title', 'title');
  set('intro', 'intro');
  set('form-choice-label', 'chooseForm');
  set('xdf-label', 'dropXdf');
  set('language-label', 'language');
  set('submit', 'submit');
  set('summary-heading', 'summary');
  set('message-heading', 'message');
  set('answer-heading', 'answer');
  set('download', 'download');
  document.title = say('title', lang);
  formChoice.replaceChildren(
    ...Object.entries(FORMS).map(([name, definition]) => {
      const option = document.createElement('option');
      option.value = name;
      option.textContent = (lang === 'en' ? definition.label?.en : undefined) ?? definition.label?.de ?? name;
      return option;
    }),
  );
  if (imported) {
    const option = document.createElement('option');
    option.value = '#imported';
    option.textContent = imported.name;
    formChoice.append(option);
  }
  formChoice.value = current ? (formChoice.dataset.value ?? '') : '';
  if (current) $('form-title').textContent = current.state.get('')?.label ?? '';
}

/** Draws a form from scratch (a new choice or an imported file). */
function show(definition: FormDefinition, value: string): void {
  for (const stop of current?.scope ?? []) stop();
  const form = compile(definition);
  const state = createFormState(form, { lang, referenceDate, fill: true, prune: true });
  const context: RenderContext = { state, touched: new Set(), showAll: false, refreshers: new Map() };
  const scope: Scope = [];
  current = { form, state, context, scope };
  formChoice.dataset.value = value;
  const root = state.get('');
  fields.replaceChildren(...(root ? renderChildren(context, scope, root) : []));
  $('summary').hidden = true;
  showText('xml', '');
  showText('receipt', '');
  $('answer').textContent = '';
  download.hidden = true;
  texts();
  (window as unknown as { antragPlayground: unknown }).antragPlayground = { state, form };
}

/** Shows a message text, or hides its box while there is none. */
function showText(id: string, text: string): void {
  const box = $(id);
  box.textContent = text;
  box.hidden = text === '';
}

function header(): MessageHeader {
  return {
    nachrichtenUUID: crypto.randomUUID(),
    erstellungszeitpunkt: new Date().toISOString(),
    autor: { kennung: 'psw:00000001', name: 'Portal (Spielwiese)' },
    leser: { kennung: 'psw:01003110', name: 'Zuständige Behörde' },
  };
}

/** The error summary: one link per error, to the field it concerns. */
function summarise(state: FormState): number {
  const errors = state.report().issues.filter((issue) => issue.severity === 'error');
  const list = $<HTMLUListElement>('summary-list');
  list.replaceChildren(
    ...errors.map((issue) => {
      const target = document.querySelector(`[data-path="${CSS.escape(issue.path)}"]`);
      const link = document.createElement('a');
      link.href = `#${target?.id || idOf(issue.path)}`;
      link.textContent = issue.message[lang];
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  $('summary').hidden = errors.length === 0;
  return errors.length;
}

function submit(event: Event): void {
  event.preventDefault();
  if (!current) return;
  const { form, state, context } = current;
  context.showAll = true;
  for (const refresh of context.refreshers.values()) refresh();
  const sent = header();
  const answer = { ...header(), autor: sent.leser, leser: sent.autor };
  const count = summarise(state);
  const report = state.report();
  if (!report.valid) {
    // A message is only written for valid data: show what the authority would answer instead.
    showText('xml', '');
    download.hidden = true;
    $('answer').textContent = say('rejection', lang, {
      reason: rejectionFor(report, answer, sent.nachrichtenUUID).reason ?? '',
      count,
    });
    showText('receipt', writeReceipt(rejectionFor(report, answer, sent.nachrichtenUUID)));
    announcer.textContent = say('errors', lang, { count });
    const first = fields.querySelector<HTMLElement>(
      '[data-invalid="true"] input:not([disabled]), [data-invalid="true"] select, [data-invalid="true"] button',
    );
    first?.focus();
    return;
  }
  const written = toXml(form, state.data, sent, { referenceDate });
  if (!written.ok) return;
  showText('xml', written.xml);
  URL.revokeObjectURL(download.href);
  download.href = URL.createObjectURL(new Blob([written.xml], { type: 'application/xml' }));
  download.hidden = false;
  // The authority reads the message with the same library and answers it.
  const read = fromXml(form, written.xml, { referenceDate });
  const receipt = read.report.valid
    ? writeReceipt({ kind: 'quittung', header: answer, answers: sent.nachrichtenUUID })
    : writeReceipt(rejectionFor(read.report, answer, sent.nachrichtenUUID));
  $('answer').textContent = read.report.valid
    ? say('receipt', lang)
    : say('rejection', lang, { reason: '', count: read.report.issues.length });
  showText('receipt', receipt);
  announcer.textContent = say('valid', lang);
}

async function importFile(file: File): Promise<void> {
  const status = $('import-status');
  try {
    const result = importXdf(new Uint8Array(await file.arrayBuffer()));
    if (!result.definition) {
      status.textContent = say('importFailed', lang, {
        message: result.report.issues[0]?.message[lang] ?? '',
      });
      return;
    }
    imported = { name: file.name, definition: result.definition, findings: result.report.issues.length };
    show(result.definition, '#imported');
    status.textContent = say('imported', lang, { name: file.name, findings: imported.findings });
  } catch (error) {
    // A definition that does not compile (DefinitionError) is reported, not thrown at the user.
    status.textContent = say('importFailed', lang, { message: (error as Error).message });
  }
}

formChoice.addEventListener('change', () => {
  if (formChoice.value === '#imported' && imported) show(imported.definition, '#imported');
  else show(FORMS[formChoice.value] as FormDefinition, formChoice.value);
});
xdfFile.addEventListener('change', () => {
  const file = xdfFile.files?.[0];
  if (file) void importFile(file);
});
// A file dropped anywhere on the page is imported too.
document.addEventListener('dragover', (event) => event.preventDefault());
document.addEventListener('drop', (event) => {
  event.preventDefault();
  const file = event.dataTransfer?.files[0];
  if (file) void importFile(file);
});
document.querySelectorAll<HTMLInputElement>('input[name=lang]').forEach((radio) => {
  radio.checked = radio.value === lang;
  radio.addEventListener('change', () => {
    lang = radio.value as Lang;
    current?.state.setLanguage(lang);
    texts();
    if (current && !$('summary').hidden) summarise(current.state);
  });
});
$('form').addEventListener('submit', submit);
// The message boxes scroll: keyboard users reach them, screen readers name them.
for (const [box, heading] of [
  ['xml', 'message-heading'],
  ['receipt', 'answer-heading'],
] as const) {
  $(box).tabIndex = 0;
  $(box).setAttribute('role', 'region');
  $(box).setAttribute('aria-labelledby', heading);
}

const initial = params.get('form') ?? 'fuehrerschein';
show(FORMS[initial] ?? fuehrerschein, FORMS[initial] ? initial : 'fuehrerschein');
