import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, valueRange, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('flow-actions-array', () => {
  it('accepts an array of action objects', () => {
    expect(withCode(check(flowText([endAction])), 'flow-actions-array')).toEqual([]);
  });

  it('reports an Actions that is not an array', () => {
    const text = '{"Version": "2019-10-30", "StartAction": "x", "Actions": {}}';
    const [d] = withCode(check(text), 'flow-actions-array');
    expect(d.message).toBe('`Actions` must be an array of actions; found an object.');
    expect(d.range).toEqual(rangeOfText(text, '{}'));
  });

  it('reports a missing Actions', () => {
    const [d] = withCode(check('{"Version": "2019-10-30", "StartAction": "x"}'), 'flow-actions-array');
    expect(d.message).toBe('The flow has no `Actions` array: add "Actions": [ ... ] with the flow\'s actions.');
  });

  it('reports an entry that is not an object, as an error on the entry', () => {
    const text = '{"Version": "2019-10-30", "StartAction": "", "Actions": [7]}';
    const found = withCode(check(text), 'flow-actions-array');
    expect(found.map((d) => [d.severity, d.message])).toEqual([
      [Severity.Error, 'Each entry of `Actions` must be an object with `Identifier`, `Type`, `Parameters` and `Transitions`; found a number.'],
    ]);
    expect(found[0].range).toEqual(valueRange(text, '"Actions": [', '7'));
  });
});
