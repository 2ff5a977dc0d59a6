/** Bundle entry "engine": compile and validate a definition that arrives at run time (no shipped form). */
import { compile, type FormDefinition } from 'antrag';

const holder = globalThis as {
  antragDefinition?: FormDefinition;
  antragInput?: unknown;
  antragResult?: unknown;
};
if (holder.antragDefinition) {
  holder.antragResult = compile(holder.antragDefinition).validate(holder.antragInput).valid;
}
