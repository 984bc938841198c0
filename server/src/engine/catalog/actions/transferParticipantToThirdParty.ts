import type { ActionSpec } from '../types';
import { INBOUND_TRANSFER_QUEUE } from '../common';

export const transferParticipantToThirdParty: ActionSpec = {
  type: 'TransferParticipantToThirdParty',
  category: 'participant',
  source: 'both',
  summary: 'Dials an external phone number (or a Chime SDK Voice Connector) and connects the caller to it.',
  block: 'Transfer to phone number',
  doc: 'Voice only. With `ContinueFlowExecution` "True" the flow resumes after the third party hangs up (and the `CallFailed` / `ConnectionTimeLimitExceeded` branches apply); with "False" the flow ends once the call connects.',
  params: [
    {
      name: 'ThirdPartyPhoneNumber',
      kind: 'string',
      summary: 'Number to dial, in E.164 form (+15550100).',
      doc: 'Needed for a transfer to a phone number; not used with `VoiceConnector`.',
    },
    {
      name: 'VoiceConnector', source: 'docs',
      kind: 'object',
      summary: 'Call through an Amazon Chime SDK Voice Connector instead of the phone network.',
      doc: 'An object with `VoiceConnectorType` ("ChimeConnector", written literally), `VoiceConnectorArn`, `FromUser`, `ToUser` and optionally `UserToUserInformation` (SIP user-to-user data).',
    },
    {
      name: 'ThirdPartyConnectionTimeLimitSeconds', source: 'exports',
      form: 'staticOrReference',
      kind: 'integer',
      min: 0,
      max: 600,
      default: '30',
      exclusiveWith: ['ThirdPartyConnectionTimeoutSeconds'],
      summary: 'Seconds to let the number ring before giving up.',
      doc: 'A whole number from 0 to 600, or one JSONPath reference. The name exported flows use; the current page calls it `ThirdPartyConnectionTimeoutSeconds`.',
    },
    {
      name: 'ThirdPartyConnectionTimeoutSeconds', source: 'docs',
      form: 'staticOrReference',
      kind: 'integer',
      min: 0,
      max: 600,
      exclusiveWith: ['ThirdPartyConnectionTimeLimitSeconds'],
      summary: 'The current page\'s name for `ThirdPartyConnectionTimeLimitSeconds` (exports write that one).',
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
  requiresOneOf: [
    ['ThirdPartyPhoneNumber', 'VoiceConnector'],
    ['ThirdPartyConnectionTimeLimitSeconds', 'ThirdPartyConnectionTimeoutSeconds'],
  ],
  errors: ['ConnectionTimeLimitExceeded', 'CallFailed', 'NoMatchingError'],
  expectsNoMatchingError: true,
  flowTypes: INBOUND_TRANSFER_QUEUE(),
  waits: true,
};
