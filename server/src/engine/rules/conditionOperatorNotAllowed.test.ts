import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, act } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('condition-operator-not-allowed', () => {
  it('reports TextContains on CheckHoursOfOperation, suggesting Equals', () => {
    const text = flowText([
      act('h', 'CheckHoursOfOperation', {}, { next: END_ID, errors: { NoMatchingError: END_ID }, conditions: [['Equals', 'True', END_ID], ['TextContains', 'False', END_ID]] }),
      endAction,
    ]);
    const [d, ...rest] = withCode(check(text), 'condition-operator-not-allowed');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('CheckHoursOfOperation does not accept the `TextContains` operator; use `Equals`.');
    expect(d.range).toEqual(rangeOfText(text, '"TextContains"'));
    expect(d.data).toMatchObject({ replacement: 'Equals' });
  });

  it('lists several allowed operators', () => {
    const text = flowText([
      act('m', 'CheckMetricData', { MetricType: 'NumberOfContactsInQueue' }, { next: END_ID, errors: { NoMatchingError: END_ID }, conditions: [['TextStartsWith', '1', END_ID]] }),
      endAction,
    ]);
    expect(withCode(check(text), 'condition-operator-not-allowed').map((d) => d.message)).toEqual([
      'CheckMetricData does not accept the `TextStartsWith` operator; use `Equals`, `NumberGreaterThan`, `NumberGreaterOrEqualTo`, `NumberLessThan` or `NumberLessOrEqualTo`.',
    ]);
  });

  it('lets Compare use any operator and leaves unknown operators to condition-operator-unknown', () => {
    const text = flowText([
      act('c', 'Compare', { ComparisonValue: '$.Attributes.x' }, { next: END_ID, conditions: [['TextEndsWith', 'x', END_ID]] }),
      act('l', 'Loop', { LoopCount: '2' }, { next: END_ID, conditions: [['Equal', 'ContinueLooping', 'c'], ['Equals', 'DoneLooping', END_ID]] }),
      endAction,
    ]);
    expect(withCode(check(text), 'condition-operator-not-allowed')).toEqual([]);
  });
});

describe('condition-operator-not-allowed fix', () => {
  it('changes the operator to the one the action accepts', () => {
    const hours = (operator: string) =>
      flowText([act('h', 'CheckHoursOfOperation', {}, { next: END_ID, errors: { NoMatchingError: END_ID }, conditions: [['Equals', 'True', END_ID], [operator, 'False', END_ID]] }), endAction]);
    const text = hours('TextContains');
    const [d] = withCode(check(text), 'condition-operator-not-allowed');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => f.title)).toEqual(['Change it to "Equals"']);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(hours('Equals'));
    expect(withCode(check(after), 'condition-operator-not-allowed')).toEqual([]);
  });
});
