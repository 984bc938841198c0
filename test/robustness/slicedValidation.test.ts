/** The server's sliced check gives exactly what validateModel gives, and stops when its document moves on. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildModel } from '../../server/src/engine/model';
import { validateModel } from '../../server/src/engine/validate';
import { validateInSlices } from '../../server/src/lsp/slicedValidation';
import { generatedFlowText } from '../fuzz/generators';
import { applyEditList, editList } from '../fuzz/mutations';
import { realFlows, NO_CORPUS_MESSAGE } from '../fuzz/corpus';
import { FUZZ_SEED, runs } from '../fuzz/config';
import { LARGE_INPUTS, MB } from '../fuzz/largeInputs';

const rules = fc.constantFrom(undefined, { 'param-unknown': 'off' as const }, { 'dangling-next-action': 'hint' as const, 'syntax-error': 'off' as const });

describe('validateInSlices', () => {
  it('equals validateModel on generated and edited flows, with severity overrides', async () => {
    await fc.assert(
      fc.asyncProperty(generatedFlowText, editList, rules, async (text, edits, overrides) => {
        const model = buildModel(applyEditList(text, edits));
        const options = { rules: overrides, uri: 'file:///x.json' };
        expect(await validateInSlices(model, options, () => true)).toEqual(validateModel(model, options));
      }),
      { seed: FUZZ_SEED, numRuns: runs(300) },
    );
  });

  it('equals validateModel on every corpus flow', async () => {
    const corpus = realFlows();
    if (!corpus) return console.warn(NO_CORPUS_MESSAGE);
    for (const flow of corpus) {
      const model = buildModel(flow.text);
      expect(await validateInSlices(model, {}, () => true), flow.name).toEqual(validateModel(model));
    }
  });

  it('on a 1 MB flow it pauses between rules and gives up once the document has moved on', async () => {
    const model = buildModel(LARGE_INPUTS.find((i) => i.name.startsWith('every NextAction dangling'))!.text(MB));
    let asked = 0;
    const full = await validateInSlices(model, {}, () => (asked++, true));
    expect(asked).toBeGreaterThan(0);
    expect(full).toEqual(validateModel(model));
    expect(await validateInSlices(model, {}, () => false)).toBeUndefined();
  });
});
