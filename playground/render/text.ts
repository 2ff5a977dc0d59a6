/** Text fields (`text`, `text_latin`): one line; an empty input removes the value. */
import type { ElementState } from '../../src/index.js';
import { h, type RenderContext } from './context.js';
import { type Control, edit } from './field.js';

export function textInput(context: RenderContext, state: ElementState): Control {
  const input = h('input', { type: 'text', autocomplete: 'off' });
  if (state.constraints?.maxLength !== undefined) input.maxLength = state.constraints.maxLength;
  input.addEventListener('input', () =>
    edit(context, state.path, input.value === '' ? undefined : input.value),
  );
  return {
    nodes: [input],
    focus: input,
    update(next) {
      const value = next.value === undefined ? '' : String(next.value);
      if (input.value !== value) input.value = value;
      input.readOnly = next.readOnly;
    },
  };
}
