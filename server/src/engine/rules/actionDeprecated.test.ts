import { describe, expect, it } from 'vitest';
import { oneAction, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('action-deprecated', () => {
  it('reports the early Voice ID actions of older official samples as deprecated, on the Type value, not as unknown', () => {
    const { text, diagnostics } = oneAction('SetSecurityBehavior', { VoiceAuthentication: '50', SecurityBehaviorOption: 'Enable' });
    expect(withCode(diagnostics, 'action-type-unknown')).toEqual([]);
    expect(withCode(diagnostics, 'param-unknown')).toEqual([]);
    const [d, ...rest] = withCode(diagnostics, 'action-deprecated');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Warning);
    expect(d.message).toBe('SetSecurityBehavior is deprecated: Voice ID (use StartVoiceIdStream and UpdateContactData; Voice ID has reached its end of support). Its parameters are not checked.');
    expect(d.range).toEqual(rangeOfText(text, '"SetSecurityBehavior"'));
  });

  it('knows CheckSecurityStatus with its condition branches', () => {
    const { diagnostics } = oneAction('CheckSecurityStatus', {}, {
      NextAction: 'end-0000-0000-0000-000000000000',
      Errors: [{ NextAction: 'end-0000-0000-0000-000000000000', ErrorType: 'NoMatchingError' }],
      Conditions: [{ NextAction: 'end-0000-0000-0000-000000000000', Condition: { Operator: 'Equals', Operands: ['Authenticated'] } }],
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['action-deprecated']);
  });

  it('says nothing about current actions', () => {
    expect(withCode(oneAction('StartVoiceIdStream', {}).diagnostics, 'action-deprecated')).toEqual([]);
  });
});
