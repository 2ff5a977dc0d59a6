/**
 * The codes a select field allows, for the peer adapters: its inline values, else the code list
 * the form carries for its reference (as antrag validates it with the lists loaded).
 */
import type { CodeValue, FieldDefinition, FormDefinition } from '../../src/model/types.js';

export function selectCodes(form: FormDefinition, field: FieldDefinition): readonly CodeValue[] | undefined {
  if (field.values) return field.values;
  const ref = field.codeList;
  if (!ref) return undefined;
  return form.codeLists?.find((list) => list.uri === ref.uri && list.version === ref.version)?.values;
}
