import { describe, expect, it } from 'vitest';
import { END_ID, callbackAction, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('conditions-not-supported', () => {
  it('accepts an empty Conditions list (real exports write one)', () => {
    expect(withCode(check(flowText([callbackAction(), endAction])), 'conditions-not-supported')).toEqual([]);
  });

  it('reports a non-empty list on the Conditions key', () => {
    const cond = { NextAction: END_ID, Condition: { Operator: 'Equals', Operands: ['True'] } };
    const text = flowText([callbackAction({ Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }], Conditions: [cond, cond] } }), endAction]);
    const [d, ...rest] = withCode(check(text), 'conditions-not-supported');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('CreateCallbackContact does not support conditions: remove the 2 entries in `Conditions` (an empty list is fine).');
    expect(d.range).toEqual(rangeOfText(text, '"Conditions"'));
  });
});

describe('error-type-unsupported', () => {
  it('reports an ErrorType other than NoMatchingError on its value, suggesting NoMatchingError', () => {
    const text = flowText([
      callbackAction({ Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }, { NextAction: END_ID, ErrorType: 'QueueAtCapacity' }] } }),
      endAction,
    ]);
    const [d, ...rest] = withCode(check(text), 'error-type-unsupported');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('CreateCallbackContact cannot raise "QueueAtCapacity": its only error type is `NoMatchingError`.');
    expect(d.range).toEqual(rangeOfText(text, '"QueueAtCapacity"'));
    expect(d.data).toMatchObject({ replacement: 'NoMatchingError' });
  });

  it('handles a non-string ErrorType', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 7 }] } }), endAction]);
    expect(withCode(check(text), 'error-type-unsupported').map((d) => d.message)).toEqual([
      'CreateCallbackContact cannot raise "7": its only error type is `NoMatchingError`.',
    ]);
  });
});

describe('missing-error-branch', () => {
  it('reports on the Errors key when the list lacks NoMatchingError', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: END_ID, Errors: [] } }), endAction]);
    const [d] = withCode(check(text), 'missing-error-branch');
    expect(d.severity).toBe(Severity.Warning);
    expect(d.message).toBe(
      'CreateCallbackContact has no `NoMatchingError` branch: if it fails, the contact has nowhere to go. Add an entry to `Transitions.Errors`.',
    );
    expect(d.range).toEqual(rangeOfText(text, '"Errors"'));
    expect(d.data).toMatchObject({ next: END_ID });
  });

  it('reports on the Transitions key when there is no Errors list', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: END_ID } }), endAction]);
    const [d] = withCode(check(text), 'missing-error-branch');
    expect(d.range).toEqual(rangeOfText(text, '"Transitions"'));
  });
});

describe('action-flow-type', () => {
  it.each(['agentWhisper', 'customerWhisper', 'outboundWhisper', 'agentHold', 'customerHold'])('rejects CreateCallbackContact in %s flows', (type) => {
    const text = flowText([callbackAction(), endAction], { metadataType: type });
    const [d, ...rest] = withCode(check(text), 'action-flow-type');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toMatch(new RegExp(`^CreateCallbackContact is not allowed in an? [a-z ]+ flow \\(Metadata.type is "${type}"\\); it runs only in inbound contact flows, transfer flows and customer queue flows\\.$`));
    expect(d.range).toEqual(rangeOfText(text, '"CreateCallbackContact"'));
  });

  it('names the flow type in words', () => {
    const [d] = withCode(check(flowText([callbackAction(), endAction], { metadataType: 'agentWhisper' })), 'action-flow-type');
    expect(d.message).toContain('not allowed in an agent whisper flow');
  });

  it.each(['contactFlow', 'customerQueue', 'queueTransfer', 'agentTransfer'])('accepts %s flows', (type) => {
    expect(withCode(check(flowText([callbackAction(), endAction], { metadataType: type })), 'action-flow-type')).toEqual([]);
  });

  it('says nothing when the flow type is unknown', () => {
    expect(withCode(check(flowText([callbackAction(), endAction])), 'action-flow-type')).toEqual([]);
    expect(withCode(check(flowText([callbackAction(), endAction], { metadataType: 'somethingNew' })), 'action-flow-type')).toEqual([]);
  });

  it('uses options.flowType (API spelling too) when Metadata has no type', () => {
    const [d] = withCode(check(flowText([callbackAction(), endAction]), { flowType: 'CUSTOMER_HOLD' }), 'action-flow-type');
    expect(d.message).toBe(
      'CreateCallbackContact is not allowed in a customer hold flow (the configured flow type is "CUSTOMER_HOLD"); it runs only in inbound contact flows, transfer flows and customer queue flows.',
    );
  });

  it('prefers Metadata.type over options.flowType', () => {
    expect(withCode(check(flowText([callbackAction(), endAction], { metadataType: 'contactFlow' }), { flowType: 'agentHold' }), 'action-flow-type')).toEqual([]);
  });
});
