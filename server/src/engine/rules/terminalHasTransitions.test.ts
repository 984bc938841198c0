import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { act, say } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';

describe('terminal-has-transitions', () => {
  it('accepts terminal actions with empty Transitions (and empty lists)', () => {
    const text = flowText([say('a', 'bye'), { ...endAction, Transitions: { Errors: [], Conditions: [] } }]);
    expect(withCode(check(text), 'terminal-has-transitions')).toEqual([]);
  });

  it('reports a NextAction on DisconnectParticipant, on the NextAction key', () => {
    const text = flowText([say('a', 'bye', 'd'), act('d', 'DisconnectParticipant', {}, { next: 'a' })]);
    const [d, ...rest] = withCode(check(text), 'terminal-has-transitions');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Warning);
    expect(d.message).toBe('DisconnectParticipant ends the flow, so its `NextAction` can never be followed. Write `"Transitions": {}`.');
    expect(d.range).toEqual(rangeOfText(text, '"NextAction"', 2));
  });

  it('names error branches too', () => {
    const text = flowText([say('a', 'bye', 'e'), act('e', 'EndFlowExecution', {}, { errors: { NoMatchingError: 'a' } })]);
    const [d] = withCode(check(text), 'terminal-has-transitions');
    expect(d.message).toBe('EndFlowExecution ends the flow, so its error branches can never be followed. Write `"Transitions": {}`.');
    expect(d.range).toEqual(rangeOfText(text, '"Errors"', 1));
  });
});
