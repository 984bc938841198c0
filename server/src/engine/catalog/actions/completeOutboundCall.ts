import type { ActionSpec } from '../types';
import { onlyIn } from '../common';

export const completeOutboundCall: ActionSpec = {
  type: 'CompleteOutboundCall',
  category: 'contact',
  summary: 'Dials the customer for an outbound call that is waiting to be placed.',
  block: 'Call phone number',
  doc: 'Used in outbound whisper flows before anything is played. Without it, the first action that talks to the participant dials implicitly.',
  params: [
    {
      name: 'CallerId',
      kind: 'object',
      summary: 'Caller ID for the outbound call: `{ "Number": ... }`.',
      doc: 'Optional. `Number` may be literal or one JSONPath reference.',
    },
  ],
  errors: [],
  flowTypes: onlyIn('outbound whisper flows', 'OUTBOUND_WHISPER'),
};
