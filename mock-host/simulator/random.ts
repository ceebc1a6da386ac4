// A small seeded generator: the data set must be the same on every machine and every run, which
// Math.random cannot give.

/** Uniform numbers in [0, 1) from a 32-bit seed (mulberry32). */
export type Random = () => number;

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a text, so each tenant derives its own seed from the shared one. */
export function hashText(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return h;
}

export function randomInt(random: Random, below: number): number {
  return Math.floor(random() * below);
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[randomInt(random, items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function digits(random: Random, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String(randomInt(random, 10));
  return text;
}

/** A picker of keys with probability proportional to their weights. */
export function weighted<K extends string>(weights: Readonly<Record<K, number>>): (random: Random) => K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const last = entries[entries.length - 1];
  if (!last) throw new Error('no weights');
  return (random) => {
    let roll = random() * total;
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return last[0];
  };
}
