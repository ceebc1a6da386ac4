// Arrays kept sorted as rows come and go: a binary search finds the place, a splice moves the rest.
// A splice of tens of thousands of pointers takes microseconds, far less than sorting again.

export type Compare<T> = (a: T, b: T) => number;

/** First index whose item is not before `probe`. */
export function lowerBound<T>(items: readonly T[], probe: T, compare: Compare<T>): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(items[middle] as T, probe) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function insertSorted<T>(items: T[], item: T, compare: Compare<T>): void {
  items.splice(lowerBound(items, item, compare), 0, item);
}

/**
 * Takes `item` out, found by its sort keys as they were when it went in (ties are broken by id, so
 * the keys find exactly one place). False when it is not there.
 */
export function removeSorted<T>(items: T[], item: T, compare: Compare<T>): boolean {
  const at = lowerBound(items, item, compare);
  if (items[at] !== item) return false;
  items.splice(at, 1);
  return true;
}
