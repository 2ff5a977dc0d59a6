/**
 * The route-parameter checker against ajv as the oracle (Fastify's default validator compiler,
 * with the options the service used before: coerceTypes, no removal of unknown properties): for
 * every parameter schema of the route catalogue and many generated query objects, both accept the
 * same ones and coerce them to the same values. And a schema outside the supported part throws.
 */

import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { compileParams } from './params.js';
import { ROUTES, type RouteSpec } from './routes.js';

const closed = (values: RouteSpec['params'], required: boolean) => ({
  type: 'object',
  properties: Object.fromEntries(Object.entries(values ?? {}).map(([name, p]) => [name, p.schema])),
  additionalProperties: false,
  ...(required ? { required: Object.keys(values ?? {}) } : {}),
});

const SCHEMAS = ROUTES.flatMap((route) => [
  closed(route.query, false),
  ...(route.params ? [closed(route.params, true)] : []),
]);

const VALUES: readonly unknown[] = [
  'de',
  'en',
  'fr',
  'key',
  'fim-id',
  'true',
  'false',
  'TRUE',
  '1',
  '',
  '2026-03-02',
  '2026-3-2',
  'alg2',
  '2.0.0',
  '1.0.0+build',
  'a b',
  'ü',
  'x'.repeat(65),
  'y'.repeat(129),
  ['de', 'en'],
];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the route-parameter checker', () => {
  it('accepts and coerces exactly what ajv accepts and coerces, for every schema of the catalogue', () => {
    const ajv = new Ajv({ coerceTypes: true, removeAdditional: false, allErrors: false });
    const next = random(17);
    let accepted = 0;
    let refused = 0;
    for (const schema of SCHEMAS) {
      const oracle = ajv.compile(schema);
      const check = compileParams(schema);
      const names = [...Object.keys(schema.properties), 'unknown', 'naming', '__proto__'];
      for (let i = 0; i < 400; i++) {
        const query: Record<string, unknown> = Object.create(null);
        const count = Math.floor(next() * 4);
        for (let k = 0; k < count; k++)
          query[names[Math.floor(next() * names.length)] as string] =
            VALUES[Math.floor(next() * VALUES.length)];
        const ours = { ...query };
        const theirs = { ...query };
        const verdict = check(ours);
        const expected = oracle(theirs);
        expect(verdict, `${JSON.stringify(schema)} ${JSON.stringify(query)}`).toBe(expected);
        if (expected) {
          expect(ours).toEqual(theirs);
          accepted++;
        } else {
          expect(check.errors?.[0]?.message).toMatch(/^must /);
          refused++;
        }
      }
    }
    // Both outcomes were exercised, not only one.
    expect(accepted).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(200);
  });

  it('words its findings as ajv does, so Fastify reports them the same way', () => {
    const check = compileParams(closed(ROUTES.find((r) => r.operationId === 'getXsd')?.query, false));
    expect(check({ naming: 'other' })).toBe(false);
    expect(check.errors).toEqual([
      {
        instancePath: '/naming',
        keyword: 'enum',
        message: 'must be equal to one of the allowed values',
        params: { allowedValues: ['key', 'fim-id'] },
      },
    ]);
    expect(check({ unknown: '1' })).toBe(false);
    expect(check.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', instancePath: '' });
    const coerced: Record<string, unknown> = { versionSuffix: 'true' };
    expect(check(coerced)).toBe(true);
    expect(coerced).toEqual({ versionSuffix: true });
    expect(check.errors).toBe(null);
  });

  it('throws for a schema outside the part it supports', () => {
    expect(() => compileParams({ type: 'object', properties: {} })).toThrow(/closed objects/);
    expect(() =>
      compileParams({
        type: 'object',
        properties: { n: { type: 'integer' } },
        additionalProperties: false,
      }),
    ).toThrow(/does not support/);
    expect(() =>
      compileParams({
        type: 'object',
        properties: { s: { type: 'string', pattern: 'a', maxLength: 3 } },
        additionalProperties: false,
      }),
    ).toThrow(/does not support/);
  });
});
