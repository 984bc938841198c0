import { describe, expect, it } from 'vitest';
import { END_ID, oneAction, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

const menu = (errorTypes: string[], conditions = true) =>
  oneAction('GetParticipantInput', { Text: 'Press 1', InputTimeLimitSeconds: '5', StoreInput: 'False' }, {
    NextAction: END_ID,
    Errors: errorTypes.map((ErrorType) => ({ NextAction: END_ID, ErrorType })),
    Conditions: conditions ? [{ NextAction: END_ID, Condition: { Operator: 'Equals', Operands: ['1'] } }] : [],
  });

describe('menu-timeout-branch', () => {
  it('reports a menu without an InputTimeLimitExceeded branch, on the Errors key', () => {
    const { text, diagnostics } = menu(['NoMatchingError', 'NoMatchingCondition']);
    const [d, ...rest] = withCode(diagnostics, 'menu-timeout-branch');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('This menu has no `InputTimeLimitExceeded` branch: add one to `Transitions.Errors` for a caller who presses nothing before the time limit.');
    expect(d.range).toEqual(rangeOfText(text, '"Errors"'));
  });

  it('accepts a menu with the branch, and an input without conditions', () => {
    expect(withCode(menu(['NoMatchingError', 'NoMatchingCondition', 'InputTimeLimitExceeded']).diagnostics, 'menu-timeout-branch')).toEqual([]);
    expect(withCode(menu(['NoMatchingError'], false).diagnostics, 'menu-timeout-branch')).toEqual([]);
  });
});
