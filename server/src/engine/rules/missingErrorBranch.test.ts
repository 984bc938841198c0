import { describe, expect, it } from 'vitest';
import { END_ID, callbackAction, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('missing-error-branch', () => {
  it('accepts the NoMatchingError branch real exports write', () => {
    expect(withCode(check(flowText([callbackAction(), endAction])), 'missing-error-branch')).toEqual([]);
  });

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

  it('fixes an empty Errors list with a branch to where success goes', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: END_ID, Errors: [], Conditions: [] } }), endAction]);
    const [d] = withCode(check(text), 'missing-error-branch');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([[`Add a \`NoMatchingError\` branch to \`${END_ID}\` (DisconnectParticipant)`, true]]);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(flowText([callbackAction(), endAction]));
    expect(withCode(check(after), 'missing-error-branch')).toEqual([]);
  });

  it('fixes a missing Errors list by adding one after NextAction', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: END_ID, Conditions: [] } }), endAction]);
    const [d] = withCode(check(text), 'missing-error-branch');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => f.title)).toEqual([`Add a \`NoMatchingError\` branch to \`${END_ID}\` (DisconnectParticipant)`]);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(flowText([callbackAction(), endAction]));
    expect(withCode(check(after), 'missing-error-branch')).toEqual([]);
  });
});
