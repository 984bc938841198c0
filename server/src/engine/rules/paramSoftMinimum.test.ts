import { describe, expect, it } from 'vitest';
import { check, rangeOfText, withCode, callbackParamDiagnostics as only } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('param-soft-minimum', () => {
  it('"0" attempts is a warning, as real deployed flows use it', () => {
    const { text, found } = only({ MaximumConnectionAttempts: '0' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-soft-minimum', severity: Severity.Warning, data: { nearest: '1' } });
    expect(found[0].message).toBe(
      '`MaximumConnectionAttempts` in CreateCallbackContact is "0": the console exports "0" for a callback with no retries, but the flow language reference requires at least 1. Use "1" unless you have checked that "0" deploys.',
    );
    expect(found[0].range).toEqual(rangeOfText(text, '"0"'));
  });

  it('says nothing about one attempt', () => {
    expect(only({ MaximumConnectionAttempts: '1' }).found).toEqual([]);
  });

  it('fixes "0" to the documented minimum', () => {
    const { text, found } = only({ MaximumConnectionAttempts: '0' });
    const fixes = fixesFor(buildModel(text), found[0]);
    expect(fixes.map((f) => f.title)).toEqual(['Change it to "1"']);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(text.replace('"MaximumConnectionAttempts": "0"', '"MaximumConnectionAttempts": "1"'));
    expect(withCode(check(after), 'param-soft-minimum')).toEqual([]);
  });
});
