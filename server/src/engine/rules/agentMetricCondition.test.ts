import { describe, expect, it } from 'vitest';
import { END_ID, oneAction, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

const check = (MetricType: string, Operator: string, operand: string) =>
  oneAction('CheckMetricData', { MetricType }, {
    NextAction: END_ID,
    Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }, { NextAction: END_ID, ErrorType: 'NoMatchingCondition' }],
    Conditions: [{ NextAction: END_ID, Condition: { Operator, Operands: [operand] } }],
  });

describe('agent-metric-condition', () => {
  it('reports another operator on an agent count, on the operator', () => {
    const { text, diagnostics } = check('NumberOfAgentsAvailable', 'NumberLessThan', '3');
    const [d, ...rest] = withCode(diagnostics, 'agent-metric-condition');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('For NumberOfAgentsAvailable, CheckMetricData accepts only the condition `NumberGreaterThan` "0" (whether any agent is there); branch on that and use the other branch for none.');
    expect(d.range).toEqual(rangeOfText(text, '"NumberLessThan"'));
  });

  it('reports another operand, on the Operands key', () => {
    const { text, diagnostics } = check('NumberOfAgentsStaffed', 'NumberGreaterThan', '2');
    const [d] = withCode(diagnostics, 'agent-metric-condition');
    expect(d.range).toEqual(rangeOfText(text, '"Operands"'));
  });

  it('accepts NumberGreaterThan "0" on agents, and any comparison on queue metrics', () => {
    expect(withCode(check('NumberOfAgentsOnline', 'NumberGreaterThan', '0').diagnostics, 'agent-metric-condition')).toEqual([]);
    expect(withCode(check('NumberOfContactsInQueue', 'NumberLessThan', '5').diagnostics, 'agent-metric-condition')).toEqual([]);
  });
});
