import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, act } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';

/** A Compare (whose ComparisonValue must be one reference) and the param-reference-only diagnostics. */
function compare(value: unknown) {
  const text = flowText([act('c', 'Compare', { ComparisonValue: value }, { next: END_ID, errors: { NoMatchingCondition: END_ID }, conditions: [['Equals', 'fr', END_ID]] }), endAction]);
  return { text, found: withCode(check(text), 'param-reference-only') };
}

describe('param-reference-only', () => {
  it('accepts one JSONPath reference, as exports write it', () => {
    expect(compare('$.Attributes.language').found).toEqual([]);
    expect(compare('$.StoredCustomerInput').found).toEqual([]);
  });

  it('reports a literal, on the value', () => {
    const { text, found } = compare('en');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-reference-only', severity: Severity.Error });
    expect(found[0].message).toBe(
      '`ComparisonValue` in Compare must be exactly one JSONPath reference such as "$.StoredCustomerInput" or "$.Attributes.callbackNumber"; "en" is not.',
    );
    expect(found[0].range).toEqual(rangeOfText(text, '"en"'));
  });

  it('reports text mixed with a reference', () => {
    const { found } = compare('lang-$.Attributes.language');
    expect(found.map((d) => d.message)).toEqual([
      '`ComparisonValue` in Compare must be exactly one JSONPath reference such as "$.StoredCustomerInput" or "$.Attributes.callbackNumber"; "lang-$.Attributes.language" is not.',
    ]);
  });

  it('reports a literal callback number in UpdateContactCallbackNumber', () => {
    const text = flowText([act('n', 'UpdateContactCallbackNumber', { CallbackNumber: '+15555550100' }, { next: END_ID, errors: { InvalidCallbackNumber: END_ID, CallbackNumberNotDialable: END_ID } }), endAction]);
    const [d, ...rest] = withCode(check(text), 'param-reference-only');
    expect(rest).toEqual([]);
    expect(d.range).toEqual(rangeOfText(text, '"+15555550100"'));
  });
});
