/** A small, strict argument parser: known flags only, so typos are usage errors, not silence. */

export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Map<string, string | true>;
  /** Every value of each repeatable flag, in order (`--code-list a.xml --code-list b.xml`). */
  readonly lists: Map<string, string[]>;
}

export interface FlagSpec {
  /** Flags that take a value (`--lang de`, `--lang=de`). */
  readonly withValue: readonly string[];
  /** Flags without a value (`--json`). */
  readonly boolean: readonly string[];
  /** Flags that take a value and may be given more than once (`--code-list`). */
  readonly repeatable?: readonly string[];
}

/** Every flag a spec accepts, for help texts and their tests. */
export function flagNames(spec: FlagSpec): string[] {
  return [...spec.withValue, ...spec.boolean, ...(spec.repeatable ?? [])];
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') || (arg.startsWith('-') && arg.length === 2 && arg !== '-')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg : arg.slice(0, eq);
      if (spec.boolean.includes(name)) {
        if (eq !== -1) throw new UsageError(`${name} takes no value`);
        flags.set(name, true);
      } else if (spec.withValue.includes(name) || spec.repeatable?.includes(name)) {
        const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
        if (value === undefined) throw new UsageError(`${name} needs a value`);
        flags.set(name, value);
        if (spec.repeatable?.includes(name)) lists.set(name, [...(lists.get(name) ?? []), value]);
      } else {
        throw new UsageError(`unknown option ${name}`);
      }
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, flags, lists };
}
