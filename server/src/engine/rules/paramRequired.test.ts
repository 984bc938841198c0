import { describe, expect, it } from 'vitest';
import { callbackAction, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
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
