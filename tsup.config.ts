import { defineConfig } from 'tsup';
import { buildEntries } from './scripts/forms/generate.js';
import { readManifests } from './scripts/forms/manifest.js';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    // `forms/index` and one entry per form, from schemas/<form>/manifest.json.
    ...buildEntries(readManifests(process.cwd())),
    'cli/main': 'src/cli/main.ts',
    'runtime/index': 'src/runtime/index.ts',
    // The service's worker threads load this file by path (src/serve/index.ts finds it).
    'serve/worker': 'src/serve/worker.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'node20',
  splitting: true,
  treeshake: true,
});
