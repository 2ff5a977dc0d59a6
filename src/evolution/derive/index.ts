/** Derived schemas (Ableitung): the derivation format, `deriveForm`, `toParentSubmission`, their codes. */

export { DERIVE_CODES, type DeriveCode } from './codes.js';
export { type DeriveOptions, deriveForm } from './derive.js';
export type {
  AddModification,
  CardinalityModification,
  Derivation,
  DerivedSchemaHeader,
  HideModification,
  Modification,
  PraezisierungModification,
  TextsModification,
  ValuesModification,
} from './format.js';
export { toParentSubmission } from './reduce.js';
