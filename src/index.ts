/**
 * antrag: German administrative application forms in the FIM model (XDatenfelder), validated
 * with their rules, read and written as XÖV-style XML messages.
 *
 * @packageDocumentation
 */

export { compileToModule, type ModuleOptions } from './aot/generate.js';
export {
  DERIVE_CODES,
  type Derivation,
  type DeriveCode,
  type DerivedSchemaHeader,
  type DeriveOptions,
  deriveForm,
  type Modification,
  toParentSubmission,
} from './evolution/derive/index.js';
export {
  CHANGE_KINDS,
  type Change,
  type ChangeKind,
  type ChangeSide,
  type DefinitionDiff,
  type DiffOptions,
  type DiffVersion,
  diffDefinitions,
  type RuleSide,
  VERSIONING_CODES,
  type Verdict,
  type VerdictClass,
  type VersioningCheck,
  type VersioningCode,
  type VersioningFinding,
  type VersionStep,
} from './evolution/diff/index.js';
export {
  type ChainOptions,
  type ChainResult,
  type CompiledMigration,
  type CompileMigrationOptions,
  compileMigration,
  loadMigration,
  MIGRATION_CODES,
  type MigratedRead,
  type MigrateOptions,
  type Migration,
  type MigrationChange,
  type MigrationCode,
  type MigrationLoad,
  type MigrationResult,
  type MigrationStep,
  migrate,
  migrateChain,
  type ReadMigratedOptions,
  readMigrated,
} from './evolution/migrate/index.js';
export {
  ENVELOPE_KEY,
  type FormEnvelope,
  type FormIdentity,
  type FormVersions,
  type FormVersionsOptions,
  formVersions,
  VERSION_CODES,
  type VersionCode,
  type VersionedForm,
  type VersionedRead,
  type VersionedReadOptions,
  type VersionedValidateOptions,
  type VersionedValidation,
} from './evolution/versions/index.js';
export * from './fim/index.js';
export { type ExampleOptions, type ExampleShape, generateExample } from './generate/example.js';
export { type ValidExample, type ValidExampleOptions, validExample } from './generate/valid-example.js';
export type { Issue, Report } from './issues/issue.js';
export type { Severity } from './issues/severity.js';
export type { AnyChild, ContainerValue, Submission } from './model/builders.js';
export { defineForm, field, group, rule } from './model/builders.js';
export { CodeListRegistry, canonicalVersionUri } from './model/codelists.js';
export { DefinitionError } from './model/definition-error.js';
export type { LintFinding, LintOptions } from './model/lint.js';
export { LINT_CODES, type LintCode } from './model/lint-codes.js';
export { type LoadResult, loadDefinition } from './model/load.js';
export * from './model/types.js';
export {
  type CompiledRule,
  compileRule,
  type Expr,
  type ExpressionParseResult,
  isIban,
  isRvNummer,
  isSteuerId,
  parseExpression,
  printExpression,
  RULE_CODES,
  RULE_FUNCTIONS,
  type RuleCode,
  type RuleFunctionName,
} from './rules/index.js';
export {
  createFormState,
  type ElementState,
  type FormListener,
  type FormState,
  type FormStateChange,
  type FormStateOptions,
  INPUT_KINDS,
  type InputConstraints,
  type InputKind,
  type Lang,
  type OptionState,
  type RepeatState,
  type StateListener,
} from './state/index.js';
export { ISSUE_CODES, type IssueCode } from './validate/codes.js';
export {
  type CompiledForm,
  type CompileOptions,
  compile,
  type ValidateOptions,
} from './validate/compile.js';
export { DEFAULT_VALIDATION_LIMITS, type ValidationLimits } from './validate/limits.js';
export { lintDefinition as lint } from './validate/lint-definition.js';
export { type ParseResult, parseSubmission } from './validate/parse.js';
export type { IssueParams } from './validate/report.js';
export type { SubmissionOf, ValidationReport } from './validate/result.js';
export type { SessionChange, ValidationSession } from './validate/session.js';
export {
  type FormStandardProps,
  type StandardData,
  type StandardSchemaOptions,
  standardSchema,
} from './validate/standard-schema.js';
export {
  type Behoerde,
  type Erreichbarkeit,
  HEADER_CODE_LISTS,
  type HeaderCode,
  type MessageHeader,
  type NamingOptions,
} from './xml/message.js';
export { DEFAULT_XML_LIMITS, type XmlLimits } from './xml/parse.js';
export { type ReadOptions, type ReadResult, readMessage as fromXml } from './xml/read.js';
export { REJECTION_REASONS, type Receipt, readReceipt, rejectionFor, writeReceipt } from './xml/receipt.js';
export { type WriteOptions, type WriteResult, writeMessage as toXml } from './xml/write.js';
export { generateXsd as toXsd } from './xml/xsd.js';
