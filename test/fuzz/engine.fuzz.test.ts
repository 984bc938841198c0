/**
 * Engine fuzzing and fix safety (issue 9), the bounded CI run. Properties: test/fuzz/properties.ts; checks:
 * invariants.ts (never throws, ranges inside the document in UTF-16 units with start <= end, deterministic,
 * syntax-error exactly when the text is not JSON, no rule throws behind validate's back) and fixInvariants.ts.
 * Seeded (FUZZ_SEED, default fixed): a failure prints seed and path, and the same seed replays it.
 * `npm run fuzz` runs the same properties millions of times.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { fuzzProperties } from './properties';
import { FUZZ_SEED, runs, timeoutFor } from './config';

const properties = fuzzProperties();

for (const group of ['engine', 'fixes'] as const) {
  describe(group === 'engine' ? 'engine fuzzing' : 'fix safety fuzzing', () => {
    for (const p of properties.filter((q) => q.group === group)) {
      if (p.skip) {
        it.skip(`${p.name} (${p.skip})`, () => undefined);
        continue;
      }
      it(p.name, () => {
        fc.assert(fc.property(p.arbitrary, (input) => p.check(input)), { seed: FUZZ_SEED, numRuns: runs(p.ciRuns) });
      }, timeoutFor(p.ciRuns));
    }
  });
}
