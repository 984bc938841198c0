/** Identifiers shaped like console UUIDs, from a seeded generator (so large inputs are the same on every run). */
export function randomUUIDs(count: number, seed: number): string[] {
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  const hex = (n: number) => next().toString(16).padStart(8, '0').slice(0, n);
  return Array.from({ length: count }, () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(8)}${hex(4)}`);
}
