/**
 * The classification of a change on one axis: `compatible` (every submission valid on the
 * reading side stays valid), `needs-data` (some lack a value the other version requires; a
 * migration default or computation can supply it) or `breaking` (some are rejected and no added
 * value fixes that). Each verdict carries its reason in plain English.
 *
 * Axes: `oldToNew` — a receiver on the new version reads submissions made for the old one;
 * `newToOld` — a receiver still on the old version reads submissions made for the new one.
 */

/** The three classes, from harmless to worst. */
export const VERDICT_CLASSES = ['compatible', 'needs-data', 'breaking'] as const;
/** One of `VERDICT_CLASSES`. */
export type VerdictClass = (typeof VERDICT_CLASSES)[number];

/** A classification with its reason. */
export interface Verdict {
  readonly class: VerdictClass;
  readonly reason: string;
}

export const compatible = (reason: string): Verdict => ({ class: 'compatible', reason });
export const breaking = (reason: string): Verdict => ({ class: 'breaking', reason });
export const needsData = (reason: string): Verdict => ({ class: 'needs-data', reason });

/** The worse of two verdicts (the first when equal). */
export function worse(a: Verdict, b: Verdict): Verdict {
  return VERDICT_CLASSES.indexOf(b.class) > VERDICT_CLASSES.indexOf(a.class) ? b : a;
}

/** Both axes of a change. */
export interface Axes {
  readonly oldToNew: Verdict;
  readonly newToOld: Verdict;
}

/** Compatible both ways, for changes validation never reads (texts, metadata). */
export function textOnly(reason: string): Axes {
  return { oldToNew: compatible(reason), newToOld: compatible(reason) };
}

/** Breaking both ways with one reason. */
export function breakingBoth(reason: string): Axes {
  return { oldToNew: breaking(reason), newToOld: breaking(reason) };
}

/** The axes seen from the other side: what is old→new for a change is new→old for its reverse. */
export function reversed(axes: Axes): Axes {
  return { oldToNew: axes.newToOld, newToOld: axes.oldToNew };
}
