import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'forms/index': 'src/forms/index.ts',
    'forms/fuehrerschein': 'schemas/fuehrerschein/form.ts',
    'forms/personenbefoerderungsschein': 'schemas/personenbefoerderungsschein/form.ts',
    'forms/alg2': 'schemas/alg2/form.ts',
    'cli/main': 'src/cli/main.ts',
    'runtime/index': 'src/runtime/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'node20',
  splitting: true,
  treeshake: true,
});
