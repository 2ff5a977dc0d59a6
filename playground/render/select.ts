/** One choice from a code list (`select`): a select element with the options in list order. */
import type { ElementState, OptionState } from '../../src/index.js';
import { h, type RenderContext } from './context.js';
import { type Control, edit } from './field.js';
import { say } from './texts.js';

export function selectInput(context: RenderContext, state: ElementState): Control {
  const select = h('select');
  let shown: readonly OptionState[] | undefined;
  select.addEventListener('change', () =>
    edit(context, state.path, select.value === '' ? undefined : select.value),
  );
  return {
    nodes: [select],
    focus: select,
    update(next) {
      // The options change only with the language: redraw them then.
      if (next.options !== shown) {
        shown = next.options;
        select.replaceChildren(
          h('option', { value: '' }, say('choose', context.state.lang)),
          ...(next.options ?? []).map((option) => h('option', { value: option.code }, option.label)),
        );
      }
      const value = typeof next.value === 'string' ? next.value : '';
      // A code not in the list stays visible (validation reports it), not silently dropped.
      if (value !== '' && !next.options?.some((option) => option.code === value)) {
        select.append(h('option', { value }, value));
      }
      select.value = value;
      select.disabled = next.readOnly;
    },
  };
}
