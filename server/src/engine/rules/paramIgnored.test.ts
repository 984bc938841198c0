import { describe, expect, it } from 'vitest';
import { rangeOfText, callbackParamDiagnostics as only } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('param-ignored', () => {
  it('notes that InitialCallDelaySeconds has no effect when ContactFlowId is set', () => {
    const { text, found } = only({ ContactFlowId: 'arn:aws:connect:us-east-1:1:instance/i/contact-flow/f' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-ignored', severity: Severity.Information });
    expect(found[0].message).toBe('`InitialCallDelaySeconds` has no effect in CreateCallbackContact because `ContactFlowId` is set.');
    expect(found[0].range).toEqual(rangeOfText(text, '"InitialCallDelaySeconds"'));
  });

  it('says nothing without ContactFlowId', () => {
    expect(only({ QueueId: 'q-1' }).found).toEqual([]);
  });
});
