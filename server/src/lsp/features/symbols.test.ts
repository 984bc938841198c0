import { describe, expect, it } from 'vitest';
import { buildModel } from '../../engine';
import { getDocumentSymbols } from './symbols';

describe('outline entries lead with the action name (issue 20 §5)', () => {
  it('UUID-named actions lead with their prompt or Lambda; a bare one with its type and short id', () => {
    const model = buildModel(
      JSON.stringify({
        Version: '2019-10-30',
        StartAction: '3f2a1b2c-0000-4000-8000-000000000001',
        Metadata: { ActionMetadata: { 'Say goodbye': { isFriendlyName: true } } },
        Actions: [
          { Identifier: '3f2a1b2c-0000-4000-8000-000000000001', Type: 'MessageParticipant', Parameters: { Text: 'Welcome to Example Corp' }, Transitions: { NextAction: '9e8d7c6b-0000-4000-8000-000000000002' } },
          { Identifier: '9e8d7c6b-0000-4000-8000-000000000002', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:eu-west-2:1:function:lookupCaller' }, Transitions: { NextAction: 'Say goodbye' } },
          { Identifier: 'Say goodbye', Type: 'MessageParticipant', Parameters: { Text: 'Bye' }, Transitions: { NextAction: '5a5a5a5a-0000-4000-8000-000000000003' } },
          { Identifier: '5a5a5a5a-0000-4000-8000-000000000003', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
        ],
      }),
    );
    expect(getDocumentSymbols(model).map((s) => [s.name, s.detail])).toEqual([
      ['Welcome to Example Corp', 'MessageParticipant'],
      ['lookupCaller', 'InvokeLambdaFunction'],
      ['Say goodbye', 'MessageParticipant · Bye'],
      ['DisconnectParticipant 5a5a5a5a', undefined],
    ]);
  });
});
