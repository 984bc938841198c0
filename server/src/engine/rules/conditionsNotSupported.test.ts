import { describe, expect, it } from 'vitest';
import { END_ID, callbackAction, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

const cond = { NextAction: END_ID, Condition: { Operator: 'Equals', Operands: ['True'] } };
const withConditions = (conditions: unknown[]) =>
  flowText([callbackAction({ Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }], Conditions: conditions } }), endAction]);

describe('conditions-not-supported', () => {
  it('accepts an empty Conditions list (real exports write one)', () => {
    expect(withCode(check(flowText([callbackAction(), endAction])), 'conditions-not-supported')).toEqual([]);
  });

  it('reports a non-empty list on the Conditions key', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }], Conditions: [cond, cond] } }), endAction]);
    const [d, ...rest] = withCode(check(text), 'conditions-not-supported');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('CreateCallbackContact does not support conditions: remove the 2 entries in `Conditions` (an empty list is fine).');
    expect(d.range).toEqual(rangeOfText(text, '"Conditions"'));
  });

  it('says "the entry" for one condition', () => {
    const [d] = withCode(check(withConditions([cond])), 'conditions-not-supported');
    expect(d.message).toBe('CreateCallbackContact does not support conditions: remove the entry in `Conditions` (an empty list is fine).');
  });

  it('fixes it by emptying the list, which leaves the export\'s own shape', () => {
    const text = withConditions([cond, cond]);
    const [d] = withCode(check(text), 'conditions-not-supported');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([['Remove the condition branches', true]]);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(flowText([callbackAction(), endAction]));
    expect(withCode(check(after), 'conditions-not-supported')).toEqual([]);
  });
});
