import { describe, expect, it } from 'vitest';
import { check, valueRange, withCode, callbackParamDiagnostics as only } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('param-not-string', () => {
  it('a JSON number is an information (the service accepts it), and is still range-checked', () => {
    const { text, found } = only({ InitialCallDelaySeconds: 5, RetryDelaySeconds: 0 });
    expect(found.map((d) => [d.code, d.severity])).toEqual([
      ['param-out-of-range', Severity.Error],
      ['param-not-string', Severity.Information],
      ['param-not-string', Severity.Information],
    ]);
    const five = found.find((d) => d.code === 'param-not-string' && d.message.includes('InitialCallDelaySeconds'))!;
    expect(five.message).toBe('`InitialCallDelaySeconds` in CreateCallbackContact is a number; flows exported by Amazon Connect write it as a string: "5".');
    expect(five.range).toEqual(valueRange(text, '"InitialCallDelaySeconds": ', '5'));
    expect(five.data).toMatchObject({ replacement: '5' });
  });

  it('says nothing about numbers written as strings', () => {
    expect(only({ InitialCallDelaySeconds: '5' }).found).toEqual([]);
  });

  it('fixes a number by quoting it', () => {
    const { text, found } = only({ InitialCallDelaySeconds: 5 });
    expect(found.map((d) => d.code)).toEqual(['param-not-string']);
    const fixes = fixesFor(buildModel(text), found[0]);
    expect(fixes.map((f) => f.title)).toEqual(['Write it as the string "5"']);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(text.replace('"InitialCallDelaySeconds": 5', '"InitialCallDelaySeconds": "5"'));
    expect(withCode(check(after), 'param-not-string')).toEqual([]);
  });
});
