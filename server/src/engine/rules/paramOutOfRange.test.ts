import { describe, expect, it } from 'vitest';
import { check, rangeOfText, withCode, callbackParamDiagnostics as only } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('param-out-of-range', () => {
  it('accepts the bounds 1 and 259200', () => {
    expect(only({ InitialCallDelaySeconds: '1', RetryDelaySeconds: '259200' }).found).toEqual([]);
  });

  it('reports a delay above three days', () => {
    const { text, found } = only({ InitialCallDelaySeconds: '259201' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-out-of-range', severity: Severity.Error, data: { nearest: '259200' } });
    expect(found[0].message).toBe(
      '`InitialCallDelaySeconds` in CreateCallbackContact is 259201, above the maximum of 259200; allowed: a whole number from 1 to 259200.',
    );
    expect(found[0].range).toEqual(rangeOfText(text, '"259201"'));
  });

  it('reports a zero delay and negative attempts', () => {
    const { found } = only({ RetryDelaySeconds: '0', MaximumConnectionAttempts: '-1' });
    expect(found.map((d) => [d.code, d.message])).toEqual([
      ['param-out-of-range', '`MaximumConnectionAttempts` in CreateCallbackContact is -1, below the minimum of 1; allowed: a whole number of 1 or more.'],
      ['param-out-of-range', '`RetryDelaySeconds` in CreateCallbackContact is 0, below the minimum of 1; allowed: a whole number from 1 to 259200.'],
    ]);
  });

  it('fixes the value to the nearest bound', () => {
    const { text, found } = only({ InitialCallDelaySeconds: '259201' });
    const fixes = fixesFor(buildModel(text), found[0]);
    expect(fixes.map((f) => f.title)).toEqual(['Change it to "259200", the nearest allowed value']);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(text.replace('"InitialCallDelaySeconds": "259201"', '"InitialCallDelaySeconds": "259200"'));
    expect(withCode(check(after), 'param-out-of-range')).toEqual([]);
  });
});
