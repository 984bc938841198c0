/**
 * The fuzz properties, shared by the CI tests (a bounded number of runs) and `npm run fuzz` (millions).
 * Each one is an arbitrary plus a check that throws on a violation; `ciRuns` is its share of a CI run.
 */
import fc from 'fast-check';
import { buildModel } from '../../server/src/engine/model';
import { assertEngineProperties, isJson } from './invariants';
import { assertFixSafety } from './fixInvariants';
import { applyEditList, editList, structuralEditList } from './mutations';
import { awkwardText, generatedFlowText } from './generators';
import { flowByName, realFlows, NO_CORPUS_MESSAGE } from './corpus';

export interface FuzzProperty {
  name: string;
  group: 'engine' | 'fixes';
  ciRuns: number;
  /** Why the property cannot run here (shown as a skipped test). */
  skip?: string;
  arbitrary: fc.Arbitrary<unknown[]>;
  check(input: unknown[]): void;
}

const flowTypes = fc.constantFrom(undefined, 'contactFlow', 'customerQueue', 'CUSTOMER_HOLD', 'agentWhisper', 'nonsense');

function prop<T extends unknown[]>(
  name: string,
  group: FuzzProperty['group'],
  ciRuns: number,
  arbitrary: fc.Arbitrary<T>,
  check: (...input: T) => void,
): FuzzProperty {
  return { name, group, ciRuns, arbitrary, check: (input) => check(...(input as T)) };
}

function skipped(name: string, group: FuzzProperty['group'], ciRuns: number, skip: string): FuzzProperty {
  return { name, group, ciRuns, skip, arbitrary: fc.constant([]), check: () => undefined };
}

export function fuzzProperties(): FuzzProperty[] {
  const corpus = realFlows();
  const list: FuzzProperty[] = [
    prop('arbitrary strings, JSON and grapheme soup', 'engine', 10000, fc.tuple(awkwardText, flowTypes), (text, flowType) => void assertEngineProperties(text, { flowType })),
    prop('buildModel: never throws, line count and byId agree with the text', 'engine', 6000, fc.tuple(fc.oneof(awkwardText, generatedFlowText)), (text) => {
      const model = buildModel(text);
      for (const a of model.actions) if (a.id !== undefined && !model.byId.has(a.id)) throw new Error(`byId misses ${JSON.stringify(a.id)}`);
      const lines = text.split(/\r\n|\r|\n/).length;
      if (model.lines.lineCount !== lines) throw new Error(`lineCount ${model.lines.lineCount}, the text has ${lines} lines`);
    }),
    prop('generated flows in every layout (indent, CRLF, lone CR, BOM)', 'engine', 2000, fc.tuple(generatedFlowText, flowTypes), (text, flowType) => void assertEngineProperties(text, { flowType })),
    prop('generated flows with character edits', 'engine', 1500, fc.tuple(generatedFlowText, editList), (text, edits) => void assertEngineProperties(applyEditList(text, edits))),
    prop('fix safety on generated flows', 'fixes', 500, fc.tuple(generatedFlowText, flowTypes), (text, flowType) => void assertFixSafety(text, { flowType })),
  ];
  if (!corpus) {
    list.push(skipped('mutated real flows: character and tree edits', 'engine', 1500, NO_CORPUS_MESSAGE));
    list.push(skipped('mutated real flows: tree edits only', 'engine', 1000, NO_CORPUS_MESSAGE));
    list.push(skipped('fix safety on mutated real flows', 'fixes', 400, NO_CORPUS_MESSAGE));
    return list;
  }
  const byName = flowByName(corpus);
  // The property gets the file name (printed on failure); the text is looked up, never copied into a report.
  const base = fc.constantFrom(...corpus.map((f) => f.name));
  list.push(
    prop('mutated real flows: character and tree edits (delete / insert / duplicate, truncation at every kind of token, swapped types, removed and renamed keys)', 'engine', 1500, fc.tuple(base, editList), (name, edits) => void assertEngineProperties(applyEditList(byName(name).text, edits))),
    prop('mutated real flows: tree edits only (the text stays JSON, so every rule sees the change)', 'engine', 1000, fc.tuple(base, structuralEditList, flowTypes), (name, edits, flowType) => void assertEngineProperties(applyEditList(byName(name).text, edits), { flowType })),
    prop('fix safety on mutated real flows', 'fixes', 400, fc.tuple(base, structuralEditList, flowTypes), (name, edits, flowType) => {
      const text = applyEditList(byName(name).text, edits);
      if (isJson(text)) assertFixSafety(text, { flowType });
    }),
  );
  return list;
}
