/**
 * Time stays roughly linear in input size: no input of about 1 MB may cost more than a second to check.
 * Measured as CPU time of this process (process.cpuUsage), not wall time, so other work on a busy machine does
 * not count against the engine; the best of two runs, after a warm-up.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validate } from '../../server/src/engine/validate';
import { LARGE_INPUTS, MB } from './largeInputs';
import { realFlows, NO_CORPUS_MESSAGE } from './corpus';
import { applyEditList, charEdit } from './mutations';
import { FUZZ_SEED, runs } from './config';
import { assertWellFormed } from './invariants';
import { cpuMs } from './cpu';

const LIMIT_MS = 1000;

validate('{"Version":"2019-10-30","StartAction":"a","Actions":[]}');

describe('1 MB inputs stay under a second', () => {
  for (const input of LARGE_INPUTS) {
    it(input.name, () => {
      const text = input.text(MB);
      expect(text.length).toBeGreaterThan(0.9 * MB);
      const ms = cpuMs(text);
      expect(ms, `${input.name}: ${ms.toFixed(0)} ms for ${(text.length / MB).toFixed(2)} MB`).toBeLessThan(LIMIT_MS);
      assertWellFormed(text, validate(text));
    });
  }
});

describe('roughly linear: 4x the input costs well under 16x the time', () => {
  // Quadratic behaviour shows as a ratio near 16; linear as about 4. Small inputs are too quick to time, so the
  // shapes are the ones with real work per element.
  for (const name of ['valid flow', 'every NextAction dangling', 'one action with tens of thousands of unknown', 'one action with tens of thousands of Errors', 'every Identifier the same']) {
    const input = LARGE_INPUTS.find((i) => i.name.startsWith(name))!;
    it(input.name, () => {
      const small = cpuMs(input.text(MB / 4), 3);
      const large = cpuMs(input.text(MB), 3);
      // Below 150 ms a 1 MB check is fast whatever the ratio (timer and GC noise dominate small numbers).
      expect(large, `${small.toFixed(1)} ms -> ${large.toFixed(1)} ms`).toBeLessThan(Math.max(10 * small, 150));
    });
  }
});

const corpus = realFlows();

describe('large real flows with random edits', () => {
  if (!corpus) {
    it.skip(NO_CORPUS_MESSAGE, () => undefined);
    return;
  }
  // All corpus flows' actions in one flow of about 1 MB (identifiers stay as they are: duplicates and all).
  const actions = corpus.flatMap((f) => {
    try {
      const a = (JSON.parse(f.text) as { Actions?: unknown }).Actions;
      return Array.isArray(a) ? a : [];
    } catch {
      return [];
    }
  });
  const big: unknown[] = [];
  let text = '';
  while (text.length < MB) {
    big.push(...actions);
    text = JSON.stringify({ Version: '2019-10-30', StartAction: 'x', Metadata: {}, Actions: big }, null, 2);
  }

  it(`a ${(text.length / MB).toFixed(1)} MB flow of real actions, with character edits, checks in under a second`, () => {
    fc.assert(
      fc.property(fc.array(charEdit, { minLength: 1, maxLength: 3 }), (edits) => {
        const edited = applyEditList(text, edits);
        const ms = cpuMs(edited, 1) < LIMIT_MS ? 0 : cpuMs(edited, 2);
        if (ms >= LIMIT_MS) throw new Error(`${ms.toFixed(0)} ms`);
      }),
      { seed: FUZZ_SEED, numRuns: runs(8) },
    );
  }, 120_000);
});
