/** Seed and run counts for the fuzz properties. CI uses the fixed defaults; `npm run fuzz` sets FUZZ_RUNS/FUZZ_SEED. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_251_124);

/** Multiplies every property's CI run count (FUZZ_SCALE=100 runs a hundred times as many). */
export const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);

export function runs(ciRuns: number): number {
  return Math.max(1, Math.round(ciRuns * FUZZ_SCALE));
}

/** fast-check parameters: seeded, replayable (the failure report prints seed and path), no shrink time limit. */
export function params(ciRuns: number) {
  return { seed: FUZZ_SEED, numRuns: runs(ciRuns) };
}
