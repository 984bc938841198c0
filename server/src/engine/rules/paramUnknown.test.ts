import { describe, expect, it } from 'vitest';
import { callbackAction, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('param-unknown', () => {
  it('accepts the newer optional keys ContactFlowId and CallerId', () => {
    const text = flowText([callbackAction({}, { ContactFlowId: 'flow-1', CallerId: '+15550100' }), endAction]);
    expect(withCode(check(text), 'param-unknown')).toEqual([]);
  });

  it('suggests QueueId for QueueID, on the key', () => {
    const text = flowText([callbackAction({}, { QueueID: 'q-1' }), endAction]);
    const [d] = withCode(check(text), 'param-unknown');
    expect(d.severity).toBe(Severity.Warning);
    expect(d.message).toBe(
      '`QueueID` is not a parameter of CreateCallbackContact. Did you mean `QueueId`? Its parameters are `QueueId`, `AgentId`, `InitialCallDelaySeconds`, `MaximumConnectionAttempts`, `RetryDelaySeconds`, `ContactFlowId`, `CallerId` or `CallbackMode`.',
    );
    expect(d.range).toEqual(rangeOfText(text, '"QueueID"'));
    expect(d.data).toMatchObject({ rename: 'QueueId' });
  });

  it('suggests InitialCallDelaySeconds for InitialCallDelay', () => {
    const action = callbackAction();
    action.Parameters = { InitialCallDelay: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600' };
    const text = flowText([action, endAction]);
    const [d] = withCode(check(text), 'param-unknown');
    expect(d.message).toContain('Did you mean `InitialCallDelaySeconds`?');
    expect(d.data).toMatchObject({ rename: 'InitialCallDelaySeconds' });
  });

  it('says when the suggested key is already set, and offers no rename', () => {
    const text = flowText([callbackAction({}, { InitialCallDelay: '5' }), endAction]);
    const [d] = withCode(check(text), 'param-unknown');
    expect(d.message).toContain('Did you mean `InitialCallDelaySeconds` (already set in this action)?');
    expect(d.data).toMatchObject({ remove: 'InitialCallDelay' });
  });
});

describe('param-unknown fix', () => {
  it('renames QueueID to QueueId (safe), or removes it', () => {
    const text = flowText([callbackAction({}, { QueueID: 'q-1' }), endAction]);
    const [d] = withCode(check(text), 'param-unknown');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([
      ['Rename to `QueueId`', true],
      ['Remove `QueueID`', undefined],
    ]);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(flowText([callbackAction({}, { QueueId: 'q-1' }), endAction]));
    expect(withCode(check(after), 'param-unknown')).toEqual([]);
    expect(applyTextEdits(text, fixes[1].edits)).toBe(flowText([callbackAction(), endAction]));
  });
});
