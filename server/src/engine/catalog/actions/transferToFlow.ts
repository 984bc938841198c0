import type { ActionSpec } from '../types';
import { INBOUND_TRANSFER } from '../common';

export const transferToFlow: ActionSpec = {
  type: 'TransferToFlow',
  category: 'flowControl',
  source: 'both',
  summary: 'Continues the contact in another flow, from that flow\'s start.',
  block: 'Transfer to flow',
  doc: 'A JSONPath value must resolve to a flow ARN, not a flow name.',
  params: [
    {
      name: 'ContactFlowId',
      required: true,
      form: 'staticOrReference',
      kind: 'string',
      summary: 'The flow to continue in (flow id or ARN), or one JSONPath reference.',
    },
  ],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
  endsOnSuccess: true,
  flowTypes: INBOUND_TRANSFER(),
};
