/** Bundle entry of the bindings test: the DOM and React example bindings on one form state. */
import { compile, createFormState, type Lang } from 'antrag';
import { fuehrerschein } from 'antrag/forms/fuehrerschein';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { bindTextField } from '../../examples/bindings/dom.js';
import { TextField } from '../../examples/bindings/react.js';

const form = createFormState(compile(fuehrerschein), { referenceDate: '2026-03-02' });
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
document.body.innerHTML =
  '<main><div><label id="dom-label"></label><input id="dom-input"><p id="dom-issues"></p></div><div id="react"></div></main>';
bindTextField(form, '/antragsteller/vornamen', {
  input: byId('dom-input'),
  label: byId('dom-label'),
  issues: byId('dom-issues'),
});
const root = createRoot(byId('react'));
flushSync(() =>
  root.render(createElement(TextField, { form, path: '/antragsteller/familienname', id: 'react-input' })),
);
const renders = { count: 0 };
form.subscribe('/antragsteller/familienname', () => renders.count++);
(window as unknown as { bindings: unknown }).bindings = {
  data: () => form.data,
  setLanguage: (lang: Lang) => form.setLanguage(lang),
  renders,
};
