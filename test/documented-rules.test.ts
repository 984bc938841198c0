import { describe, expect, it } from 'vitest';
import { END_ID, oneAction, rangeOfText, withCode } from './helpers/flow';
import { Severity } from '../server/src/engine/diagnostic';

/** Rules the flow-language reference states that are checked through the catalogue (issue 14, section 3). */
describe('documented rules checked through the catalogue', () => {
  it('InvokeFlowModule takes no condition branches', () => {
    const { text, diagnostics } = oneAction('InvokeFlowModule', { FlowModuleId: 'm-1' }, {
      NextAction: END_ID,
      Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }],
      Conditions: [{ NextAction: END_ID, Condition: { Operator: 'Equals', Operands: ['done'] } }],
    });
    const [d] = withCode(diagnostics, 'conditions-not-supported');
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('InvokeFlowModule does not support conditions: remove the entry in `Conditions` (an empty list is fine).');
    expect(d.range).toEqual(rangeOfText(text, '"Conditions"'));
  });

  it('InvokeFlowModule is for inbound contact flows only', () => {
    const { text, diagnostics } = oneAction('InvokeFlowModule', { FlowModuleId: 'm-1' }, undefined, { metadataType: 'customerQueue' });
    const [d] = withCode(diagnostics, 'action-flow-type');
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toMatch(/^InvokeFlowModule .*inbound contact flows/);
    expect(d.range).toEqual(rangeOfText(text, '"InvokeFlowModule"'));
    expect(withCode(oneAction('InvokeFlowModule', { FlowModuleId: 'm-1' }, undefined, { metadataType: 'contactFlow' }).diagnostics, 'action-flow-type')).toEqual([]);
  });

  it('a GetParticipantInput menu branches on one key: "12" can never match', () => {
    const { text, diagnostics } = oneAction('GetParticipantInput', { Text: 'Press', InputTimeLimitSeconds: '5', StoreInput: 'False' }, {
      NextAction: END_ID,
      Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }, { NextAction: END_ID, ErrorType: 'InputTimeLimitExceeded' }],
      Conditions: [{ NextAction: END_ID, Condition: { Operator: 'Equals', Operands: ['12'] } }],
    });
    const [d] = withCode(diagnostics, 'condition-outcome-unknown');
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toMatch(/^GetParticipantInput never results in "12"; its results are `0`, `1`/);
    expect(d.range).toEqual(rangeOfText(text, '"12"'));
  });
});
