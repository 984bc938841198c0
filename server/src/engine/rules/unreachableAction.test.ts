import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { act, say } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';

describe('unreachable-action', () => {
  it('follows main, error and condition branches', () => {
    const text = flowText([
      act('c', 'Compare', { ComparisonValue: '$.Attributes.x' }, { next: 'a', errors: { NoMatchingCondition: 'b' }, conditions: [['Equals', '1', 'd']] }),
      say('a', 'one'),
      say('b', 'two'),
      say('d', 'three'),
      endAction,
    ]);
    expect(withCode(check(text), 'unreachable-action')).toEqual([]);
  });

  it('reports an action nothing leads to, on its Identifier', () => {
    const text = flowText([say('a', 'hello'), say('orphan', 'never said'), endAction]);
    const [d, ...rest] = withCode(check(text), 'unreachable-action');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Warning);
    expect(d.message).toBe('MessageParticipant "orphan" can never run: no path from `StartAction` leads to it. Connect it or remove it.');
    expect(d.range).toEqual(rangeOfText(text, '"orphan"'));
  });

  it('says nothing when the start is unusable (empty in a saved draft, or dangling)', () => {
    expect(withCode(check(flowText([say('a', 'x'), say('b', 'y'), endAction], { start: '' })), 'unreachable-action')).toEqual([]);
    expect(withCode(check(flowText([say('a', 'x'), say('b', 'y'), endAction], { start: 'nope' })), 'unreachable-action')).toEqual([]);
  });
});
