import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, act, say } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';

const lambda = (id: string, next: string) =>
  act(id, 'InvokeLambdaFunction', { LambdaFunctionARN: 'arn:aws:lambda:x', InvocationTimeLimitSeconds: '3' }, { next, errors: { NoMatchingError: END_ID } });
const compare = (id: string, back: string) =>
  act(id, 'Compare', { ComparisonValue: '$.External.status' }, { next: back, errors: { NoMatchingCondition: back }, conditions: [['Equals', 'DONE', END_ID]] });

describe('cycle-without-wait', () => {
  it('reports a polling cycle with nothing that waits, on the first action of the cycle', () => {
    const text = flowText([lambda('poll', 'check'), compare('check', 'poll'), endAction]);
    const [d, ...rest] = withCode(check(text), 'cycle-without-wait');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Information);
    expect(d.message).toBe(
      'InvokeLambdaFunction "poll" starts a cycle of 2 actions (InvokeLambdaFunction, Compare) in which nothing waits for the customer or plays audio: a contact here may loop without end.',
    );
    expect(d.range).toEqual(rangeOfText(text, '"poll"', 1)); // 0 is StartAction
    expect(d.relatedInformation?.map((r) => r.message)).toEqual(['Compare in the same cycle.']);
  });

  it('reports an action that leads back to itself', () => {
    const text = flowText([act('self', 'UpdateContactAttributes', { Attributes: { a: '1' } }, { next: 'self', errors: { NoMatchingError: END_ID } }), endAction]);
    expect(withCode(check(text), 'cycle-without-wait').map((d) => d.message)).toEqual([
      'UpdateContactAttributes "self" leads back to itself without waiting for the customer or playing anything: a contact here may loop without end.',
    ]);
  });

  it('accepts cycles bounded by a Loop or passing through a prompt or input', () => {
    const bounded = flowText([
      act('loop', 'Loop', { LoopCount: '3' }, { next: END_ID, conditions: [['Equals', 'ContinueLooping', 'poll'], ['Equals', 'DoneLooping', END_ID]] }),
      lambda('poll', 'loop'),
      endAction,
    ]);
    const prompted = flowText([lambda('poll', 'say'), say('say', 'Still working', 'check'), compare('check', 'poll'), endAction]);
    expect(withCode(check(bounded), 'cycle-without-wait')).toEqual([]);
    expect(withCode(check(prompted), 'cycle-without-wait')).toEqual([]);
  });
});
