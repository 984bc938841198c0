import { describe, expect, it } from 'vitest';
import { rangeOfText, callbackParamDiagnostics as only } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('param-type', () => {
  it('reports a non-string', () => {
    const { text, found } = only({ AgentId: 42 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-type', severity: Severity.Error });
    expect(found[0].message).toBe('`AgentId` in CreateCallbackContact must be a string (an id or ARN, or one JSONPath reference); found a number.');
    expect(found[0].range).toEqual(rangeOfText(text, '42'));
  });

  it('reports an object', () => {
    const { found } = only({ QueueId: { Arn: 'x' } });
    expect(found.map((d) => [d.code, d.message])).toEqual([
      ['param-type', '`QueueId` in CreateCallbackContact must be a string (an id or ARN, or one JSONPath reference); found an object.'],
    ]);
  });

  it('accepts an agent given as a string', () => {
    expect(only({ AgentId: '42' }).found).toEqual([]);
  });
});
