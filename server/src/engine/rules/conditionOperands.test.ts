import { describe, expect, it } from 'vitest';
import { END_ID, oneAction, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

const compare = (condition: Record<string, unknown>) =>
  oneAction('Compare', { ComparisonValue: '$.Attributes.tier' }, { NextAction: END_ID, Conditions: [{ NextAction: END_ID, Condition: condition }] });

describe('condition-operands', () => {
  it('reports two operands where the operator takes one, on the Operands key', () => {
    const { text, diagnostics } = compare({ Operator: 'Equals', Operands: ['$.CustomerInput', '1'] });
    const [d, ...rest] = withCode(diagnostics, 'condition-operands');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('`Equals` compares the result of Compare with exactly one operand; this condition has 2.');
    expect(d.range).toEqual(rangeOfText(text, '"Operands"'));
  });

  it('reports an empty list and a missing list', () => {
    expect(withCode(compare({ Operator: 'Equals', Operands: [] }).diagnostics, 'condition-operands').map((d) => d.message)).toEqual([
      '`Equals` compares the result of Compare with exactly one operand; this condition has 0.',
    ]);
    expect(withCode(compare({ Operator: 'Equals' }).diagnostics, 'condition-operands').map((d) => d.message)).toEqual([
      'This `Equals` condition has no `Operands`: add a list with the one value to compare with.',
    ]);
  });

  it('reports a non-number operand of a Number... operator, on the operand', () => {
    const { text, diagnostics } = compare({ Operator: 'NumberGreaterThan', Operands: ['gold'] });
    const [d] = withCode(diagnostics, 'condition-operands');
    expect(d.message).toBe('`NumberGreaterThan` compares numbers, but its operand "gold" is not a number.');
    expect(d.range).toEqual(rangeOfText(text, '"gold"'));
  });

  it('reports an object operand', () => {
    expect(withCode(compare({ Operator: 'Equals', Operands: [{ a: 1 }] }).diagnostics, 'condition-operands').map((d) => d.message)).toEqual([
      'The operand of a `Equals` condition must be a string; found an object.',
    ]);
  });

  it('accepts one string, a number for Number... operators, a reference, and a JSON number', () => {
    for (const condition of [
      { Operator: 'Equals', Operands: ['gold'] },
      { Operator: 'NumberLessThan', Operands: ['10.5'] },
      { Operator: 'NumberLessThan', Operands: ['$.Attributes.limit'] },
      { Operator: 'NumberGreaterOrEqualTo', Operands: [3] },
      { Operator: 'TextContains', Operands: ['vip'] },
    ])
      expect(withCode(compare(condition).diagnostics, 'condition-operands')).toEqual([]);
  });
});
