/**
 * Generated files in the house style: the text is run through Biome (`biome check --write` on
 * standard input: formatting and sorted imports) exactly as `npm run format` would leave it, so
 * a generated file passes `biome check` and the check test compares like with like.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** `text` as Biome formats a file at `path` (relative to `root`, whose node_modules has Biome). */
export function formatLikeBiome(root: string, path: string, text: string): string {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/@biomejs/biome/bin/biome'),
      'check',
      '--write',
      // Standard input is never an ignored file; so no .gitignore is needed (a copy of the repo).
      '--vcs-enabled=false',
      `--stdin-file-path=${path}`,
    ],
    { cwd: root, input: text, encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`biome could not format ${path}:\n${result.stderr}${result.stdout}`);
  return result.stdout;
}
