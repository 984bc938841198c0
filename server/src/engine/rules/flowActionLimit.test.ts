import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, say } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';

const chain = (n: number) => [...Array.from({ length: n - 1 }, (_, i) => say(`m${i}`, `step ${i}`, i === n - 2 ? END_ID : `m${i + 1}`)), endAction];

describe('flow-action-limit', () => {
  it('accepts 250 actions', () => {
    expect(withCode(check(flowText(chain(250))), 'flow-action-limit')).toEqual([]);
  });

  it('reports 251 actions on the Actions key', () => {
    const text = flowText(chain(251));
    const [d, ...rest] = withCode(check(text), 'flow-action-limit');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('This flow has 251 actions; a flow may hold at most 250. Move part of it into another flow or a flow module.');
    expect(d.range).toEqual(rangeOfText(text, '"Actions"'));
  });
});
