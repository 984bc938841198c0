import type { ActionSpec } from '../types';
import { INBOUND_TRANSFER } from '../common';

export const transferContactToQueue: ActionSpec = {
  type: 'TransferContactToQueue',
  category: 'contact',
  source: 'both',
  summary: 'Puts the contact in its working queue (set earlier with UpdateContactTargetQueue).',
  block: 'Transfer to queue',
  doc: 'Takes no parameters: the queue comes from the contact\'s working queue. Fails with `QueueAtCapacity` when the queue is full. Exports either leave `Parameters` out or write `{}`.',
  params: [],
  errors: ['QueueAtCapacity', 'NoMatchingError'],
  expectsNoMatchingError: true,
  endsOnSuccess: true,
  flowTypes: INBOUND_TRANSFER(),
};
