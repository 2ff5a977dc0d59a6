/**
 * Invalid examples as small, named changes to a valid submission, each with the issues it must
 * produce. `npm run examples:write` writes them to `examples/<form>/invalid/<name>.json`; tests
 * check the files and the issues, and the CLI tests run `antrag validate` on them.
 */

export interface ExpectedIssue {
  readonly code: string;
  readonly path: string;
}

export interface InvalidCase {
  /** File name without extension. */
  readonly name: string;
  /** What is wrong, for readers of the example. */
  readonly description: string;
  /** Changes a copy of the valid example. */
  // biome-ignore lint/suspicious/noExplicitAny: cases edit arbitrary nested example data
  readonly change: (data: Record<string, any>) => void;
  /** Every error the example must produce (warnings such as unloaded code lists are ignored). */
  readonly expect: readonly ExpectedIssue[];
}

/** The reference date examples are validated with (their rules use the application date). */
export const EXAMPLE_REFERENCE_DATE = '2026-03-02';

/** The header of the example messages (fixed, so the files are reproducible). */
export const EXAMPLE_HEADER = {
  nachrichtenUUID: '2f7c1e1a-5b0d-4c8e-9a3f-000000000001',
  erstellungszeitpunkt: '2026-03-02T09:00:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Beispielportal' },
  leser: { kennung: 'psw:01003110', name: 'Beispielbehörde' },
  test: true,
} as const;
