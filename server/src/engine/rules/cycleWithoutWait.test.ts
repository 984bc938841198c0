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

describe('cycle-without-wait on a long cycle (issue 19.15)', () => {
  it('names each type once with its count: a 250-action cycle gets a short message (was: 6,400 characters)', () => {
    const n = 250;
    const actions = Array.from({ length: n }, (_, i) => ({
      Identifier: `c${i}`,
      Type: i % 2 === 0 ? 'InvokeLambdaFunction' : 'UpdateContactAttributes',
      Parameters: i % 2 === 0 ? { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:f', InvocationTimeLimitSeconds: '3' } : { Attributes: { a: 'b' } },
      Transitions: { NextAction: `c${(i + 1) % n}`, Errors: [{ NextAction: `c${(i + 1) % n}`, ErrorType: 'NoMatchingError' }] },
    }));
    const [d] = withCode(check(flowText(actions)), 'cycle-without-wait');
    expect(d.message).toBe(
      'InvokeLambdaFunction "c0" starts a cycle of 250 actions (125 × InvokeLambdaFunction, 125 × UpdateContactAttributes) in which nothing waits for the customer or plays audio: a contact here may loop without end.',
    );
    expect(d.message.length).toBeLessThanOrEqual(2000);
  });
});
