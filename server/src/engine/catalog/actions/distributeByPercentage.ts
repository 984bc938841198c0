import type { ActionSpec } from '../types';
import { INBOUND_TRANSFER_QUEUE } from '../common';

export const distributeByPercentage: ActionSpec = {
  type: 'DistributeByPercentage',
  category: 'flowControl',
  source: 'docs',
  summary: 'Sends contacts down branches at random, by percentage (A/B routing).',
  block: 'Distribute by percentage',
  doc: 'The action draws a number from 1 to 100; write a chain of `NumberLessThan` conditions with growing thresholds (none above 100). The rest takes `NoMatchingCondition`.',
  params: [],
  errors: ['NoMatchingCondition'],
  conditions: { operators: ['NumberLessThan', 'NumberLessOrEqualTo', 'NumberGreaterThan', 'NumberGreaterOrEqualTo'] },
  flowTypes: INBOUND_TRANSFER_QUEUE(),
};
