import { describe, expect, it } from 'vitest';
import { buildModel } from '../../server/src/engine';
import { readTestCase, runTestCase } from '../../server/src/simulator';
import { tracePicture } from '../../server/src/lsp/features/tracePicture';
import { MENU_FLOW, PRESS_1_TEST } from './traceFlows';

/** A test run drawn on its flow: taken blocks and arrows marked `trace-taken`, the rest `trace-untaken`. */
describe('trace picture', () => {
  const model = buildModel(MENU_FLOW);
  const run = () => {
    const read = readTestCase(PRESS_1_TEST, { flow: model });
    expect(read.problems).toEqual([]);
    return runTestCase(read.testCase!, model, { flowKey: 'menu.flow.json' });
  };
  const marks = (svg: string) => ({
    blocks: [...svg.matchAll(/<g class="block[^"]*?(trace-[a-z -]+)" data-key="([^"]+)"/g)].map((m) => `${m[2]} ${m[1].trim()}`),
    edges: [...svg.matchAll(/<g class="edge (next|condition|error)[^"]*?(trace-[a-z]+)" data-from="([^"]+)" data-to="([^"]+)">/g)].map((m) => `${m[3]}->${m[4]} ${m[1]} ${m[2]}`),
  });

  it('marks the blocks and arrows the run took, fades the others, and names where the contact stopped', () => {
    const result = run();
    expect(result.status).toBe('passed');
    const picture = tracePicture(model, result.trace, 'menu.flow.json')!;
    expect(picture.summary).toBe('4 of 5 actions and 3 of 12 arrows taken');
    expect(picture.endKey).toBe('a4');
    expect(marks(picture.svg)).toEqual({
      blocks: ['a0 trace-taken', 'a1 trace-taken', 'a2 trace-taken', 'a3 trace-untaken', 'a4 trace-taken trace-end'],
      edges: [
        'a0->a1 next trace-taken',
        'a0->a1 error trace-untaken',
        'a1->a4 next trace-untaken',
        'a1->a4 error trace-untaken',
        'a1->a4 error trace-untaken',
        'a1->a4 error trace-untaken',
        'a1->a2 condition trace-taken',
        'a1->a3 condition trace-untaken',
        'a2->a4 next trace-taken',
        'a2->a4 error trace-untaken',
        'a3->a4 next trace-untaken',
        'a3->a4 error trace-untaken',
      ],
    });
    // The branch rows inside the blocks carry the same marks as their arrows: the menu's "= 1" row is the taken one.
    const menuRows = [...picture.svg.matchAll(/<g class="branch ([a-z]+)[^"]*?(trace-[a-z]+)"><text[^>]*>([^<]*)<\/text>/g)].slice(2, 8).map((m) => `${m[3]} ${m[2]}`);
    expect(menuRows).toEqual(['= 1 trace-taken', '= 2 trace-untaken', 'Next trace-untaken', 'InputTimeLimitExceeded trace-untaken', 'NoMatchingCondition trace-untaken', 'NoMatchingError trace-untaken']);
  });

  it('ignores the steps of other flows the contact entered', () => {
    const steps = run().trace.map((s) => ({ ...s, flow: 'other.json' }));
    const picture = tracePicture(model, steps, 'menu.flow.json')!;
    expect(picture.summary).toBe('0 of 5 actions and 0 of 12 arrows taken');
    expect(marks(picture.svg).blocks.every((b) => b.endsWith('trace-untaken'))).toBe(true);
  });

  it('draws nothing for a document that is not a flow', () => {
    expect(tracePicture(buildModel('{"Observations": []}'), [], 'x.json')).toBeUndefined();
  });
});
