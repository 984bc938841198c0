import { describe, expect, it } from 'vitest';
import { END_ID, callbackAction, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('error-type-unsupported', () => {
  it('accepts the NoMatchingError branch real exports write', () => {
    expect(withCode(check(flowText([callbackAction(), endAction])), 'error-type-unsupported')).toEqual([]);
  });

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
      'CreateCallbackContact cannot raise 7: its only error type is `NoMatchingError`.',
    ]);
  });

  it('fixes a misspelt error type', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingErorr' }], Conditions: [] } }), endAction]);
    const [d] = withCode(check(text), 'error-type-unsupported');
    expect(d.range).toEqual(rangeOfText(text, '"NoMatchingErorr"'));
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => f.title)).toEqual(['Change the error type to `NoMatchingError`']);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(flowText([callbackAction(), endAction]));
    expect(withCode(check(after), 'error-type-unsupported')).toEqual([]);
  });
});
