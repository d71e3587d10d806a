// Seeded randomness for the generated archive and the benchmarks: the same
// seed gives the same sequence.

/** mulberry32: tiny, fast and good enough for test data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability: number) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    /** Favours the start of the list, so a few items are common and most are rare. */
    pickSkewed: <T>(items: readonly T[]): T => items[Math.floor(next() ** 2 * items.length)],
  };
}

export type Random = ReturnType<typeof createRandom>;
