import { describe, expect, it } from 'vitest';
import { callbackAction, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, act } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('error-type-unexpected', () => {
  it('accepts the error types real exports write', () => {
    const text = flowText([
      act('q', 'TransferContactToQueue', null, { next: 'g', errors: { QueueAtCapacity: END_ID, NoMatchingError: END_ID } }),
      act('g', 'GetParticipantInput', { StoreInput: 'False', InputTimeLimitSeconds: '5', Text: 'Press 1' }, {
        next: END_ID,
        errors: { InputTimeLimitExceeded: END_ID, NoMatchingCondition: END_ID, NoMatchingError: END_ID },
        conditions: [['Equals', '1', END_ID]],
      }),
      endAction,
    ]);
    expect(withCode(check(text), 'error-type-unexpected')).toEqual([]);
  });

  it('warns on an error type the action is not known to raise, with a suggestion, on the ErrorType value', () => {
    const text = flowText([act('q', 'TransferContactToQueue', {}, { next: END_ID, errors: { QueueAtCapcity: END_ID, NoMatchingError: END_ID } }), endAction]);
    const [d, ...rest] = withCode(check(text), 'error-type-unexpected');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Warning);
    expect(d.message).toBe(
      'TransferContactToQueue is not known to raise "QueueAtCapcity": its error types are `QueueAtCapacity`, `NoMatchingError`. Did you mean "QueueAtCapacity"?',
    );
    expect(d.range).toEqual(rangeOfText(text, '"QueueAtCapcity"'));
    expect(d.data).toMatchObject({ replacement: 'QueueAtCapacity' });
  });

  it('says when the action raises no errors at all', () => {
    const text = flowText([act('l', 'UpdateFlowLoggingBehavior', { FlowLoggingBehavior: 'Enabled' }, { next: END_ID, errors: { NoMatchingError: END_ID } }), endAction]);
    expect(withCode(check(text), 'error-type-unexpected').map((d) => d.message)).toEqual([
      'UpdateFlowLoggingBehavior is not known to raise "NoMatchingError": it raises no errors.',
    ]);
  });

  it('leaves verified lists to error-type-unsupported and terminal actions to terminal-has-transitions', () => {
    const text = flowText([
      callbackAction({ Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'QueueAtCapacity' }] } }),
      act('d', 'DisconnectParticipant', {}, { errors: { NoMatchingError: END_ID } }),
      endAction,
    ]);
    const codes = check(text).map((d) => d.code);
    expect(codes).not.toContain('error-type-unexpected');
    expect(codes).toContain('error-type-unsupported');
    expect(codes).toContain('terminal-has-transitions');
  });
});

describe('error-type-unexpected fix', () => {
  it('changes a misspelt error type to the suggestion', () => {
    const queue = (errorType: string) => flowText([act('q', 'TransferContactToQueue', {}, { next: END_ID, errors: { [errorType]: END_ID, NoMatchingError: END_ID } }), endAction]);
    const text = queue('QueueAtCapcity');
    const [d] = withCode(check(text), 'error-type-unexpected');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => f.title)).toEqual(['Change it to "QueueAtCapacity"']);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(queue('QueueAtCapacity'));
    expect(withCode(check(after), 'error-type-unexpected')).toEqual([]);
  });
});
