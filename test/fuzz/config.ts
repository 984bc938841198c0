/** Seed and run counts for the fuzz properties. CI uses the fixed defaults; FUZZ_SEED / FUZZ_SCALE change them. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_251_124);

/** Multiplies every property's CI run count (FUZZ_SCALE=10 runs ten times as many). */
export const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);

export function runs(ciRuns: number): number {
  return Math.max(1, Math.round(ciRuns * FUZZ_SCALE));
}

/** Test timeout: generous, and growing with the scale (about 10 ms a run, a minute at least). */
export function timeoutFor(ciRuns: number): number {
  return Math.max(60_000, runs(ciRuns) * 10);
}
