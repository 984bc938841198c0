import type { ActionSpec } from '../types';
import { INBOUND_TRANSFER_QUEUE } from '../common';

export const transferParticipantToThirdParty: ActionSpec = {
  type: 'TransferParticipantToThirdParty',
  category: 'participant',
  summary: 'Dials an external phone number and connects the caller to it.',
  block: 'Transfer to phone number',
  doc: 'Voice only. With `ContinueFlowExecution` "True" the flow resumes after the third party hangs up (and the `CallFailed` / `ConnectionTimeLimitExceeded` branches apply); with "False" the flow ends once the call connects.',
  params: [
    {
      name: 'ThirdPartyPhoneNumber',
      required: true,
      kind: 'string',
      summary: 'Number to dial, in E.164 form (+15550100).',
    },
    {
      name: 'ThirdPartyConnectionTimeLimitSeconds',
      required: true,
      form: 'staticOrReference',
      kind: 'integer',
      min: 0,
      max: 600,
      default: '30',
      summary: 'Seconds to let the number ring before giving up.',
      doc: 'Required. A whole number from 0 to 600, or one JSONPath reference.',
    },
    {
      name: 'ContinueFlowExecution',
      form: 'static',
      kind: 'boolean',
      summary: '"True" to come back to this flow after the call; "False" to end it.',
    },
    {
      name: 'ThirdPartyDTMFDigits',
      form: 'staticOrReference',
      kind: 'string',
      summary: 'Digits to send once the call is answered (0-9 , * #).',
    },
    {
      name: 'CallerId',
      kind: 'object',
      summary: 'Caller ID shown to the third party: `{ "Number", "Name" }`.',
    },
  ],
  errors: ['ConnectionTimeLimitExceeded', 'CallFailed', 'NoMatchingError'],
  expectsNoMatchingError: true,
  flowTypes: INBOUND_TRANSFER_QUEUE(),
  waits: true,
};
