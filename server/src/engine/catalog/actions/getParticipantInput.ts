import type { ActionSpec } from '../types';
import { INBOUND_TRANSFER_QUEUE, promptParams } from '../common';

export const getParticipantInput: ActionSpec = {
  type: 'GetParticipantInput',
  category: 'participant',
  source: 'both',
  summary: 'Plays a prompt and collects keypad (DTMF) input from the caller.',
  block: 'Get customer input / Store customer input',
  doc: 'With `StoreInput` "False" the single key pressed is the result: branch on it with `Equals` conditions ("1", "2", "#", ...). With `StoreInput` "True" the digits are saved in `$.StoredCustomerInput` instead and there are no conditions; `InputValidation` then says what to accept. Voice only.',
  params: [
    ...promptParams('before collecting input'),
    {
      name: 'InputTimeLimitSeconds',
      required: true,
      form: 'static',
      kind: 'integer',
      min: 1,
      default: '5',
      summary: 'Seconds to wait for the caller to start typing.',
      doc: 'Required. A whole number of 1 or more, written literally. After that time the `InputTimeLimitExceeded` (or `NoMatchingError`) branch is taken.',
    },
    {
      name: 'StoreInput',
      form: 'static',
      kind: 'boolean',
      default: 'False',
      summary: '"True" saves the digits in `$.StoredCustomerInput`; "False" branches on a single key.',
      doc: 'Optional, "True" or "False" (absent means "False"). Console exports always write it.',
    },
    {
      name: 'InputValidation',
      kind: 'object',
      requiredWhen: { param: 'StoreInput', equals: ['True'] },
      summary: 'What stored input must look like: a phone number or a maximum length.',
      doc: 'Used with `StoreInput` "True": `{ "PhoneNumberValidation": { "NumberFormat": "Local" | "E164", "CountryCode": "US" } }` or `{ "CustomValidation": { "MaximumLength": "6" } }`.',
    },
    {
      name: 'InputEncryption',
      kind: 'object',
      summary: 'Encrypt the stored digits with your key.',
      doc: 'Only with `CustomValidation`: `{ "EncryptionKeyId": ..., "Key": ... }`.',
    },
    {
      name: 'DTMFConfiguration',
      kind: 'object',
      summary: 'Keypad options: terminating key, whether `*` cancels, time between digits.',
      doc: 'An object with `InputTerminationSequence`, `DisableCancelKey` ("True"/"False") and `InterdigitTimeLimitSeconds`.',
    },
  ],
  errors: ['NoMatchingError', 'NoMatchingCondition', 'InvalidPhoneNumber', 'InputTimeLimitExceeded'],
  expectsNoMatchingError: true,
  conditions: {
    operators: ['Equals'],
    outcomes: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#'],
    // The result is the one key pressed: any other operand can never match.
    closedOutcomes: true,
    noneWhen: { param: 'StoreInput', equals: ['True'] },
  },
  flowTypes: INBOUND_TRANSFER_QUEUE(),
  waits: true,
};
