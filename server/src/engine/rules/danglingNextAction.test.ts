import { describe, expect, it } from 'vitest';
import { END_ID, callbackAction, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('dangling-next-action', () => {
  it('reports targets in NextAction, Errors and Conditions, with "did you mean"', () => {
    const text = flowText([
      callbackAction({ Transitions: { NextAction: 'end-0000-0000-0000-00000000000X', Errors: [{ NextAction: 'nowhere', ErrorType: 'NoMatchingError' }] } }),
      endAction,
    ]);
    const found = withCode(check(text), 'dangling-next-action');
    expect(found.map((d) => d.message)).toEqual([
      `\`NextAction\` points to "end-0000-0000-0000-00000000000X", but no action has that Identifier. Did you mean "${END_ID}"?`,
      'The NoMatchingError branch points to "nowhere", but no action has that Identifier.',
    ]);
    expect(found[1].range).toEqual(rangeOfText(text, '"nowhere"'));
  });

  it('"" and "$end" from saved exports are not errors', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: '$end', Errors: [{ NextAction: '', ErrorType: 'NoMatchingError' }] } }), endAction]);
    expect(withCode(check(text), 'dangling-next-action')).toEqual([]);
  });

  it('shortens a huge error type it quotes in the message (fuzz finding)', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: END_ID, Errors: [{ NextAction: 'nowhere', ErrorType: 'x'.repeat(5000) }] } }), endAction]);
    const [d] = withCode(check(text), 'dangling-next-action');
    expect(d.message).toBe(`The ${'x'.repeat(57)}... branch points to "nowhere", but no action has that Identifier.`);
  });

  it('is an error on the NextAction value', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: 'end-0000-0000-0000-00000000000X', Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }], Conditions: [] } }), endAction]);
    const [d, ...rest] = withCode(check(text), 'dangling-next-action');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.range).toEqual(rangeOfText(text, '"end-0000-0000-0000-00000000000X"'));
    expect(d.data).toMatchObject({ replacement: END_ID });
  });

  it('says nothing about a connected flow', () => {
    expect(withCode(check(flowText([callbackAction(), endAction])), 'dangling-next-action')).toEqual([]);
  });

  it('fixes a typo with the suggested Identifier', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: 'end-0000-0000-0000-00000000000X', Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }], Conditions: [] } }), endAction]);
    const [d] = withCode(check(text), 'dangling-next-action');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => f.title)).toEqual([`Point it at \`${END_ID}\` (DisconnectParticipant)`]);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(flowText([callbackAction(), endAction]));
    expect(withCode(check(after), 'dangling-next-action')).toEqual([]);
  });

  it('offers no fix when nothing is close', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: END_ID, Errors: [{ NextAction: 'nowhere', ErrorType: 'NoMatchingError' }], Conditions: [] } }), endAction]);
    const [d] = withCode(check(text), 'dangling-next-action');
    expect(fixesFor(buildModel(text), d)).toEqual([]);
  });
});
