/**
 * Repeated elements (`anzahl` with a maximum above 1): the items, each removable, and a button to
 * add one, enabled as the repeat bounds and count rules allow. Adding moves the focus into the
 * new item; removing moves it to the add button, so keyboard users keep their place.
 */
import type { ElementState } from '../../src/index.js';
import { h, type RenderContext, type Scope } from './context.js';
import { say } from './texts.js';

export type ItemRenderer = (scope: Scope, path: string, removeButton: HTMLButtonElement) => Node | undefined;

export function repeatFrame(
  context: RenderContext,
  scope: Scope,
  initial: ElementState,
  frame: (children: readonly Node[], extra: readonly Node[]) => HTMLElement,
  renderItem: ItemRenderer,
): HTMLElement {
  const items = h('div', { class: 'items' });
  const add = h('button', { type: 'button', class: 'add' });
  const node = frame([items], [add]);
  let itemScope: Scope = [];
  let drawn: readonly string[] | undefined;
  let removeButtons: HTMLButtonElement[] = [];

  const draw = (state: ElementState) => {
    for (const stop of itemScope) stop();
    itemScope = [];
    removeButtons = [];
    drawn = state.items ?? [];
    items.replaceChildren(
      ...drawn.flatMap((path) => {
        const remove = h('button', { type: 'button', class: 'remove' });
        remove.addEventListener('click', () => {
          context.state.remove(path);
          add.focus();
        });
        removeButtons.push(remove);
        const item = renderItem(itemScope, path, remove);
        return item ? [item] : [];
      }),
    );
  };
  const show = (state: ElementState | undefined) => {
    if (!state?.repeat) return;
    if (drawn === undefined || drawn.length !== (state.items ?? []).length) draw(state);
    const language = context.state.lang;
    add.textContent = say('add', language, { label: state.label });
    add.disabled = !state.repeat.canAdd;
    removeButtons.forEach((button, index) => {
      button.textContent = say('remove', language, { label: state.label, n: index + 1 });
      button.disabled = !state.repeat?.canRemove;
    });
  };
  add.addEventListener('click', () => {
    context.state.add(initial.path);
    context.touched.add(initial.path);
    const last = items.lastElementChild?.querySelector<HTMLElement>('input, select, button');
    last?.focus();
  });
  show(initial);
  scope.push(context.state.subscribe(initial.path, show));
  scope.push(() => {
    for (const stop of itemScope) stop();
  });
  return node;
}
