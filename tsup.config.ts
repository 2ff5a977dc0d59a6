import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'forms/index': 'src/forms/index.ts',
    'forms/fuehrerschein': 'schemas/fuehrerschein/form.ts',
    'forms/personenbefoerderungsschein': 'schemas/personenbefoerderungsschein/form.ts',
    'forms/alg2': 'schemas/alg2/form.ts',
    'cli/main': 'src/cli/main.ts',
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
