import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, act } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';

const input = (store: string) =>
  flowText([
    act('g', 'GetParticipantInput', { Text: 'Press 1', InputTimeLimitSeconds: '5', StoreInput: store, InputValidation: { CustomValidation: { MaximumLength: '1' } } }, {
      next: END_ID,
      errors: { NoMatchingError: END_ID },
      conditions: [['Equals', '1', END_ID]],
    }),
    endAction,
  ]);

describe('conditions-never-taken', () => {
  it('accepts key-press branches when the input is not stored', () => {
    expect(withCode(check(input('False')), 'conditions-never-taken')).toEqual([]);
  });

  it('reports branches on stored input, on the Conditions key', () => {
    const text = input('True');
    const [d, ...rest] = withCode(check(text), 'conditions-never-taken');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Warning);
    expect(d.message).toBe(
      'GetParticipantInput has no result to branch on when `StoreInput` is "True", so these conditions are never taken. Branch on the stored value with a Compare action instead.',
    );
    expect(d.range).toEqual(rangeOfText(text, '"Conditions"'));
  });
});
