import type { ActionSpec } from '../types';
import { INBOUND_TRANSFER, queueOrAgent } from '../common';

export const updateContactTargetQueue: ActionSpec = {
  type: 'UpdateContactTargetQueue',
  category: 'contact',
  source: 'both',
  summary: 'Sets the contact\'s working queue, used by TransferContactToQueue and by actions that default to "the queue".',
  block: 'Set working queue',
  params: queueOrAgent('staticOrReference', 'use as the working queue'),
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
  flowTypes: INBOUND_TRANSFER(),
};
