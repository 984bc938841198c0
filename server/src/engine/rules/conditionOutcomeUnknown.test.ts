import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, act } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('condition-outcome-unknown', () => {
  it('reports an operand outside a closed set, with a suggestion, on the operand', () => {
    const text = flowText([
      act('h', 'CheckHoursOfOperation', {}, { next: END_ID, errors: { NoMatchingError: END_ID }, conditions: [['Equals', 'Ture', END_ID], ['Equals', 'False', END_ID]] }),
      endAction,
    ]);
    const [d, ...rest] = withCode(check(text), 'condition-outcome-unknown');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('CheckHoursOfOperation never results in "Ture"; its results are `True` or `False`. Did you mean "True"?');
    expect(d.range).toEqual(rangeOfText(text, '"Ture"'));
    expect(d.data).toMatchObject({ replacement: 'True', path: ['Actions', 0, 'Transitions', 'Conditions', 0, 'Condition', 'Operands', 0] });
  });

  it('checks Loop, CheckOutboundCallStatus and MessageParticipantIteratively results', () => {
    const text = flowText([
      act('l', 'Loop', { LoopCount: '2' }, { next: 'o', conditions: [['Equals', 'ContinueLooping', 'o'], ['Equals', 'DoneLooping', 'o'], ['Equals', 'Looping', 'o']] }),
      act('o', 'CheckOutboundCallStatus', {}, { next: END_ID, errors: { NoMatchingError: END_ID }, conditions: [['Equals', 'Voicemail', END_ID]] }),
      endAction,
    ]);
    expect(withCode(check(text), 'condition-outcome-unknown').map((d) => d.message)).toEqual([
      'Loop never results in "Looping"; its results are `ContinueLooping` or `DoneLooping`.',
      'CheckOutboundCallStatus never results in "Voicemail"; its results are `CallAnswered`, `VoicemailBeep`, `VoicemailNoBeep` or `NotDetected`. Did you mean "VoicemailBeep"?',
    ]);
  });

  it('leaves open result sets alone (Compare, intents of a Lex bot, view actions)', () => {
    const text = flowText([
      act('c', 'Compare', { ComparisonValue: '$.Attributes.x' }, { next: 'v', conditions: [['Equals', 'anything', 'v']] }),
      act('v', 'ShowView', { ViewResource: { Id: 'form' }, InvocationTimeLimitSeconds: '300' }, { next: END_ID, errors: { NoMatchingError: END_ID }, conditions: [['Equals', 'Submit', END_ID]] }),
      endAction,
    ]);
    expect(withCode(check(text), 'condition-outcome-unknown')).toEqual([]);
  });

  it('leaves deployment placeholders alone', () => {
    const text = flowText([
      act('h', 'CheckHoursOfOperation', {}, { next: END_ID, errors: { NoMatchingError: END_ID }, conditions: [['Equals', '{{openValue}}', END_ID], ['Equals', 'True', END_ID], ['Equals', 'False', END_ID]] }),
      act('x', '${ActionType}', {}, { next: END_ID }),
      endAction,
    ]);
    const codes = check(text).map((d) => d.code);
    expect(codes).not.toContain('condition-outcome-unknown');
    expect(codes).not.toContain('action-type-unknown');
  });
});

describe('condition-outcome-unknown fix', () => {
  it('changes a misspelt result to the suggestion', () => {
    const hours = (result: string) =>
      flowText([act('h', 'CheckHoursOfOperation', {}, { next: END_ID, errors: { NoMatchingError: END_ID }, conditions: [['Equals', result, END_ID], ['Equals', 'False', END_ID]] }), endAction]);
    const text = hours('Ture');
    const [d] = withCode(check(text), 'condition-outcome-unknown');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => f.title)).toEqual(['Change it to "True"']);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(hours('True'));
    expect(withCode(check(after), 'condition-outcome-unknown')).toEqual([]);
  });
});
