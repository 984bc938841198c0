import type { ActionSpec } from '../types';
import { documentedOnly, onlyIn, queueOrAgent } from '../common';

export const dequeueContactAndTransferToQueue: ActionSpec = {
  type: 'DequeueContactAndTransferToQueue',
  category: 'contact',
  source: 'both',
  summary: 'Takes a waiting contact out of its queue and puts it in another queue.',
  block: 'Transfer to queue (in a customer queue flow)',
  doc: 'Fails when the contact is not queued or is already being connected to an agent.',
  params: documentedOnly(queueOrAgent('staticOrReference', 'move the contact to'), 'AgentId'),
  errors: ['QueueAtCapacity', 'NoMatchingError'],
  expectsNoMatchingError: true,
  endsOnSuccess: true,
  flowTypes: onlyIn('customer queue flows', 'CUSTOMER_QUEUE'),
};
