/**
 * Migration of submissions between versions of a form (issue 15, point 3): the format, the check
 * against both definitions, the run, chains, and reading an older message with migration.
 */

export { type ChainOptions, type ChainResult, findMigrationPath, migrateChain } from './chain.js';
export { MIGRATION_CODES, type MigrationCode } from './codes.js';
export {
  type CompiledMigration,
  type CompileMigrationOptions,
  compileMigration,
  type FormInput,
} from './compile.js';
export {
  type AskStep,
  type ComputeStep,
  type DefaultStep,
  type DropStep,
  type JoinStep,
  type JsonValue,
  loadMigration,
  type MapCodesStep,
  MIGRATION_FORMAT,
  type Migration,
  type MigrationLoad,
  type MigrationStep,
  type MoveStep,
  type SplitStep,
} from './format.js';
export { type MigratedRead, type ReadMigratedOptions, readMigrated } from './read.js';
export { type MigrateOptions, type MigrationChange, type MigrationResult, migrate } from './run.js';
