/**
 * Seeded PRNG so generation is reproducible: the same seed gives the same draws.
 * mulberry32 (Tommy Ettinger, public domain): 32-bit state, period 2^32, plenty for picking
 * among a few dozen exercises.
 * @see https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 */
export type Random = { next: () => number };

/** Hashes any string or number seed into a 32-bit state (FNV-1a over the string form). */
export function seedToState(seed: string | number): number {
  const s = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The raw mulberry32 generator over a 32-bit state: floats in [0, 1). Callers that already hold a
 * numeric state (demo data, benchmarks) use it directly; everyone else goes through createRandom.
 */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a generator of floats in [0, 1), its state hashed from `seed`. */
export function createRandom(seed: string | number): Random {
  return { next: mulberry32(seedToState(seed)) };
}
