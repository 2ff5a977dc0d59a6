/**
 * The package as users get it: `npm pack` (which builds in `prepack`) and `npm install` of the
 * tarball into an empty project, done once per test run and shared by the test files that need
 * it (the first one packs under a lock directory, the others wait for its result). Tests then
 * import, bundle, type-check and run the installed `antrag`, never `src/`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export interface PackedPackage {
  /** The empty consumer project with the tarball installed (`type: module`). */
  readonly project: string;
  readonly tarball: string;
  /** The files in the tarball, as `npm pack` lists them. */
  readonly files: readonly string[];
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function pack(dir: string): PackedPackage {
  const output = execFileSync(NPM, ['pack', '--json', '--pack-destination', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  // The prepack build writes to standard output before npm's JSON.
  const start = output.search(/^\[\s*$/m);
  const packed = JSON.parse(output.slice(start)) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  const entry = packed[0];
  if (!entry) throw new Error('npm pack produced nothing');
  const project = join(dir, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const tarball = join(dir, entry.filename);
  execFileSync(NPM, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { project, tarball, files: entry.files.map((file) => file.path) };
}

/** The packed and installed package of this test run. */
export function packedPackage(): PackedPackage {
  const dir = inject('packDir');
  const ready = join(dir, 'ready.json');
  const failed = join(dir, 'failed.txt');
  let owner = false;
  try {
    mkdirSync(join(dir, 'lock'));
    owner = true;
  } catch {
    // Another test file packs; wait for it below.
  }
  if (owner) {
    try {
      const result = pack(dir);
      writeFileSync(`${ready}.partial`, JSON.stringify(result));
      renameSync(`${ready}.partial`, ready);
      return result;
    } catch (error) {
      const detail = error as { message?: string; stderr?: string };
      writeFileSync(failed, `${detail.message ?? error}\n${detail.stderr ?? ''}`);
      throw error;
    }
  }
  for (let waited = 0; waited < 600_000; waited += 200) {
    if (existsSync(ready)) return JSON.parse(readFileSync(ready, 'utf8')) as PackedPackage;
    if (existsSync(failed)) throw new Error(`packing failed: ${readFileSync(failed, 'utf8')}`);
    sleep(200);
  }
  throw new Error('timed out waiting for npm pack');
}
