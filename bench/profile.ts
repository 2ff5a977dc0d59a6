/**
 * The CPU profile of a workload (V8's sampling profiler, as `node --cpu-prof` writes it, taken
 * in-process through the inspector): the functions with the most self time. The benchmark
 * profiles the antrag side of every missed target, so the report says where its time goes.
 */

import { Session } from 'node:inspector/promises';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

export interface Hotspot {
  readonly name: string;
  /** Share of the samples, in percent. */
  readonly percent: number;
}

/** Runs `fn` repeatedly for about `ms` under the profiler; the `top` functions by self time. */
export async function hotspots(fn: () => unknown, ms: number, top = 8): Promise<Hotspot[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const end = performance.now() + ms;
    while (performance.now() < end) fn();
    const { profile } = (await session.post('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[] };
    };
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map<string, number>();
    for (const id of profile.samples) {
      const frame = nodes.get(id)?.callFrame;
      if (!frame) continue;
      const file = frame.url.replace(/^.*\/(src|bench|node_modules)\//, '$1/');
      const name = file
        ? `${frame.functionName || '(anonymous)'} (${file})`
        : frame.functionName || '(native)';
      self.set(name, (self.get(name) ?? 0) + 1);
    }
    const total = profile.samples.length || 1;
    return [...self]
      .filter(([name]) => name !== '(idle)' && name !== '(program)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, count]) => ({ name, percent: (100 * count) / total }));
  } finally {
    session.disconnect();
  }
}
