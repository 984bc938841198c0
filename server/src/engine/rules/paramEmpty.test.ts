import { describe, expect, it } from 'vitest';
import { oneAction, rangeOfText, callbackParamDiagnostics as only } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('param-empty', () => {
  it('reports an empty string', () => {
    const { text, diagnostics } = oneAction('MessageParticipant', { Text: '' });
    const found = diagnostics.filter((d) => d.code.startsWith('param-'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-empty', severity: Severity.Error });
    expect(found[0].message).toBe('`Text` in MessageParticipant is empty: give it a value or remove the parameter. Plain text to speak or send to the participant.');
    expect(found[0].range).toEqual(rangeOfText(text, '""'));
  });

  it('leaves an empty queue id to param-unfilled (a template slot, a warning)', () => {
    expect(only({ QueueId: '' }).found.map((d) => [d.code, d.severity])).toEqual([['param-unfilled', Severity.Warning]]);
  });

  it('accepts a queue given as an id', () => {
    expect(only({ QueueId: 'q-1' }).found).toEqual([]);
  });
});
