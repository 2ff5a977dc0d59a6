/**
 * Versions side by side (issue 15, point 1): the registry and its codes. See `registry.ts`.
 */

export { VERSION_CODES, type VersionCode } from './codes.js';
export { compareVersions } from './order.js';
export {
  ENVELOPE_KEY,
  type FormEnvelope,
  type FormIdentity,
  type FormVersions,
  type FormVersionsOptions,
  formVersions,
  type VersionedForm,
  type VersionedRead,
  type VersionedReadOptions,
  type VersionedValidateOptions,
  type VersionedValidation,
} from './registry.js';
