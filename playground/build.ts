/**
 * Builds the playground into `playground/dist/`: `main.ts` bundled with esbuild for browsers
 * (the library from `src/`, as a portal would bundle the package), the page and its style copied.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const PLAYGROUND = dirname(fileURLToPath(import.meta.url));
export const DIST = join(PLAYGROUND, 'dist');

export async function buildPlayground(outdir: string = DIST): Promise<string> {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [join(PLAYGROUND, 'main.ts')],
    outfile: join(outdir, 'app.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  for (const file of ['index.html', 'style.css']) copyFileSync(join(PLAYGROUND, file), join(outdir, file));
  return outdir;
}
