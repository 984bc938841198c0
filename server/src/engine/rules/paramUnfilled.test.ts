import { describe, expect, it } from 'vitest';
import { oneAction, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('param-unfilled', () => {
  it.each([
    ['UpdateContactTargetQueue', { QueueId: '' }, 'QueueId'],
    ['TransferToFlow', { ContactFlowId: '' }, 'ContactFlowId'],
    ['CheckHoursOfOperation', { HoursOfOperationId: '' }, 'HoursOfOperationId'],
    ['CreateTask', { ContactFlowId: '', Name: 'Follow up' }, 'ContactFlowId'],
  ])('reports an empty id in %s as a warning to fill in before publishing, and nothing as an error', (type, params, name) => {
    const transitions = type === 'CheckHoursOfOperation'
      ? { NextAction: 'end-0000-0000-0000-000000000000', Errors: [{ NextAction: 'end-0000-0000-0000-000000000000', ErrorType: 'NoMatchingError' }], Conditions: [
          { NextAction: 'end-0000-0000-0000-000000000000', Condition: { Operator: 'Equals', Operands: ['True'] } },
          { NextAction: 'end-0000-0000-0000-000000000000', Condition: { Operator: 'Equals', Operands: ['False'] } },
        ] }
      : undefined;
    const { text, diagnostics } = oneAction(type, params, transitions);
    expect(diagnostics.filter((d) => d.severity === Severity.Error)).toEqual([]);
    const found = withCode(diagnostics, 'param-unfilled');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe(Severity.Warning);
    expect(found[0].message).toMatch(new RegExp(`^\`${name}\` in ${type} is empty: fill in the id or ARN before publishing \\(Amazon Connect rejects an empty one\\)\\. `));
    expect(found[0].range).toEqual(rangeOfText(text, '""'));
  });

  it('leaves a filled id and a placeholder alone', () => {
    expect(withCode(oneAction('UpdateContactTargetQueue', { QueueId: 'arn:aws:connect:us-east-1:1:instance/i/queue/q' }).diagnostics, 'param-unfilled')).toEqual([]);
    expect(withCode(oneAction('UpdateContactTargetQueue', { QueueId: '${QueueArn}' }).diagnostics, 'param-unfilled')).toEqual([]);
  });

  it('is not param-empty: an empty text that is not an id stays an error', () => {
    const { diagnostics } = oneAction('MessageParticipant', { Text: '' });
    expect(withCode(diagnostics, 'param-unfilled')).toEqual([]);
    expect(withCode(diagnostics, 'param-empty').map((d) => d.severity)).toEqual([Severity.Error]);
  });
});
