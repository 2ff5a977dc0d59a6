/**
 * Vitest global setup: a fresh directory per test run for the packed package (see packed.ts), so
 * the test files that need the tarball share one `npm pack` and one install. Nothing is packed
 * here: the first test file that asks does it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    packDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'antrag-packed-'));
  project.provide('packDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
