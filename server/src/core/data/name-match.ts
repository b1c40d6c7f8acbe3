/**
 * Name comparison for the gazetteer: the matching key of a unit name, and the fast bounded
 * edit distance and letter signatures that keep nationwide spelling suggestions cheap.
 */
import { nameKey } from '../text/fold';
import { tightenAround } from '../text/scan';

/** Matching key of a name: NFC, case, tone placement, dashes and the spaces around them folded. */
export function unitNameKey(name: string): string {
  return tightenAround(nameKey(name), '-', '-');
}

/** 32-bit set of the letters of a key (code unit hashed to a bit). */
export function letterSig(k: string): number {
  let sig = 0;
  for (let i = 0; i < k.length; i++) sig |= 1 << ((k.charCodeAt(i) * 2654435761) >>> 27);
  return sig;
}
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Levenshtein distance, the same value as fold.ts editDistance(a, b, max) but computed only in
 * the diagonal band |i - j| <= max with two reused buffers: suggest() calls it for every
 * distinct spelling in the country (~10k), and fold's version allocates two arrays per call.
 */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
export function bandedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (rowA.length <= m) { rowA = new Int32Array(m + 1); rowB = new Int32Array(m + 1); }
  let prev = rowA;
  let cur = rowB;
  const BIG = max + 1;
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : BIG;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur[lo - 1] = lo === 1 ? (i <= max ? i : BIG) : BIG;
    let rowMin = cur[lo - 1];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      if (del < v) v = del;
      if (ins < v) v = ins;
      if (v > BIG) v = BIG;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = BIG;
    if (rowMin > max) return BIG;
    const t = prev; prev = cur; cur = t;
  }
  return Math.min(prev[m], BIG);
}
