/**
 * The result types of validation: a Report discriminated by `valid`, whose valid branch carries
 * the submission with its exact TypeScript type.
 */

import type { Report } from '../issues/issue.js';
import type { Submission } from '../model/builders.js';
import type { FormDefinition } from '../model/types.js';

/**
 * The data type of submissions to a definition: the exact `Submission` type for definitions
 * built with the builders (whose keys are literal types), a plain record for definitions that
 * arrive at run time (a loaded file, an imported XDF schema).
 */
export type SubmissionOf<D extends FormDefinition> = string extends D['key']
  ? Record<string, unknown>
  : Submission<D>;

/**
 * The result of a validation run: a Report, discriminated by `valid`. When valid, `data` is the
 * submission with its exact type (the data given, or with `prune`/`fill` the changed copy);
 * when not, `data` is only present when `prune` or `fill` produced a changed copy.
 */
export type ValidationReport<D extends FormDefinition = FormDefinition> =
  | (Report & { readonly valid: true; readonly data: SubmissionOf<D> })
  | (Report & { readonly valid: false; readonly data?: unknown });
