/**
 * What a benchmark suite reports: targets (a ratio against a goal, met or missed), tables and
 * notes. Each suite (`bench/suites/*.ts`) returns one `Section`; `bench/report.ts` renders them.
 */

import type { Spread } from './harness.js';

export interface Target {
  /** What is compared, for the targets table. */
  readonly name: string;
  /** The measured ratio: median of the rounds with its spread. */
  readonly ratio: Spread;
  readonly goal: number;
  /** `higher`: the ratio must be at least the goal; `lower`: at most. */
  readonly better: 'higher' | 'lower';
  /** How the ratio reads, e.g. "× faster than full validation". */
  readonly unit?: string;
  /** For a missed target: what the profile says and what would close it. */
  readonly whenMissed?: string;
  /** The antrag side of the comparison, profiled when the target is missed. */
  readonly profile?: () => unknown;
}

export interface Table {
  readonly caption?: string;
  readonly head: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
}

export interface Section {
  readonly title: string;
  /** Why it is measured this way (Markdown). */
  readonly text?: string;
  readonly tables: readonly Table[];
  readonly targets: readonly Target[];
  /** An SVG file written next to docs/benchmarks.md: name and content. */
  readonly svg?: { readonly name: string; readonly content: string };
}

export function met(target: Target): boolean {
  return target.better === 'higher' ? target.ratio.median >= target.goal : target.ratio.median <= target.goal;
}

/** Milliseconds with three significant digits or so. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 100
    ? value.toFixed(0)
    : value >= 10
      ? value.toFixed(1)
      : value >= 0.1
        ? value.toFixed(3)
        : value.toFixed(4);
}

export function times(value: number): string {
  return `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)}×`;
}

/** A spread of ratios: `3.1× (2.9–3.4)`. */
export function ratioText(value: Spread): string {
  return `${times(value.median)} (${times(value.low).slice(0, -1)}–${times(value.high)})`;
}
