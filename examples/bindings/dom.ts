/** A plain-DOM binding: one text input kept in step with its element's state. */
import type { ElementState, FormState } from 'antrag';

export interface TextFieldParts {
  readonly input: HTMLInputElement;
  readonly label: HTMLLabelElement;
  /** Where the issues are written; linked to the input with aria-describedby. */
  readonly issues: HTMLElement;
}

/** Binds a text input to the element at `path`; returns the function that unbinds it. */
export function bindTextField(form: FormState, path: string, parts: TextFieldParts): () => void {
  const { input, label, issues } = parts;
  label.htmlFor = input.id;
  issues.id = `${input.id}-issues`;
  const show = (state: ElementState | undefined): void => {
    if (!state) return;
    label.textContent = state.label + (state.required ? ' *' : '');
    const value = state.value === undefined ? '' : String(state.value);
    if (input.value !== value) input.value = value;
    input.required = state.required;
    input.readOnly = state.readOnly;
    const messages = state.issues.map((issue) => issue.message[form.lang]);
    issues.textContent = messages.join(' ');
    if (messages.length > 0) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', issues.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  };
  const onInput = (): void => {
    form.set(path, input.value === '' ? undefined : input.value);
  };
  input.addEventListener('input', onInput);
  show(form.get(path));
  const unsubscribe = form.subscribe(path, show);
  return () => {
    unsubscribe();
    input.removeEventListener('input', onInput);
  };
}
