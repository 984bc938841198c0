import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, act } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';

const input = (params: Record<string, unknown>) =>
  flowText([act('g', 'GetParticipantInput', { Text: 'Enter your number', InputTimeLimitSeconds: '5', ...params }, { next: END_ID, errors: { NoMatchingError: END_ID } }), endAction]);

describe('param-required-when', () => {
  it('accepts stored input with a validation, and key presses without one', () => {
    expect(withCode(check(input({ StoreInput: 'True', InputValidation: { CustomValidation: { MaximumLength: '6' } } })), 'param-required-when')).toEqual([]);
    expect(withCode(check(input({ StoreInput: 'False' })), 'param-required-when')).toEqual([]);
    expect(withCode(check(input({})), 'param-required-when')).toEqual([]);
  });

  it('reports stored input without InputValidation, on the StoreInput key', () => {
    const text = input({ StoreInput: 'True' });
    const [d, ...rest] = withCode(check(text), 'param-required-when');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe(
      'GetParticipantInput needs `InputValidation` when `StoreInput` is "True". What stored input must look like: a phone number or a maximum length.',
    );
    expect(d.range).toEqual(rangeOfText(text, '"StoreInput"'));
    expect(d.data).toMatchObject({ param: 'InputValidation' });
  });

  it('compares the switch without regard to case', () => {
    expect(withCode(check(input({ StoreInput: 'true' })), 'param-required-when')).toHaveLength(1);
  });
});
