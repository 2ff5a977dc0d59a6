/**
 * A small browser consumer: the validation path of a portal (a shipped form, compile, validate,
 * an incremental session). Bundled with esbuild for the browser and run in headless Chromium.
 */
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { compile } from '../../src/index.js';

declare global {
  interface Window {
    antragResult?: unknown;
    antragInput?: unknown;
  }
}

const form = compile(fuehrerschein);
const data = window.antragInput;
const report = form.validate(data, { referenceDate: '2026-03-02' });
const session = form.session(data, { referenceDate: '2026-03-02' });
const change = session.set('/antragsteller/geburtsdatum', '2010-01-01');
window.antragResult = {
  valid: report.valid,
  errors: report.issues.filter((issue) => issue.severity === 'error').length,
  added: change.added.map((issue) => [issue.code, issue.path]),
  userAgent: navigator.userAgent,
};
