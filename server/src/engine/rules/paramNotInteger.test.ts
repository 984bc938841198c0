import { describe, expect, it } from 'vitest';
import { rangeOfText, callbackParamDiagnostics as only } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('param-not-integer', () => {
  it.each([
    ['a fraction', '2.5'],
    ['text', '10 minutes'],
    ['an empty string', ''],
    ['padded digits', ' 5'],
  ])('reports %s', (_name, value) => {
    const { text, found } = only({ RetryDelaySeconds: value });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-not-integer', severity: Severity.Error });
    expect(found[0].message).toBe(`\`RetryDelaySeconds\` in CreateCallbackContact must be a whole number from 1 to 259200; found ${JSON.stringify(value)}.`);
    expect(found[0].range).toEqual(rangeOfText(text, JSON.stringify(value)));
  });

  it('reports a fractional JSON number', () => {
    const { found } = only({ MaximumConnectionAttempts: 1.5 });
    expect(found.map((d) => d.code)).toEqual(['param-not-integer', 'param-not-string']);
  });

  it('accepts whole numbers written as strings, as exports write them', () => {
    expect(only({ RetryDelaySeconds: '300', MaximumConnectionAttempts: '3' }).found).toEqual([]);
  });
});
