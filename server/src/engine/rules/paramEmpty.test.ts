import { describe, expect, it } from 'vitest';
import { rangeOfText, callbackParamDiagnostics as only } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('param-empty', () => {
  it('reports an empty string', () => {
    const { text, found } = only({ QueueId: '' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-empty', severity: Severity.Error });
    expect(found[0].message).toBe('`QueueId` in CreateCallbackContact is empty: give it a value or remove the parameter. Queue that the callback is routed to (queue id or ARN).');
    expect(found[0].range).toEqual(rangeOfText(text, '""'));
  });

  it('accepts a queue given as an id', () => {
    expect(only({ QueueId: 'q-1' }).found).toEqual([]);
  });
});
