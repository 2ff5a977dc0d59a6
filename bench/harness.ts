/**
 * Timing for the benchmark: comparisons interleaved in rounds and repeated.
 *
 * Each round runs every contender once as a batch sized to take about `batchMs` (rotating which
 * goes first), so that drift of a shared machine (other processes, frequency, GC) hits all of
 * them alike. A ratio is computed per round and reported as the median of the rounds with its
 * spread (lowest and highest round). Time is the process's CPU time (user and system, all its
 * threads, so garbage collection counts): on a shared machine, waiting for a core is not work.
 * Nothing here is asserted in tests: speed is only reported.
 */

/** CPU time of this process in milliseconds since `since` (or since it started). */
export function cpuMs(since?: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

export interface Settings {
  readonly quick: boolean;
  /** Rounds of each comparison. */
  readonly rounds: number;
  /** About how long one batch of one contender runs. */
  readonly batchMs: number;
}

export function settings(quick: boolean): Settings {
  return quick ? { quick, rounds: 3, batchMs: 15 } : { quick, rounds: 9, batchMs: 120 };
}

/** A median with the lowest and highest value it was taken from. */
export interface Spread {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median =
    n % 2 === 1
      ? (sorted[(n - 1) / 2] as number)
      : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
  return { median, low: sorted[0] as number, high: sorted[n - 1] as number };
}

/** How many calls of `fn` take about `ms` (at least one); runs it a few times to warm it up. */
export function calibrate(fn: () => unknown, ms: number): number {
  let calls = 1;
  for (;;) {
    const start = process.cpuUsage();
    for (let i = 0; i < calls; i++) fn();
    const took = cpuMs(start);
    if (took >= ms / 4 || calls >= 1 << 20) {
      return Math.max(1, Math.min(1 << 22, Math.round((calls * ms) / Math.max(took, 1e-3))));
    }
    calls *= 4;
  }
}

/** Milliseconds per call of `fn`, over a batch of `calls` calls. */
export function batch(fn: () => unknown, calls: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) fn();
  return cpuMs(start) / calls;
}

/**
 * Times contenders side by side: per round one batch of each, in rotating order. Returns each
 * contender's time per call (ms) of every round.
 */
export function interleave(
  contenders: Readonly<Record<string, () => unknown>>,
  options: Settings,
): Record<string, number[]> {
  const names = Object.keys(contenders);
  const calls = new Map(
    names.map((name) => [name, calibrate(contenders[name] as () => unknown, options.batchMs)]),
  );
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length] as string;
      times[name]?.push(batch(contenders[name] as () => unknown, calls.get(name) as number));
    }
  }
  return times;
}

/** Per-round ratios `numerator / denominator` of two contenders' times, as a spread. */
export function ratio(times: Record<string, number[]>, numerator: string, denominator: string): Spread {
  const a = times[numerator] ?? [];
  const b = times[denominator] ?? [];
  return spread(a.map((value, round) => value / (b[round] as number)));
}

/** The median time of a contender. */
export function median(times: Record<string, number[]>, name: string): number {
  return spread(times[name] ?? [Number.NaN]).median;
}
