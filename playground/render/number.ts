/**
 * Numbers (`num`, `num_int`, `num_currency`): a text input with a decimal keyboard, so what the
 * user typed is never lost. German or English decimal notation becomes a number; anything else is
 * kept as typed and validation says what is wrong with it. Computed fields show their value.
 */
import type { ElementState } from '../../src/index.js';
import { h, type RenderContext } from './context.js';
import { type Control, edit } from './field.js';

/**
 * Reads a typed number: a decimal comma or point; a point or comma (the other one) only as a
 * thousands separator in groups of three (`1.234,56`, `1,234.56`). Undefined for anything else.
 */
export function readNumber(text: string, lang: 'de' | 'en'): number | undefined {
  const trimmed = text.trim();
  const [group, decimal] = lang === 'de' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  const plain = grouped.test(trimmed)
    ? trimmed.split(group).join('').replace(decimal, '.')
    : trimmed.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return undefined;
  return Number(plain);
}

export function showNumber(value: unknown, lang: 'de' | 'en'): string {
  if (typeof value !== 'number') return value === undefined ? '' : String(value);
  return lang === 'de' ? String(value).replace('.', ',') : String(value);
}

export function numberInput(context: RenderContext, state: ElementState): Control {
  const input = h('input', {
    type: 'text',
    inputmode: state.inputKind === 'integer' ? 'numeric' : 'decimal',
    autocomplete: 'off',
  });
  input.addEventListener('input', () => {
    if (input.value.trim() === '') return edit(context, state.path, undefined);
    edit(context, state.path, readNumber(input.value, context.state.lang) ?? input.value);
  });
  return {
    nodes: [input],
    focus: input,
    update(next) {
      const shown = next.readOnly && next.computed !== undefined ? next.computed : next.value;
      const text = showNumber(shown, context.state.lang);
      // Do not rewrite what the user is typing when it means the same number.
      const typed = readNumber(input.value, context.state.lang) ?? input.value;
      if (typed !== shown && input.value !== text) input.value = text;
      input.readOnly = next.readOnly;
    },
  };
}
