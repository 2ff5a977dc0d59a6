/**
 * Dates and times: the browser's date and time inputs give ISO values (`YYYY-MM-DD`, `hh:mm`),
 * which is what validation expects; a time gets its seconds. Date-times (with a zone) are typed
 * as text in ISO form, since the browser's input has no zone.
 */
import type { ElementState } from '../../src/index.js';
import { h, type RenderContext } from './context.js';
import { type Control, edit } from './field.js';

export function dateInput(context: RenderContext, state: ElementState): Control {
  const type = state.inputKind === 'date' ? 'date' : state.inputKind === 'time' ? 'time' : 'text';
  const input = h('input', { type, autocomplete: 'off' });
  if (type === 'time') input.step = '1';
  if (type === 'text') input.placeholder = 'JJJJ-MM-TTThh:mm:ss+01:00';
  const bounds = state.constraints;
  if (type === 'date' && typeof bounds?.min === 'string') input.min = bounds.min;
  if (type === 'date' && typeof bounds?.max === 'string') input.max = bounds.max;
  input.addEventListener('input', () => {
    const value = type === 'time' && /^\d\d:\d\d$/.test(input.value) ? `${input.value}:00` : input.value;
    edit(context, state.path, value === '' ? undefined : value);
  });
  return {
    nodes: [input],
    focus: input,
    update(next) {
      const value = next.value === undefined ? '' : String(next.value);
      if (input.value !== value && !(type === 'time' && `${input.value}:00` === value)) input.value = value;
      input.readOnly = next.readOnly;
    },
  };
}
