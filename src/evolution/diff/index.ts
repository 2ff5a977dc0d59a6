/** The diff between two versions of a definition: changes, their classification, the version check. */

export type { Change, ChangeSide, RuleSide } from './change.js';
export { type DefinitionDiff, type DiffOptions, type DiffVersion, diffDefinitions } from './diff.js';
export { CHANGE_KINDS, type ChangeKind } from './kinds.js';
export type { Verdict, VerdictClass } from './verdict.js';
export {
  VERSIONING_CODES,
  type VersioningCheck,
  type VersioningCode,
  type VersioningFinding,
  type VersionStep,
} from './versioning.js';
