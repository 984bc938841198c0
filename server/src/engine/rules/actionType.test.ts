import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('action-type', () => {
  it('accepts an action with a Type', () => {
    expect(withCode(check(flowText([endAction])), 'action-type')).toEqual([]);
  });

  it('action-identifier and action-type: missing fields', () => {
    const text = flowText([{ Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }, { Identifier: 'x', Parameters: {}, Transitions: {} }]);
    const found = check(text).filter((d) => d.code.startsWith('action-'));
    expect(found.map((d) => [d.code, d.message])).toEqual([
      ['action-identifier', 'This action has no `Identifier`: give it a unique string (the console uses a UUID).'],
      ['action-type', 'This action has no `Type`: add one, for example "Type": "MessageParticipant".'],
    ]);
    expect(found[1].range).toEqual(rangeOfText(text, '"Identifier"'));
  });

  it('reports a Type that is not a string, as an error on the value', () => {
    const text = flowText([{ ...endAction, Type: 42 }]);
    const [d, ...rest] = withCode(check(text), 'action-type');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('`Type` must be the name of an action type; found a number.');
    expect(d.range).toEqual(rangeOfText(text, '42'));
  });

  it('reports an empty Type', () => {
    const text = flowText([{ ...endAction, Type: '' }]);
    const found = withCode(check(text), 'action-type');
    expect(found.map((d) => d.message)).toEqual(['`Type` must be the name of an action type; found an empty string.']);
    expect(found[0].range).toEqual(rangeOfText(text, '""'));
  });
});
