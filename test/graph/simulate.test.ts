import { describe, expect, it } from 'vitest';
import { buildModel } from '../../server/src/engine';
import { simulateSteps } from '../../server/src/lsp/features/simulation';
import { tracePicture } from '../../server/src/lsp/features/tracePicture';
import { MENU_FLOW } from './traceFlows';

const LAMBDA_FLOW = JSON.stringify({
  Version: '2019-10-30',
  StartAction: 'lookup',
  Actions: [
    {
      Identifier: 'lookup',
      Type: 'InvokeLambdaFunction',
      Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:order-status', InvocationTimeLimitSeconds: '3' },
      Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'sorry', ErrorType: 'NoMatchingError' }] },
    },
    { Identifier: 'sorry', Type: 'MessageParticipant', Parameters: { Text: 'Sorry.' }, Transitions: { NextAction: 'bye' } },
    { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
});

/** "Simulate flow": replayed from the start with the answers so far, stopping at the next question. */
describe('simulation step by step', () => {
  const model = buildModel(MENU_FLOW);
  const options = { flowKey: 'menu.flow.json' };

  it('stops at the menu with the keys the flow branches on as choices, and the path so far', () => {
    const { question, result } = simulateSteps(model, [], options);
    expect(question).toMatchObject({ actionId: 'menu', actionType: 'GetParticipantInput', kind: 'input', typed: 'dtmf' });
    expect(question!.choices.map((c) => c.label)).toEqual(['Press 1', 'Press 2', 'Stay silent', 'Hang up']);
    const picture = tracePicture(model, result.trace, 'menu.flow.json')!;
    expect([...picture.takenNodes]).toEqual(['a0', 'a1']);
    expect(picture.endKey).toBe('a1');
    expect([...picture.takenEdges].map((e) => `${e.from}->${e.to} ${e.kind}`)).toEqual(['a0->a1 next']);
  });

  it('follows each answer: a key to its branch, silence to the timeout error, a hang-up ends it', () => {
    const path = (answers: Parameters<typeof simulateSteps>[1]) => {
      const run = simulateSteps(model, answers, options);
      return [run.result.trace.map((s) => s.actionId + (s.branch ? `:${s.branch.via}${s.branch.label ? `=${s.branch.label}` : ''}` : '')).join(' '), run.question?.actionId ?? run.result.outcome.kind];
    };
    expect(path([{ kind: 'dtmf', value: '2' }])).toEqual(['greet:next menu:condition=2 support:next bye', 'disconnected']);
    expect(path([{ kind: 'silence' }])).toEqual(['greet:next menu:error=InputTimeLimitExceeded bye', 'disconnected']);
    expect(path([{ kind: 'hangup' }])).toEqual(['greet:next menu', 'customer-disconnected']);
  });

  it('asks what a Lambda returns, with its error types, and follows a mocked error', () => {
    const lambda = buildModel(LAMBDA_FLOW);
    const first = simulateSteps(lambda, [], { flowKey: 'f.json' });
    expect(first.question).toMatchObject({ actionId: 'lookup', kind: 'mock', typed: 'result', prompt: 'InvokeLambdaFunction "lookup" (order-status): what it returns (pick, or type a result value)' });
    expect(first.question!.choices.map((c) => c.label)).toEqual(['No mock', 'Success', 'Error NoMatchingError']);
    const failed = simulateSteps(lambda, [{ kind: 'error', errorType: 'NoMatchingError' }], { flowKey: 'f.json' });
    expect([failed.question, failed.result.trace.map((s) => s.actionId)]).toEqual([undefined, ['lookup', 'sorry', 'bye']]);
  });
});
