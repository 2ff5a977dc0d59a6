/**
 * Headless Chromium for the browser test, with nothing installed but Node and npm. The browsers
 * found, in order:
 * 1. `CHROMIUM_PATH` (any Chromium or Chrome binary; an error when it does not exist);
 * 2. `/usr/bin/chromium` when it is a file (e.g. Debian's package);
 * 3. on linux-x64, the Chromium that the npm package `@sparticuz/chromium` ships inside its
 *    tarball (brotli-compressed; unpacked once into the temp directory, with the NSS libraries it
 *    brings, used only when the system has none);
 * 4. on macOS and Windows, an installed Chrome or Edge through playwright-core's channels.
 * `availableBrowsers()` lists every source that exists here (the test runs in each, so the
 * npm-shipped one is exercised even where a system Chromium exists); `launchError()` says what
 * was tried when there is none. Nothing is downloaded at install or run time.
 */
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';

export interface BrowserSource {
  /** Where the browser comes from, for test names and messages. */
  readonly name: string;
  readonly launch: () => Promise<Browser>;
}

const require = createRequire(import.meta.url);

/** A regular file (not, e.g., /dev/null bound over a path to hide it). */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--no-zygote', '--disable-dev-shm-usage'];

function fromPath(name: string, executablePath: string, env?: Record<string, string>): BrowserSource {
  const options: LaunchOptions = { executablePath, headless: true, args: BASE_ARGS };
  return {
    name,
    launch: () => chromium.launch(env ? { ...options, env: { ...process.env, ...env } } : options),
  };
}

/** Directories where a glibc system keeps its shared libraries. */
const LIBRARY_DIRS = [
  '/lib/x86_64-linux-gnu',
  '/usr/lib/x86_64-linux-gnu',
  '/lib64',
  '/usr/lib64',
  '/lib',
  '/usr/lib',
];

/** Regular files of a ustar archive (all the NSS archive holds); enough for this one archive. */
function untar(archive: Uint8Array, target: string): void {
  const text = new TextDecoder();
  const field = (offset: number, length: number) =>
    text.decode(archive.subarray(offset, offset + length)).replace(/\0.*$/s, '');
  for (let offset = 0; offset + 512 <= archive.length; ) {
    const name = field(offset, 100);
    if (name === '') break;
    const size = Number.parseInt(field(offset + 124, 12).trim() || '0', 8);
    const type = field(offset + 156, 1);
    const prefix = field(offset + 345, 155);
    const path = join(target, prefix ? `${prefix}/${name}` : name);
    if (type === '0' || type === '') {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, archive.subarray(offset + 512, offset + 512 + size), { mode: 0o755 });
    } else if (type === '5') {
      mkdirSync(path, { recursive: true });
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

/** Unpacks the npm-shipped Chromium once (atomically, so parallel test files can share it). */
async function npmShippedChromium(): Promise<{ path: string; env?: Record<string, string> }> {
  // The package exports only its entry; its folder is the nearest one above with its package.json.
  let root = dirname(require.resolve('@sparticuz/chromium'));
  while (!existsSync(join(root, 'package.json')) || !existsSync(join(root, 'bin'))) {
    const parent = dirname(root);
    if (parent === root) throw new Error('@sparticuz/chromium: package folder not found');
    root = parent;
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const bin = join(root, 'bin');
  const dir = join(tmpdir(), `antrag-chromium-${version}`);
  mkdirSync(dir, { recursive: true });
  const executable = join(dir, 'chromium');
  if (!isFile(executable)) {
    const partial = `${executable}.${process.pid}.partial`;
    await pipeline(
      createReadStream(join(bin, 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(partial, { mode: 0o755 }),
    );
    renameSync(partial, executable);
  }
  const hasNss = LIBRARY_DIRS.some((lib) => isFile(join(lib, 'libnss3.so')));
  if (hasNss) return { path: executable };
  const libs = join(dir, 'al2023');
  if (!existsSync(join(libs, 'lib', 'libnss3.so'))) {
    const partial = `${libs}.${process.pid}.partial`;
    untar(brotliDecompressSync(readFileSync(join(bin, 'al2023.tar.br'))), partial);
    try {
      renameSync(partial, libs);
    } catch {
      // Another test file unpacked it first.
    }
  }
  const previous = process.env.LD_LIBRARY_PATH;
  return {
    path: executable,
    env: { LD_LIBRARY_PATH: previous ? `${join(libs, 'lib')}:${previous}` : join(libs, 'lib') },
  };
}

/** Every browser source available on this machine, in the order of the header comment. */
export async function availableBrowsers(): Promise<BrowserSource[]> {
  const sources: BrowserSource[] = [];
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isFile(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not a file`);
    sources.push(fromPath(`CHROMIUM_PATH (${fromEnv})`, fromEnv));
  } else if (isFile('/usr/bin/chromium')) {
    sources.push(fromPath('/usr/bin/chromium', '/usr/bin/chromium'));
  }
  if (process.platform === 'linux' && process.arch === 'x64') {
    const shipped = await npmShippedChromium();
    sources.push(fromPath('@sparticuz/chromium (npm)', shipped.path, shipped.env));
  } else if (process.platform === 'darwin' || process.platform === 'win32') {
    sources.push({
      name: 'installed Chrome or Edge',
      launch: () =>
        chromium
          .launch({ channel: 'chrome', headless: true })
          .catch(() => chromium.launch({ channel: 'msedge', headless: true })),
    });
  }
  return sources;
}

/** Why no browser is available, for the test's failure message. */
export function launchError(): string {
  return (
    `no headless Chromium found on ${process.platform}-${process.arch}: set CHROMIUM_PATH to a ` +
    'Chromium or Chrome binary (linux-x64 uses the one inside the npm package @sparticuz/chromium; ' +
    'macOS and Windows an installed Chrome or Edge)'
  );
}
