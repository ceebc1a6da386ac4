// Whether two values the dispatcher sent are the same data, so a refresh that changes nothing keeps
// the objects React already rendered.

/** Deep equality of JSON-like data (plain objects, arrays, strings, numbers, booleans, null). */
export function equalDeep(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordB = b as Record<string, unknown>;
  return keysA.every(
    (key) => Object.hasOwn(recordB, key) && equalDeep((a as Record<string, unknown>)[key], recordB[key]),
  );
}

/**
 * `next`, with the objects of `previous` wherever an item of the same id has the same data: items
 * that did not change keep their identity, and so their memoised rendering.
 */
export function keepUnchanged<T extends { id: string }>(previous: readonly T[], next: T[]): T[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  return next.map((item) => {
    const old = before.get(item.id);
    return old && equalDeep(old, item) ? old : item;
  });
}
