/**
 * The form state API for renderers (see `form-state.ts`): per element occurrence what a UI
 * draws now, with subscriptions that notify only what a change affects.
 */
export {
  createFormState,
  type ElementState,
  type FormListener,
  type FormState,
  type FormStateChange,
  type FormStateOptions,
  type InputConstraints,
  type Lang,
  type OptionState,
  type RepeatState,
  type StateListener,
} from './form-state.js';
export { HINTS, hintOf } from './hint.js';
export { INPUT_KINDS, type InputKind, inputKindOf } from './input-kind.js';
