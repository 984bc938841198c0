import { describe, expect, it } from 'vitest';
import { oneAction, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

const store = (extra: Record<string, unknown>) => oneAction('GetParticipantInput', { Text: 'Enter it', InputTimeLimitSeconds: '5', StoreInput: 'True', ...extra });

describe('input-validation', () => {
  it('reports phone-number and custom validation together, on CustomValidation', () => {
    const { text, diagnostics } = store({ InputValidation: { PhoneNumberValidation: { NumberFormat: 'E164' }, CustomValidation: { MaximumLength: '6' } } });
    const [d, ...rest] = withCode(diagnostics, 'input-validation');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('GetParticipantInput validates input either as a phone number or with `CustomValidation`, not both: keep one.');
    expect(d.range).toEqual(rangeOfText(text, '"CustomValidation"'));
  });

  it('reports a local phone format without CountryCode, on the format', () => {
    const { text, diagnostics } = store({ InputValidation: { PhoneNumberValidation: { NumberFormat: 'Local' } } });
    const [d] = withCode(diagnostics, 'input-validation');
    expect(d.message).toBe('A phone number in "Local" format needs a `CountryCode` (such as "US") to be read: add it beside `NumberFormat`.');
    expect(d.range).toEqual(rangeOfText(text, '"Local"'));
  });

  it('reports more than 5 terminating keys', () => {
    const { text, diagnostics } = store({ InputValidation: { CustomValidation: { MaximumLength: '6' } }, DTMFConfiguration: { InputTerminationSequence: '#*#*#*' } });
    const [d] = withCode(diagnostics, 'input-validation');
    expect(d.message).toBe('`InputTerminationSequence` has 6 keys; at most 5 can end the input.');
    expect(d.range).toEqual(rangeOfText(text, '"#*#*#*"'));
  });

  it('accepts the shapes console exports write', () => {
    expect(withCode(store({ InputValidation: { PhoneNumberValidation: { NumberFormat: 'Local', CountryCode: 'US' } } }).diagnostics, 'input-validation')).toEqual([]);
    expect(withCode(store({ InputValidation: { CustomValidation: { MaximumLength: '6' } }, DTMFConfiguration: { InputTerminationSequence: '#' } }).diagnostics, 'input-validation')).toEqual([]);
  });
});
