/** What the CLI needs from the outside world; tests pass their own. */

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Uint8Array;
  /** Colours and progress only when the output is a terminal. */
  readonly color: boolean;
  /** Standard input, for `-` as a file name. */
  readonly readStdin?: () => Uint8Array;
  /** 'file', 'directory' or undefined when the path does not exist. */
  readonly stat?: (path: string) => 'file' | 'directory' | undefined;
  /** Names of the entries of a directory. */
  readonly listDir?: (path: string) => string[];
  /** Writes a file (for `-o`). */
  readonly writeFile?: (path: string, text: string) => void;
}

/** The real process I/O. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    readStdin: () => readFileSync(0),
    stat: (path) => {
      try {
        const stats = statSync(path);
        return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : undefined;
      } catch {
        return undefined;
      }
    },
    listDir: (path) => readdirSync(path),
    writeFile: (path, text) => writeFileSync(path, text),
  };
}

/** Reads a file argument; `-` is standard input. Undefined (and a message) when unreadable. */
export function readInput(io: CliIo, path: string): Uint8Array | undefined {
  try {
    if (path === '-') {
      if (!io.readStdin) throw new Error('no standard input');
      return io.readStdin();
    }
    return io.readFile(path);
  } catch {
    io.stderr(`antrag: cannot read ${path === '-' ? 'standard input' : `file "${path}"`}\n`);
    return undefined;
  }
}
