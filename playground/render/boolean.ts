/**
 * Yes/no fields (`bool`): two radio buttons in a fieldset, so that "not answered" stays
 * distinguishable from "no".
 */
import type { ElementState } from '../../src/index.js';
import { h, idOf, type RenderContext } from './context.js';
import { type Control, edit } from './field.js';
import { say } from './texts.js';

export function booleanInput(context: RenderContext, state: ElementState): Control {
  const name = idOf(state.path);
  const options = [true, false].map((value) => {
    const input = h('input', { type: 'radio', name, value: String(value), id: `${name}-${value}` });
    const label = h('label', { for: input.id });
    input.addEventListener('change', () => edit(context, state.path, value));
    return { value, input, label, wrapper: h('span', { class: 'choice' }, input, label) };
  });
  return {
    grouped: true,
    nodes: options.map((option) => option.wrapper),
    focus: (options[0] as (typeof options)[number]).input,
    update(next) {
      for (const option of options) {
        option.input.checked = next.value === option.value;
        option.input.disabled = next.readOnly;
        option.label.textContent = say(option.value ? 'yes' : 'no', context.state.lang);
      }
    },
  };
}
