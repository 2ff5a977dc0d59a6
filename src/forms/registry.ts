import type { FormDefinition } from '../model/types.js';

/**
 * The forms shipped with the library, by name, for the CLI. Filled as the shipped forms land
 * (Führerschein, Personenbeförderungsschein, Bürgergeld).
 */
export const builtInForms: ReadonlyMap<string, FormDefinition> = new Map();
