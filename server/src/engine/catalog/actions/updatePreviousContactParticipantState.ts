import type { ActionSpec } from '../types';
import { INBOUND_TRANSFER } from '../common';

export const updatePreviousContactParticipantState: ActionSpec = {
  type: 'UpdatePreviousContactParticipantState',
  category: 'contact',
  source: 'both',
  summary: 'Puts the agent or the customer of the previous contact on hold, or takes them off hold.',
  block: 'Hold customer or agent',
  doc: 'Voice only.',
  params: [
    {
      name: 'PreviousContactParticipantState',
      required: true,
      kind: 'string',
      values: ['AgentOnHold', 'CustomerOnHold', 'OffHold'],
      default: 'CustomerOnHold',
      summary: 'New state: "AgentOnHold", "CustomerOnHold" or "OffHold".',
    },
  ],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
  flowTypes: INBOUND_TRANSFER(),
};
