/**
 * Several choices from a short code list (a repeated `select` with few options): checkboxes in a
 * fieldset. Checking one appends its code; unchecking removes it; the list keeps code order.
 */
import type { ElementState, OptionState } from '../../src/index.js';
import { h, idOf, type RenderContext } from './context.js';
import { type Control, edit } from './field.js';

/** Up to this many options a repeated choice is drawn as checkboxes. */
export const MAX_CHECKBOXES = 24;

export function choicesInput(context: RenderContext, state: ElementState): Control {
  const list = h('div', { class: 'choices' });
  let shown: readonly OptionState[] | undefined;
  let boxes: HTMLInputElement[] = [];
  const current = (): string[] => {
    const value = context.state.get(state.path)?.value;
    return Array.isArray(value) ? value.map(String) : [];
  };
  const first = h('span');
  return {
    grouped: true,
    nodes: [list],
    get focus() {
      return boxes[0] ?? first;
    },
    update(next) {
      if (next.options !== shown) {
        shown = next.options;
        boxes = [];
        list.replaceChildren(
          ...(next.options ?? []).map((option, index) => {
            const id = `${idOf(state.path)}-${index}`;
            const box = h('input', { type: 'checkbox', id, value: option.code });
            box.addEventListener('change', () => {
              const codes = (shown ?? []).map((o) => o.code);
              const chosen = new Set(current());
              if (box.checked) chosen.add(option.code);
              else chosen.delete(option.code);
              const ordered = codes.filter((code) => chosen.has(code));
              edit(context, state.path, ordered.length === 0 ? undefined : ordered);
            });
            boxes.push(box);
            return h('span', { class: 'choice' }, box, h('label', { for: id }, option.label));
          }),
        );
      }
      const chosen = new Set(Array.isArray(next.value) ? next.value.map(String) : []);
      for (const box of boxes) {
        box.checked = chosen.has(box.value);
        box.disabled = next.readOnly;
      }
    },
  };
}
