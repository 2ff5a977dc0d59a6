import { alg2 } from '../../schemas/alg2/form.js';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { personenbefoerderungsschein } from '../../schemas/personenbefoerderungsschein/form.js';
import type { FormDefinition } from '../model/types.js';

/** The forms shipped with the library, by name, for the CLI (`antrag validate fuehrerschein …`). */
export const builtInForms: ReadonlyMap<string, FormDefinition> = new Map<string, FormDefinition>([
  ['fuehrerschein', fuehrerschein],
  ['personenbefoerderungsschein', personenbefoerderungsschein],
  ['alg2', alg2],
]);
