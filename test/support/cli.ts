/**
 * The CLI in process for command tests: an io that collects standard output and error, reads
 * files from `files` first (then from disk) and collects the files written, without colour;
 * `runCli` runs `antrag` with it.
 */
import { readFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

/** What a command wrote. */
export interface CliOutput {
  stdout: string;
  stderr: string;
  readonly written: Record<string, string>;
}

export interface CliRun extends Readonly<CliOutput> {
  readonly code: number;
}

/** An io for a command, and what the command writes through it. */
export function collectingIo(files: Readonly<Record<string, string | Uint8Array>> = {}): {
  io: CliIo;
  out: CliOutput;
} {
  const out: CliOutput = { stdout: '', stderr: '', written: {} };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    readFile: (path) => {
      const file = files[path];
      if (file !== undefined) return typeof file === 'string' ? new TextEncoder().encode(file) : file;
      return readFileSync(path);
    },
    writeFile: (path, text) => {
      out.written[path] = text;
    },
    color: false,
  };
  return { io, out };
}

/** Runs `antrag <argv>` in process. */
export function runCli(argv: readonly string[], files: Readonly<Record<string, string>> = {}): CliRun {
  const { io, out } = collectingIo(files);
  const code = run([...argv], io);
  return { code, ...out };
}
