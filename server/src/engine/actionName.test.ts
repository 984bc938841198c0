import { describe, expect, it } from 'vitest';
import { buildModel } from './model';
import { fixesFor } from './fixes';
import { validate } from './validate';
import { describeAction, targetLabel } from './actionName';

const PROMPT = '3f2a1b2c-0000-4000-8000-000000000001';
const LAMBDA = '3f2a1b2c-0000-4000-8000-000000000002';
const QUEUE = '3f2a1b2c-0000-4000-8000-000000000003';
const BARE = '3f2a1b2c-0000-4000-8000-000000000004';

function flow(extraMeta: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      Version: '2019-10-30',
      StartAction: PROMPT,
      Metadata: { ActionMetadata: { [QUEUE]: { queue: { id: 'arn:aws:connect:us-east-1:1:instance/i/queue/q1', text: 'Billing' } }, 'Hang up': { isFriendlyName: true }, ...extraMeta } },
      Actions: [
        { Identifier: PROMPT, Type: 'MessageParticipant', Parameters: { Text: 'Thanks for   calling\nus' }, Transitions: { NextAction: LAMBDA } },
        { Identifier: LAMBDA, Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:routeCaller', InvocationTimeLimitSeconds: '3' }, Transitions: { NextAction: QUEUE, Errors: [{ NextAction: 'Hang up', ErrorType: 'NoMatchingError' }] } },
        { Identifier: QUEUE, Type: 'UpdateContactTargetQueue', Parameters: { QueueId: 'arn:aws:connect:us-east-1:1:instance/i/queue/q1' }, Transitions: { NextAction: BARE, Errors: [{ NextAction: 'Hang up', ErrorType: 'NoMatchingError' }] } },
        { Identifier: BARE, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
        { Identifier: 'Hang up', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    },
    null,
    2,
  );
}

describe('what an action is called', () => {
  const model = buildModel(flow());
  const byId = (id: string) => describeAction(model, model.byId.get(id)!);

  it('names a friendly Identifier, and reads the telling parameter of UUID-named actions', () => {
    expect(byId('Hang up')).toEqual({ name: 'Hang up', type: 'DisconnectParticipant', telling: undefined });
    expect(byId(PROMPT)).toEqual({ name: undefined, type: 'MessageParticipant', telling: 'Thanks for calling us' });
    expect(byId(LAMBDA).telling).toBe('routeCaller');
    // The queue's name from the designer's metadata, not its ARN.
    expect(byId(QUEUE).telling).toBe('Billing');
  });

  it('labels fix targets by name and type, never by a bare UUID when something better is known', () => {
    expect(targetLabel(model, 'Hang up')).toBe('`Hang up` (DisconnectParticipant)');
    expect(targetLabel(model, PROMPT)).toBe('`Thanks for calling us` (MessageParticipant)');
    expect(targetLabel(model, BARE)).toBe('the DisconnectParticipant action 3f2a1b2c');
  });

  it('puts the name in the quick-fix title of a mistyped NextAction', () => {
    const text = flow().replace(`"NextAction": "${LAMBDA}"`, `"NextAction": "${LAMBDA.replace("-0000000", "-000000")}"`);
    const d = validate(text).find((x) => x.code === 'dangling-next-action')!;
    expect(fixesFor(buildModel(text), d).map((f) => f.title)).toEqual(['Point it at `routeCaller` (InvokeLambdaFunction)']);
  });
});
