/**
 * The order of version numbers: FIM writes `1.0` or `1.2.0`, the shipped forms semantic
 * versions. Parts compare numerically (`2.10.0` > `2.9.0`), a missing part counts as 0
 * (`1.0` = `1.0.0`), parts that are not numbers compare as text.
 */

/** Negative when `a` is lower than `b`, positive when higher, 0 when equal. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
    if (order !== 0) return order;
  }
  return 0;
}
