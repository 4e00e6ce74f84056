/**
 * Index of the first item whose `start` is at or after `at` (the length when none is), by binary search over
 * items sorted by `start`: quotations and mention indexes are searched per sentence, where a scan was O(n²).
 */
export function firstStartAtOrAfter(sorted: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
