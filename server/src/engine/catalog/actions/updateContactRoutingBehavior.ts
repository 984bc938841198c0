import type { ActionSpec } from '../types';
import { onlyIn } from '../common';

export const updateContactRoutingBehavior: ActionSpec = {
  type: 'UpdateContactRoutingBehavior',
  category: 'contact',
  source: 'both',
  summary: 'Changes how soon the contact is routed: its queue priority or its age in queue.',
  block: 'Change routing priority / age',
  doc: 'Give one of `QueuePriority`, `QueueTimeAdjustmentSeconds` or `RoutingProficiencies`.',
  params: [
    {
      name: 'QueuePriority',
      form: 'static',
      kind: 'integer',
      min: 1,
      exclusiveWith: ['QueueTimeAdjustmentSeconds', 'RoutingProficiencies'],
      summary: 'Routing priority; lower numbers are routed sooner.',
    },
    {
      name: 'QueueTimeAdjustmentSeconds',
      form: 'static',
      kind: 'integer',
      exclusiveWith: ['QueuePriority', 'RoutingProficiencies'],
      summary: 'Seconds added to the contact\'s time in queue, so that it is routed sooner.',
    },
    {
      name: 'RoutingProficiencies', source: 'docs',
      kind: 'object',
      exclusiveWith: ['QueuePriority', 'QueueTimeAdjustmentSeconds'],
      summary: 'Agent proficiencies to prefer while routing.',
    },
  ],
  requiresOneOf: [['QueuePriority', 'QueueTimeAdjustmentSeconds', 'RoutingProficiencies']],
  errors: [],
  flowTypes: onlyIn('inbound flows', 'CONTACT_FLOW'),
};
