import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiSurface, apiSurfaceMarkdown } from './api-surface.js';

describe('public API surface', () => {
  it('equals docs/api-surface.md (run npm run docs:write and add a CHANGELOG entry)', () => {
    const surface = apiSurface(process.cwd());
    expect(surface.antrag).toContain('compile (function)');
    expect(readFileSync('docs/api-surface.md', 'utf8')).toBe(apiSurfaceMarkdown(surface));
  }, 60_000);
});
