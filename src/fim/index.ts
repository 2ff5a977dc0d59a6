/**
 * The public surface of the FIM layer, for `src/index.ts` to re-export: XDatenfelder import and
 * export, genericode code lists, JSON Schema and TypeScript generation, and the issue catalogue.
 */

export { XDF_CODES, type XdfCode } from './codes.js';
export { type ToXdfOptions, toXdf } from './export.js';
export { type CodeListImportResult, type ImportCodeListOptions, importCodeList } from './genericode.js';
export { type ImportXdfOptions, importXdf, type XdfHeader, type XdfImportResult } from './import.js';
export { type JsonSchema, type JsonSchemaOptions, toJsonSchema } from './json-schema.js';
export { deriveKey } from './keys.js';
export { XDF2_STATUS } from './status.js';
export { type TypeScriptOptions, toTypeScript } from './typescript.js';
