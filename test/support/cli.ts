/**
 * Runs the CLI in process for command tests: standard output and error collected, files read
 * from `files` first (then from disk), files written collected in `written`, no colour.
 */
import { readFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly written: Record<string, string>;
}

export function runCli(argv: readonly string[], files: Readonly<Record<string, string>> = {}): CliRun {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    readFile: (path) => {
      const file = files[path];
      return file !== undefined ? new TextEncoder().encode(file) : readFileSync(path);
    },
    writeFile: (path, text) => {
      out.written[path] = text;
    },
    color: false,
  };
  return { code: run([...argv], io), ...out };
}
