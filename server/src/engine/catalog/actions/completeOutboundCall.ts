import type { ActionSpec } from '../types';
import { onlyIn } from '../common';

export const completeOutboundCall: ActionSpec = {
  type: 'CompleteOutboundCall',
  category: 'contact',
  source: 'both',
  summary: 'Dials the customer for an outbound call that is waiting to be placed.',
  block: 'Call phone number',
  doc: 'Used in outbound whisper flows before anything is played. Without it, the first action that talks to the participant dials implicitly.',
  params: [
    {
      name: 'CallerId',
      kind: 'object',
      summary: 'Caller ID for the outbound call: `{ "Number": ... }`.',
      doc: 'Optional. `Number` may be literal or one JSONPath reference. Not used with `VoiceConnector`.',
    },
    {
      name: 'VoiceConnector', source: 'docs',
      kind: 'object',
      summary: 'Call through an Amazon Chime SDK Voice Connector instead of the phone network.',
      doc: 'An object with `VoiceConnectorType` ("ChimeConnector", written literally), `VoiceConnectorArn`, `FromUser`, `ToUser` and optionally `UserToUserInformation` (SIP user-to-user data).',
    },
    {
      name: 'ConnectionTimeLimitSeconds', source: 'docs',
      form: 'staticOrReference',
      kind: 'integer',
      min: 1,
      max: 600,
      summary: 'Seconds to wait for the voice connector to answer (voice connector calls only).',
    },
  ],
  errors: [],
  flowTypes: onlyIn('outbound whisper flows', 'OUTBOUND_WHISPER'),
};
