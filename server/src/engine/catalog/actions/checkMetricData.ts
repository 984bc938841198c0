import type { ActionSpec } from '../types';
import { INBOUND_TRANSFER_QUEUE, documentedOnly, queueOrAgent } from '../common';

/** Agent counts: the reference allows only one condition on them, `NumberGreaterThan` "0" (is anyone there?). */
export const AGENT_METRICS = ['NumberOfAgentsAvailable', 'NumberOfAgentsStaffed', 'NumberOfAgentsOnline'];

export const checkMetricData: ActionSpec = {
  type: 'CheckMetricData',
  category: 'flowControl',
  source: 'both',
  summary: 'Branches on a live queue metric: agents available, staffed or online, oldest contact, contacts in queue.',
  block: 'Check staffing / Check queue status',
  doc: 'For the agent counts the only useful condition is `NumberGreaterThan` "0"; the other metrics can be compared with `Equals` or any number operator.',
  params: [
    {
      name: 'MetricType',
      required: true,
      form: 'static',
      kind: 'string',
      values: ['NumberOfAgentsAvailable', 'NumberOfAgentsStaffed', 'NumberOfAgentsOnline', 'OldestContactInQueueAgeSeconds', 'NumberOfContactsInQueue'],
      default: 'NumberOfAgentsAvailable',
      summary: 'Which metric to test.',
    },
    ...documentedOnly(queueOrAgent('dynamic', 'check'), 'QueueId'),
  ],
  errors: ['NoMatchingError', 'NoMatchingCondition'],
  expectsNoMatchingError: true,
  conditions: { operators: ['Equals', 'NumberGreaterThan', 'NumberGreaterOrEqualTo', 'NumberLessThan', 'NumberLessOrEqualTo'] },
  flowTypes: INBOUND_TRANSFER_QUEUE(),
};
