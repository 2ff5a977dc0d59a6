/**
 * Locates the shared test data (`shared/`: FIM corpus, code lists, DIN 91379 lists) that tests
 * read in place; it is never copied into the repository. Looked up, in order: the environment
 * variable `ANTRAG_SHARED_DIR`, a `shared/` folder beside any parent of the repository (the
 * working layout `…/main` + `…/shared`), and `/work/shared`.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findSharedDir(): string {
  const fromEnv = process.env.ANTRAG_SHARED_DIR;
  if (fromEnv && existsSync(join(fromEnv, 'DOMAIN.md'))) return fromEnv;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'shared');
    if (existsSync(join(candidate, 'DOMAIN.md'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const fallback = '/work/shared';
  if (existsSync(join(fallback, 'DOMAIN.md'))) return fallback;
  throw new Error('shared test data not found: set ANTRAG_SHARED_DIR to the folder with DOMAIN.md');
}

export const SHARED_DIR: string = findSharedDir();

/** Absolute path of a file in the shared test data, e.g. `sharedPath('din91379', 'latin_list_1.3.txt')`. */
export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}
