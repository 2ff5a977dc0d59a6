/** Label fields (`feldart` label): static text, no input. */
import type { ElementState } from '../../src/index.js';
import { h, type RenderContext, type Scope } from './context.js';

export function staticText(context: RenderContext, scope: Scope, initial: ElementState): HTMLElement {
  const title = h('strong');
  const body = h('span');
  const node = h('p', { class: 'static', 'data-path': initial.path }, title, ' ', body);
  const show = (state: ElementState | undefined) => {
    if (!state) return;
    node.hidden = !state.relevant;
    title.textContent = state.label;
    body.textContent = state.content ?? state.help ?? '';
  };
  show(initial);
  scope.push(context.state.subscribe(initial.path, show));
  return node;
}
