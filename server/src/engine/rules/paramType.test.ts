import { describe, expect, it } from 'vitest';
import { callbackAction, check, endAction, flowText, rangeOfText, withCode, callbackParamDiagnostics as only } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('param-type', () => {
  it('reports a non-string', () => {
    const { text, found } = only({ QueueId: 42 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-type', severity: Severity.Error });
    expect(found[0].message).toBe('`QueueId` in CreateCallbackContact must be a string (an id or ARN, or one JSONPath reference); found a number.');
    expect(found[0].range).toEqual(rangeOfText(text, '42'));
  });

  it('reports it as a warning for a parameter only the documentation describes (no real callback sets AgentId)', () => {
    const { text, found } = only({ AgentId: 42 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-type', severity: Severity.Warning });
    expect(found[0].message).toBe('`AgentId` in CreateCallbackContact must be a string (an id or ARN, or one JSONPath reference); found a number.');
    expect(found[0].range).toEqual(rangeOfText(text, '42'));
  });

  it('keeps the severity the user sets for the rule, whatever the source', () => {
    const text = flowText([callbackAction({}, { AgentId: 42 }), endAction]);
    expect(withCode(check(text, { rules: { 'param-type': 'error' } }), 'param-type').map((d) => d.severity)).toEqual([Severity.Error]);
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
