/**
 * Generates strings that match a parsed XSD pattern, for sample submissions and property tests.
 * Characters for a class are drawn from a pool of everyday characters (ASCII, German letters)
 * first, so that samples are readable and also pass DIN 91379; only classes that exclude the
 * whole pool fall back to scanning the Basic Multilingual Plane.
 */

import type { XsdRegexNode } from './xsd-regex.js';

/** A source of random numbers in [0, 1). */
export type Random = () => number;

export interface SampleOptions {
  /** Upper bound for unbounded repeats (`*`, `+`, `{n,}`): at most `min + extraRepeats`. */
  readonly extraRepeats?: number;
}

const POOL: readonly number[] = [
  ...range(0x41, 0x5a),
  ...range(0x61, 0x7a),
  ...range(0x30, 0x39),
  ...[...' .,-/()+_@:;!?&%#*=$'].map((c) => c.codePointAt(0) as number),
  ...[...'äöüÄÖÜßéèáàçñ'].map((c) => c.codePointAt(0) as number),
];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const candidates = new Map<string, readonly number[]>();

/** The characters a class expression may produce, pool characters first. */
function classCandidates(js: string): readonly number[] {
  let list = candidates.get(js);
  if (list) return list;
  const regex = new RegExp(`^${js}$`, 'v');
  const fromPool = POOL.filter((cp) => regex.test(String.fromCodePoint(cp)));
  if (fromPool.length > 0) {
    list = fromPool;
  } else {
    const found: number[] = [];
    for (let cp = 0x20; cp <= 0xfffd && found.length < 64; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (regex.test(String.fromCodePoint(cp))) found.push(cp);
    }
    list = found;
  }
  candidates.set(js, list);
  return list;
}

function pick<T>(items: readonly T[], random: Random): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/** A random string matching `node`, or undefined when a class matches no character at all. */
export function samplePattern(
  node: XsdRegexNode,
  random: Random,
  options: SampleOptions = {},
): string | undefined {
  const extra = options.extraRepeats ?? 3;
  const parts: string[] = [];
  const walk = (n: XsdRegexNode): boolean => {
    switch (n.type) {
      case 'alternation': {
        const branch = pick(n.branches, random);
        return branch === undefined ? false : walk(branch);
      }
      case 'sequence':
        return n.items.every(walk);
      case 'repeat': {
        const max = n.max ?? n.min + extra;
        const count = n.min + Math.floor(random() * (max - n.min + 1));
        for (let i = 0; i < count; i++) if (!walk(n.node)) return false;
        return true;
      }
      case 'char':
        parts.push(String.fromCodePoint(n.codePoint));
        return true;
      case 'class': {
        const cp = pick(classCandidates(n.js), random);
        if (cp === undefined) return false;
        parts.push(String.fromCodePoint(cp));
        return true;
      }
    }
  };
  return walk(node) ? parts.join('') : undefined;
}

/** A small seeded generator (xorshift32), so samples are reproducible from a seed. */
export function seededRandom(seed: number): Random {
  let state = (seed >>> 0) ^ 0x9e3779b9;
  if (state === 0) state = 0x6d2b79f5;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}
