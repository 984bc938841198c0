import { describe, expect, it } from 'vitest';
import { END_ID, callbackAction, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { applySafeFixes, fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('param-required', () => {
  it('accepts the three required parameters', () => {
    expect(withCode(check(flowText([callbackAction(), endAction])), 'param-required')).toEqual([]);
  });

  it('reports each missing parameter on the Parameters key', () => {
    const action = callbackAction();
    action.Parameters = { InitialCallDelaySeconds: '5' };
    const text = flowText([action, endAction]);
    const found = withCode(check(text), 'param-required');
    expect(found.map((d) => d.message)).toEqual([
      'CreateCallbackContact is missing the required parameter `MaximumConnectionAttempts`: a whole number of 1 or more. How many times, at most, to try reaching the customer.',
      'CreateCallbackContact is missing the required parameter `RetryDelaySeconds`: a whole number from 1 to 259200. Seconds to wait between an unanswered attempt and the next one.',
    ]);
    for (const d of found) {
      expect(d.severity).toBe(Severity.Error);
      expect(d.range).toEqual(rangeOfText(text, '"Parameters"'));
    }
    expect(found[1].data).toMatchObject({ param: 'RetryDelaySeconds', value: '600' });
  });

  it('reports on the Type value when Parameters is absent', () => {
    const action = callbackAction();
    delete action.Parameters;
    const text = flowText([action, endAction]);
    const found = withCode(check(text), 'param-required');
    expect(found).toHaveLength(3);
    expect(found[0].range).toEqual(rangeOfText(text, '"CreateCallbackContact"'));
  });
});

describe('param-required fix', () => {
  it('adds the missing parameter with its catalogue default, as a safe fix', () => {
    const action = callbackAction();
    action.Parameters = { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1' };
    const text = flowText([action, endAction]);
    const [d, ...rest] = withCode(check(text), 'param-required');
    expect(rest).toEqual([]);
    expect(d.message).toBe(
      'CreateCallbackContact is missing the required parameter `RetryDelaySeconds`: a whole number from 1 to 259200. Seconds to wait between an unanswered attempt and the next one.',
    );
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([['Add `RetryDelaySeconds`: "600"', true]]);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(flowText([callbackAction(), endAction]));
    expect(withCode(check(after), 'param-required')).toEqual([]);
  });
});

describe('param-required fix with a near-miss key holding the value (issue 14 §4, issue 19.5)', () => {
  it('renames `RetryDelaySecond` keeping "120" (the rename wins; adding "600" beside it is only offered)', () => {
    const text = flowText([callbackAction({ Parameters: { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySecond: '120' } }), endAction]);
    const [d] = withCode(check(text), 'param-required');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => [f.title, f.safe === true, f.preferred === true])).toEqual([
      ['Rename `RetryDelaySecond` to `RetryDelaySeconds`', true, true],
      ['Add `RetryDelaySeconds`: "600"', false, false],
    ]);
    const { text: fixed } = applySafeFixes(text);
    expect(JSON.parse(fixed).Actions[0].Parameters).toEqual({ InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '120' });
    expect(fixed).toBe(text.replace('"RetryDelaySecond"', '"RetryDelaySeconds"'));
    expect(check(fixed)).toEqual([]);
  });

  it('renames `Atributes` keeping the attributes: fix-all does not hide the error with an empty `Attributes`', () => {
    const text = flowText([
      { Identifier: 'set', Type: 'UpdateContactAttributes', Parameters: { Atributes: { customerTier: 'gold' } }, Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }] } },
      endAction,
    ]);
    expect(withCode(check(text), 'param-required')).toHaveLength(1);
    const { text: fixed, applied } = applySafeFixes(text);
    expect(JSON.parse(fixed).Actions[0].Parameters).toEqual({ Attributes: { customerTier: 'gold' } });
    expect(applied).toHaveLength(1);
    expect(check(fixed)).toEqual([]);
  });

  it('applies nothing when the near-miss value does not suit the parameter (neither the rename nor the default)', () => {
    const text = flowText([callbackAction({ Parameters: { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySecond: 'soon' } }), endAction]);
    expect(applySafeFixes(text)).toEqual({ text, applied: [] });
  });
});
