/**
 * `make(key)` once per key object, kept as long as the key lives: one API per host client, one
 * release tracker and one bulk-release registry per API, so a page that comes back finds them.
 */
export function onePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
