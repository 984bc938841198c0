import { describe, expect, it } from 'vitest';
import { END_ID, oneAction, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

const input = (params: Record<string, unknown>, errorTypes: string[]) =>
  oneAction('GetParticipantInput', { Text: 'Enter it', InputTimeLimitSeconds: '5', ...params }, {
    NextAction: END_ID,
    Errors: errorTypes.map((ErrorType) => ({ NextAction: END_ID, ErrorType })),
  });

describe('input-error-branch', () => {
  it('reports NoMatchingCondition on an action that stores the input, on the ErrorType value', () => {
    const { text, diagnostics } = input({ StoreInput: 'True', InputValidation: { CustomValidation: { MaximumLength: '4' } } }, ['NoMatchingError', 'NoMatchingCondition']);
    const [d, ...rest] = withCode(diagnostics, 'input-error-branch');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Warning);
    expect(d.message).toBe('GetParticipantInput stores the input here (StoreInput "True"), so it has no conditions to miss: this `NoMatchingCondition` branch never runs.');
    expect(d.range).toEqual(rangeOfText(text, '"NoMatchingCondition"'));
  });

  it('reports InvalidPhoneNumber without phone-number validation', () => {
    const { diagnostics } = input({ StoreInput: 'True', InputValidation: { CustomValidation: { MaximumLength: '4' } } }, ['NoMatchingError', 'InvalidPhoneNumber']);
    expect(withCode(diagnostics, 'input-error-branch').map((d) => d.message)).toEqual([
      'GetParticipantInput raises `InvalidPhoneNumber` only when it stores input validated as a phone number (`InputValidation.PhoneNumberValidation`): this branch never runs.',
    ]);
  });

  it('accepts each branch where it can happen', () => {
    expect(withCode(input({ StoreInput: 'False' }, ['NoMatchingError', 'NoMatchingCondition', 'InputTimeLimitExceeded']).diagnostics, 'input-error-branch')).toEqual([]);
    expect(withCode(input({ StoreInput: 'True', InputValidation: { PhoneNumberValidation: { NumberFormat: 'E164' } } }, ['NoMatchingError', 'InvalidPhoneNumber']).diagnostics, 'input-error-branch')).toEqual([]);
  });
});
