import { describe, expect, it } from 'vitest';
import { rangeOfText, callbackParamDiagnostics as only } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('param-mixed-reference', () => {
  it.each([
    ['a queue ARN', 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/q-1'],
    ['a plain id', '9c2e1a7b-0000-4000-8000-000000000000'],
    ['one JSONPath reference', '$.Attributes.queue'],
    ['a bracket reference', "$.Attributes['callback queue']"],
    ['a ${} placeholder', '${CallbackQueueArn}'],
    ['a mustache placeholder', "{{resources['CallbackQueue']}}"],
    ['an ARN with a placeholder inside', 'arn:aws:connect:${AWS::Region}:${AWS::AccountId}:instance/x/queue/y'],
  ])('accepts %s in QueueId and AgentId', (_name, value) => {
    expect(only({ QueueId: value }).found).toEqual([]);
    expect(only({ AgentId: value }).found).toEqual([]);
  });

  it('reports text mixed with a reference', () => {
    const { text, found } = only({ QueueId: 'queue-$.Attributes.region' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-mixed-reference', severity: Severity.Error });
    expect(found[0].message).toBe(
      '`QueueId` in CreateCallbackContact mixes text with a JSONPath reference ("queue-$.Attributes.region"). Use either a literal value or exactly one reference as the whole value, such as "$.Attributes.queue".',
    );
    expect(found[0].range).toEqual(rangeOfText(text, '"queue-$.Attributes.region"'));
  });

  it('reports two references', () => {
    const { found } = only({ AgentId: '$.Attributes.a$.Attributes.b' });
    expect(found.map((d) => d.code)).toEqual(['param-mixed-reference']);
  });
});
