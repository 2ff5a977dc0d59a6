/**
 * Draws any element occurrence from its state: the form, groups, repeated elements and fields,
 * choosing the renderer by input kind (one file per kind). This is the whole renderer: it knows
 * nothing about a particular form.
 */
import type { ElementState } from '../../src/index.js';
import { booleanInput } from './boolean.js';
import { choicesInput, MAX_CHECKBOXES } from './choices.js';
import type { RenderContext, Scope } from './context.js';
import { dateInput } from './date.js';
import { type Control, fieldFrame } from './field.js';
import { fileInput } from './file.js';
import { groupFrame } from './group.js';
import { numberInput } from './number.js';
import { repeatFrame } from './repeat.js';
import { selectInput } from './select.js';
import { staticText } from './static.js';
import { textInput } from './text.js';

function control(context: RenderContext, state: ElementState): Control {
  switch (state.inputKind) {
    case 'boolean':
      return booleanInput(context, state);
    case 'select':
      return state.repeat ? choicesInput(context, state) : selectInput(context, state);
    case 'number':
    case 'integer':
    case 'currency':
      return numberInput(context, state);
    case 'date':
    case 'time':
    case 'datetime':
      return dateInput(context, state);
    case 'file':
      return fileInput(context, state);
    default:
      return textInput(context, state);
  }
}

/** The nodes of an element's children (fields and groups of a group, an item or the form). */
export function renderChildren(context: RenderContext, scope: Scope, state: ElementState): Node[] {
  return (state.children ?? []).flatMap((child) => {
    const node = renderElement(context, scope, child);
    return node ? [node] : [];
  });
}

export function renderElement(context: RenderContext, scope: Scope, path: string): Node | undefined {
  const state = context.state.get(path);
  if (!state || state.inputKind === 'hidden') return undefined;
  if (state.inputKind === 'static') return staticText(context, scope, state);
  // A repeated choice from a short list is one field of checkboxes; other repeats list items.
  const asChoices = state.inputKind === 'select' && (state.options?.length ?? 0) <= MAX_CHECKBOXES;
  if (state.repeat && !asChoices) {
    return repeatFrame(
      context,
      scope,
      state,
      (inner, extra) => groupFrame(context, scope, state, inner, extra),
      (itemScope, itemPath, remove) => {
        const item = context.state.get(itemPath);
        if (!item) return undefined;
        if (item.kind === 'group')
          return groupFrame(context, itemScope, item, renderChildren(context, itemScope, item), [remove]);
        const frame = fieldFrame(context, itemScope, item, control(context, item));
        frame.append(remove);
        return frame;
      },
    );
  }
  if (state.kind !== 'field') return groupFrame(context, scope, state, renderChildren(context, scope, state));
  return fieldFrame(context, scope, state, control(context, state));
}
