import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, act } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';

describe('condition-outcome-missing', () => {
  it('accepts CheckHoursOfOperation with True and False', () => {
    const text = flowText([
      act('h', 'CheckHoursOfOperation', {}, { next: END_ID, errors: { NoMatchingError: END_ID }, conditions: [['Equals', 'True', END_ID], ['Equals', 'False', END_ID]] }),
      endAction,
    ]);
    expect(withCode(check(text), 'condition-outcome-missing')).toEqual([]);
  });

  it('reports the missing False branch on the Conditions key', () => {
    const text = flowText([act('h', 'CheckHoursOfOperation', {}, { next: END_ID, errors: { NoMatchingError: END_ID }, conditions: [['Equals', 'True', END_ID]] }), endAction]);
    const [d, ...rest] = withCode(check(text), 'condition-outcome-missing');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('CheckHoursOfOperation needs an `Equals` condition for `False`; it is missing.');
    expect(d.range).toEqual(rangeOfText(text, '"Conditions"'));
    expect(d.data).toMatchObject({ outcomes: ['False'] });
  });

  it('reports both Loop results when there are no conditions, on the Transitions key', () => {
    const text = flowText([act('l', 'Loop', { LoopCount: '3' }, { next: END_ID }), endAction]);
    const [d] = withCode(check(text), 'condition-outcome-missing');
    expect(d.message).toBe('Loop needs an `Equals` condition for `ContinueLooping` and `DoneLooping`; they are missing.');
    expect(d.range).toEqual(rangeOfText(text, '"Transitions"'));
  });

  it('requires a branch for every event a Wait lists', () => {
    const text = flowText([
      act('w', 'Wait', { TimeLimitSeconds: '900', Events: ['CustomerReturned'] }, { next: END_ID, errors: { NoMatchingError: END_ID }, conditions: [['Equals', 'WaitCompleted', END_ID]] }),
      endAction,
    ]);
    expect(withCode(check(text), 'condition-outcome-missing').map((d) => d.message)).toEqual([
      'Wait needs an `Equals` condition for `CustomerReturned` (every entry of `Events` needs one); it is missing.',
    ]);
  });
});
