/** A React binding: a hook for one element's state, and a text field built on it. */
import type { ElementState, FormState } from 'antrag';
import { createElement, type ReactElement, useCallback, useSyncExternalStore } from 'react';

/** The state of the element at `path`; the component re-renders only when that state changes. */
export function useElementState(form: FormState, path: string): ElementState | undefined {
  const subscribe = useCallback((onChange: () => void) => form.subscribe(path, onChange), [form, path]);
  const snapshot = useCallback(() => form.get(path), [form, path]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** A labelled text input with its issues, linked for screen readers. */
export function TextField(props: { form: FormState; path: string; id: string }): ReactElement | null {
  const { form, path, id } = props;
  const state = useElementState(form, path);
  if (!state?.relevant) return null;
  const messages = state.issues.map((issue) => issue.message[form.lang]);
  return createElement(
    'div',
    null,
    createElement('label', { htmlFor: id }, state.label + (state.required ? ' *' : '')),
    createElement('input', {
      id,
      value: state.value === undefined ? '' : String(state.value),
      readOnly: state.readOnly,
      'aria-invalid': messages.length > 0 ? true : undefined,
      'aria-describedby': messages.length > 0 ? `${id}-issues` : undefined,
      onChange: (event: { target: { value: string } }) =>
        form.set(path, event.target.value === '' ? undefined : event.target.value),
    }),
    createElement('p', { id: `${id}-issues` }, messages.join(' ')),
  );
}
