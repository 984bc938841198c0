import { Severity } from '../diagnostic';
import { isObject } from '../model';
import { errorBranches, participantInputs } from './inputShared';
import type { Rule } from './rule';

/**
 * GetParticipantInput raises NoMatchingCondition only when it branches on the key pressed (StoreInput not "True"), and
 * InvalidPhoneNumber only when it stores input validated as a phone number: a branch for the other case never runs.
 */
export const inputErrorBranch: Rule = {
  id: 'input-error-branch',
  defaultSeverity: Severity.Warning,
  description: 'A GetParticipantInput error branch that its settings make impossible (NoMatchingCondition while storing the input, InvalidPhoneNumber without phone-number validation).',
  check({ model, report }) {
    for (const known of participantInputs(model)) {
      const validation = known.params?.InputValidation;
      const phone = known.stores && isObject(validation) && 'PhoneNumberValidation' in validation;
      for (const { index, branch } of errorBranches(known)) {
        const path = [...known.action.path, 'Transitions', 'Errors', index, 'ErrorType'];
        if (branch.ErrorType === 'NoMatchingCondition' && known.stores) {
          report({ path, target: 'value', message: 'GetParticipantInput stores the input here (StoreInput "True"), so it has no conditions to miss: this `NoMatchingCondition` branch never runs.' });
        } else if (branch.ErrorType === 'InvalidPhoneNumber' && !phone) {
          report({ path, target: 'value', message: 'GetParticipantInput raises `InvalidPhoneNumber` only when it stores input validated as a phone number (`InputValidation.PhoneNumberValidation`): this branch never runs.' });
        }
      }
    }
  },
};
