import { Severity } from '../diagnostic';
import { isObject } from '../model';
import { participantInputs } from './inputShared';
import type { Rule } from './rule';

export const inputValidation: Rule = {
  id: 'input-validation',
  defaultSeverity: Severity.Error,
  description: 'GetParticipantInput settings that exclude or need each other: phone-number and custom validation together, a local phone format without CountryCode, more than 5 terminating keys.',
  check({ model, report }) {
    for (const known of participantInputs(model)) {
      const { action, spec, params } = known;
      if (!params) continue;
      const base = [...action.path, 'Parameters'];
      const validation = params.InputValidation;
      if (isObject(validation)) {
        if ('PhoneNumberValidation' in validation && 'CustomValidation' in validation) {
          report({ source: spec.source, path: [...base, 'InputValidation', 'CustomValidation'], target: 'key', message: 'GetParticipantInput validates input either as a phone number or with `CustomValidation`, not both: keep one.' });
        }
        const phone = validation.PhoneNumberValidation;
        if (isObject(phone) && typeof phone.NumberFormat === 'string' && phone.NumberFormat.toLowerCase() === 'local' && !('CountryCode' in phone)) {
          report({ source: spec.source, path: [...base, 'InputValidation', 'PhoneNumberValidation', 'NumberFormat'], target: 'value', message: 'A phone number in "Local" format needs a `CountryCode` (such as "US") to be read: add it beside `NumberFormat`.' });
        }
      }
      const dtmf = params.DTMFConfiguration;
      const sequence = isObject(dtmf) ? dtmf.InputTerminationSequence : undefined;
      if (typeof sequence === 'string' && !sequence.includes('$') && sequence.length > 5) {
        report({ source: spec.source, path: [...base, 'DTMFConfiguration', 'InputTerminationSequence'], target: 'value', message: `\`InputTerminationSequence\` has ${sequence.length} keys; at most 5 can end the input.` });
      }
    }
  },
};
