/**
 * The API reference builds with typedoc without a single warning: every public export has
 * TSDoc, and no link is broken. (`npm run docs` writes it to docs/api/.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('typedoc documents every public export without warnings', () => {
  const out = mkdtempSync(join(tmpdir(), 'antrag-api-'));
  try {
    const result = spawnSync(
      process.execPath,
      ['node_modules/typedoc/bin/typedoc', '--out', out, '--treatWarningsAsErrors', '--logLevel', 'Warn'],
      { encoding: 'utf8' },
    );
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 120_000);
