/**
 * The frame of one field: its label, the input a kind renderer makes, the hint, help and
 * issues. Accessibility lives here once for every kind: the label names the input, hint, help
 * and issues are linked with `aria-describedby`, `aria-invalid` and `aria-required` follow the
 * state, and the field disappears (`hidden`) while it does not apply.
 */
import type { ElementState } from '../../src/index.js';
import { h, idOf, lang, type RenderContext, type Scope, shownIssues } from './context.js';

/** What a kind renderer returns: the control(s) and how to show a new state in them. */
export interface Control {
  /** The elements to place in the frame. */
  readonly nodes: readonly Node[];
  /** The focusable element named by the label and described by hint, help and issues. */
  readonly focus: HTMLElement;
  /** Shows a new state (value, options, read-only) in the control. */
  readonly update: (state: ElementState) => void;
  /** A group of inputs (radio buttons, checkboxes) labelled by a fieldset legend. */
  readonly grouped?: boolean;
}

export function fieldFrame(
  context: RenderContext,
  scope: Scope,
  initial: ElementState,
  control: Control,
): HTMLElement {
  const id = idOf(initial.path);
  const label = control.grouped
    ? h('legend', { id: `${id}-label` })
    : h('label', { id: `${id}-label`, for: id });
  const hint = h('p', { id: `${id}-hint`, class: 'hint' });
  const help = h('p', { id: `${id}-help`, class: 'help' });
  const issues = h('p', { id: `${id}-error`, class: 'error' });
  const frame = control.grouped
    ? h('fieldset', { class: 'field', 'data-path': initial.path, 'aria-describedby': '' })
    : h('div', { class: 'field', 'data-path': initial.path });
  frame.append(label, ...control.nodes, hint, help, issues);
  if (!control.grouped) control.focus.id = id;
  if (control.grouped) frame.id = id;

  const show = (state: ElementState | undefined): void => {
    if (!state) return;
    frame.hidden = !state.relevant;
    // An item of a repeated field is numbered; a required field is marked (and aria-required).
    const name = state.index === undefined ? state.label : `${state.label} ${state.index + 1}`;
    label.textContent = name + (state.required ? ' *' : '');
    hint.textContent = state.hint ?? '';
    hint.hidden = !state.hint;
    help.textContent = state.help ?? '';
    help.hidden = !state.help;
    const shown = shownIssues(context, state);
    issues.textContent = shown.map((issue) => issue.message[lang(context)]).join(' ');
    issues.hidden = shown.length === 0;
    const described = [
      state.hint ? hint.id : '',
      state.help ? help.id : '',
      shown.length > 0 ? issues.id : '',
    ].filter(Boolean);
    const target = control.grouped ? frame : control.focus;
    if (described.length > 0) target.setAttribute('aria-describedby', described.join(' '));
    else target.removeAttribute('aria-describedby');
    const invalid = shown.some((issue) => issue.severity === 'error');
    frame.querySelectorAll('input, select, textarea').forEach((input) => {
      if (invalid) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    });
    if (!control.grouped) {
      if (state.required) control.focus.setAttribute('aria-required', 'true');
      else control.focus.removeAttribute('aria-required');
    }
    frame.dataset.invalid = String(invalid);
    control.update(state);
  };
  show(initial);
  scope.push(context.state.subscribe(initial.path, show));
  context.refreshers.set(initial.path, () => show(context.state.get(initial.path)));
  scope.push(() => context.refreshers.delete(initial.path));
  return frame;
}

/** Records an edit from the user: the field shows its issues from now on. */
export function edit(context: RenderContext, path: string, value: unknown): void {
  const first = !context.touched.has(path);
  context.touched.add(path);
  context.state.set(path, value);
  // Its issues may be unchanged (no notification) but were hidden until now.
  if (first) context.refreshers.get(path)?.();
}
