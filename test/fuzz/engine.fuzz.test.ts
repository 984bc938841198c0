/**
 * Engine fuzzing (issue 9): validate() and buildModel() on arbitrary text, generated flows and mutated real flows.
 * Properties (test/fuzz/invariants.ts): never throws (no rule throws either), every range inside the document
 * with start <= end in UTF-16 units, deterministic, syntax-error exactly when the text is not JSON.
 * Seeded: FUZZ_SEED replays a run; fast-check prints the seed and path of any failure.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { buildModel } from '../../server/src/engine/model';
import { assertEngineProperties } from './invariants';
import { applyEditList, editList, structuralEditList } from './mutations';
import { awkwardText, generatedFlowText } from './generators';
import { realFlows, flowByName, NO_CORPUS_MESSAGE } from './corpus';
import { params } from './config';

const corpus = realFlows();
const flowTypes = fc.constantFrom(undefined, 'contactFlow', 'customerQueue', 'CUSTOMER_HOLD', 'agentWhisper', 'nonsense');

describe('engine fuzzing: arbitrary text', () => {
  it('arbitrary strings, JSON and grapheme soup', () => {
    fc.assert(fc.property(awkwardText, flowTypes, (text, flowType) => void assertEngineProperties(text, { flowType })), params(4000));
  });

  it('buildModel never throws and keeps its counts consistent', () => {
    fc.assert(
      fc.property(fc.oneof(awkwardText, generatedFlowText), (text) => {
        const model = buildModel(text);
        for (const a of model.actions) if (model.byId.get(a.id!) === undefined && a.id !== undefined) throw new Error('byId misses an action id');
        if (model.lines.lineCount !== text.split(/\r\n|\r|\n/).length) throw new Error(`lineCount ${model.lines.lineCount}`);
      }),
      params(3000),
    );
  });
});

describe('engine fuzzing: flows generated from the catalogue', () => {
  it('generated flows in every layout (indent, CRLF, lone CR, BOM)', () => {
    fc.assert(fc.property(generatedFlowText, flowTypes, (text, flowType) => void assertEngineProperties(text, { flowType })), params(4000));
  });

  it('generated flows with character edits', () => {
    fc.assert(fc.property(generatedFlowText, editList, (text, edits) => void assertEngineProperties(applyEditList(text, edits))), params(3000));
  });
});

describe('engine fuzzing: mutated real flows', () => {
  if (!corpus) {
    it.skip(NO_CORPUS_MESSAGE, () => undefined);
    return;
  }
  const byName = flowByName(corpus);
  const base = fc.constantFrom(...corpus.map((f) => f.name));

  it('every corpus flow as is', () => {
    for (const flow of corpus) assertEngineProperties(flow.text);
  });

  it('random edits: delete / insert / duplicate characters, truncation at every kind of token, swapped types, removed and renamed keys', () => {
    fc.assert(fc.property(base, editList, (name, edits) => void assertEngineProperties(applyEditList(byName(name).text, edits))), params(2500));
  });

  it('structural edits only (text stays JSON, so every rule sees the change)', () => {
    fc.assert(fc.property(base, structuralEditList, flowTypes, (name, edits, flowType) => void assertEngineProperties(applyEditList(byName(name).text, edits), { flowType })), params(2000));
  });
});
