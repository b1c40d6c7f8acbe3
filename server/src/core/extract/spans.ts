/**
 * Binary search over entities sorted by their span (a long notice holds thousands of dates
 * and citations: a linear scan per query was quadratic).
 */
import type { Span } from '../parse/model';

/** Index of the first entity of `sorted` (sorted, non-overlapping spans) whose span ends after `at`. */
export function firstEndingAfter(sorted: ReadonlyArray<{ span: Span }>, at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].span.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
