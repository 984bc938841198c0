import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, act } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

const compare = (operator: unknown) =>
  flowText([act('c', 'Compare', { ComparisonValue: '$.Attributes.x' }, { next: END_ID, errors: { NoMatchingCondition: END_ID }, conditions: [[operator, '1', END_ID]] }), endAction]);

describe('condition-operator-unknown', () => {
  it('accepts the eight operators', () => {
    for (const op of ['Equals', 'TextStartsWith', 'TextEndsWith', 'TextContains', 'NumberGreaterThan', 'NumberGreaterOrEqualTo', 'NumberLessThan', 'NumberLessOrEqualTo'])
      expect(withCode(check(compare(op)), 'condition-operator-unknown')).toEqual([]);
  });

  it('reports an unknown operator on its value with a suggestion', () => {
    const text = compare('NumericLessThan');
    const [d, ...rest] = withCode(check(text), 'condition-operator-unknown');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Warning);
    expect(d.message).toBe(
      '"NumericLessThan" is not a condition operator. Did you mean "NumberLessThan"? Operators: Equals, TextStartsWith, TextEndsWith, TextContains, NumberGreaterThan, NumberGreaterOrEqualTo, NumberLessThan, NumberLessOrEqualTo.',
    );
    expect(d.range).toEqual(rangeOfText(text, '"NumericLessThan"'));
    expect(d.data).toMatchObject({ replacement: 'NumberLessThan', path: ['Actions', 0, 'Transitions', 'Conditions', 0, 'Condition', 'Operator'] });
  });

  it('reports a non-string operator without a suggestion', () => {
    const [d] = withCode(check(compare(3)), 'condition-operator-unknown');
    expect(d.message).toMatch(/^3 is not a condition operator\. Operators: /);
  });
});

describe('condition-operator-unknown fix', () => {
  it('changes a misspelt operator to the suggestion', () => {
    const text = compare('NumericLessThan');
    const [d] = withCode(check(text), 'condition-operator-unknown');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => f.title)).toEqual(['Change it to "NumberLessThan"']);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(compare('NumberLessThan'));
    expect(withCode(check(after), 'condition-operator-unknown')).toEqual([]);
  });
});
