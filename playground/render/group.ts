/**
 * Groups, items of repeated groups and the form: a fieldset whose legend is the label, with the
 * group's own issues (linked with `aria-describedby`) and its children.
 */
import type { ElementState } from '../../src/index.js';
import { h, idOf, lang, type RenderContext, type Scope, shownIssues } from './context.js';

export function groupFrame(
  context: RenderContext,
  scope: Scope,
  initial: ElementState,
  children: readonly Node[],
  extra: readonly Node[] = [],
): HTMLFieldSetElement {
  const id = idOf(initial.path);
  const legend = h('legend');
  const issues = h('p', { id: `${id}-error`, class: 'error' });
  const help = h('p', { id: `${id}-help`, class: 'help' });
  const frame = h('fieldset', { class: 'group', id, 'data-path': initial.path });
  frame.append(legend, help, issues, ...children, ...extra);
  const show = (state: ElementState | undefined) => {
    if (!state) return;
    frame.hidden = !state.relevant;
    const name = state.index === undefined ? state.label : `${state.label} ${state.index + 1}`;
    legend.textContent = name + (state.required ? ' *' : '');
    help.textContent = state.help ?? '';
    help.hidden = !state.help;
    // A repeated field's list also holds its items' issues; the items show those themselves.
    const shown = shownIssues(context, state).filter(
      (issue) => state.kind !== 'field' || issue.path === state.path,
    );
    issues.textContent = shown.map((issue) => issue.message[lang(context)]).join(' ');
    issues.hidden = shown.length === 0;
    const described = [state.help ? help.id : '', shown.length > 0 ? issues.id : ''].filter(Boolean);
    if (described.length > 0) frame.setAttribute('aria-describedby', described.join(' '));
    else frame.removeAttribute('aria-describedby');
    frame.dataset.invalid = String(shown.some((issue) => issue.severity === 'error'));
  };
  show(initial);
  scope.push(context.state.subscribe(initial.path, show));
  context.refreshers.set(initial.path, () => show(context.state.get(initial.path)));
  scope.push(() => context.refreshers.delete(initial.path));
  return frame;
}
