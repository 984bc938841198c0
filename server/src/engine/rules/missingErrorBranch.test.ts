import { describe, expect, it } from 'vitest';
import { END_ID, callbackAction, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { applySafeFixes, fixesFor } from '../fixes';
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

  it('fixes an empty Errors list with a branch to where success goes, only when the user picks it (not in fix-all)', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: END_ID, Errors: [], Conditions: [] } }), endAction]);
    const [d] = withCode(check(text), 'missing-error-branch');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([[`Add a \`NoMatchingError\` branch to \`${END_ID}\` (DisconnectParticipant)`, false]]);
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

describe('missing-error-branch fix: the flow\'s error handler, never where success goes (issue 14 §4)', () => {
  const HANDLER = 'handler-0000-0000-0000-000000000000';
  const other = (id: string, errorTo: string) => callbackAction({ Identifier: id, Transitions: { NextAction: END_ID, Errors: [{ NextAction: errorTo, ErrorType: 'NoMatchingError' }], Conditions: [] } });
  const handler = { Identifier: HANDLER, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };

  it('points the new branch at the target most NoMatchingError branches use, and fix-all applies it', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: END_ID, Errors: [], Conditions: [] } }), other('o1', HANDLER), other('o2', HANDLER), other('o3', END_ID), endAction, handler]);
    const [d] = withCode(check(text), 'missing-error-branch');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => [f.title, f.safe === true, f.preferred === true])).toEqual([
      [`Add a \`NoMatchingError\` branch to the flow's error handler, \`${HANDLER}\` (DisconnectParticipant)`, true, true],
      [`Add a \`NoMatchingError\` branch to \`${END_ID}\` (DisconnectParticipant)`, false, false],
    ]);
    const { text: fixed } = applySafeFixes(text);
    expect(JSON.parse(fixed).Actions[0].Transitions.Errors).toEqual([{ NextAction: HANDLER, ErrorType: 'NoMatchingError' }]);
  });

  it('without a clear handler (no majority), the branch to NextAction is only offered', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: END_ID, Errors: [], Conditions: [] } }), other('o1', HANDLER), other('o2', END_ID), endAction, handler]);
    const [d] = withCode(check(text), 'missing-error-branch');
    expect(fixesFor(buildModel(text), d).map((f) => [f.title, f.safe === true])).toEqual([[`Add a \`NoMatchingError\` branch to \`${END_ID}\` (DisconnectParticipant)`, false]]);
    expect(applySafeFixes(text)).toEqual({ text, applied: [] });
  });

  it('a handler that is also where this action succeeds to is only offered', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: HANDLER, Errors: [], Conditions: [] } }), other('o1', HANDLER), other('o2', HANDLER), endAction, handler]);
    const [d] = withCode(check(text), 'missing-error-branch');
    expect(fixesFor(buildModel(text), d).map((f) => [f.title, f.safe === true])).toEqual([[`Add a \`NoMatchingError\` branch to the flow's error handler, \`${HANDLER}\` (DisconnectParticipant)`, false]]);
    expect(applySafeFixes(text).applied).toEqual([]);
  });

  it('appending to a one-line Errors array keeps it on one line (was: reformatted over ten lines)', () => {
    const pretty = flowText([callbackAction({ Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'InvalidNumber' }], Conditions: [] } }), other('o1', HANDLER), other('o2', HANDLER), endAction, handler]);
    const oneLine = '"Errors": [{"NextAction": "' + END_ID + '", "ErrorType": "InvalidNumber"}]';
    const text = pretty.replace(/"Errors": \[\s*\{\s*"NextAction": "end-0000-0000-0000-000000000000",\s*"ErrorType": "InvalidNumber"\s*\}\s*\]/, oneLine);
    expect(text).toContain(oneLine);
    const { text: fixed } = applySafeFixes(text);
    expect(fixed).toBe(text.replace(oneLine, oneLine.slice(0, -1) + `, {"NextAction": "${HANDLER}", "ErrorType": "NoMatchingError"}]`));
  });
});
