import type { ActionSpec } from '../types';
import { INBOUND_TRANSFER_QUEUE } from '../common';

export const checkHoursOfOperation: ActionSpec = {
  type: 'CheckHoursOfOperation',
  category: 'flowControl',
  source: 'both',
  summary: 'Branches on whether it is currently within business hours.',
  block: 'Check hours of operation',
  doc: 'The result is "True" (open) or "False" (closed); both need an `Equals` condition. Without `HoursOfOperationId` the hours of the working queue are used.',
  params: [
    {
      name: 'HoursOfOperationId',
      form: 'staticOrReference',
      kind: 'string',
      summary: 'Hours of operation to check (id or ARN); default: those of the working queue.',
    },
  ],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
  conditions: { operators: ['Equals'], outcomes: ['True', 'False'], requiredOutcomes: ['True', 'False'], closedOutcomes: true },
  flowTypes: INBOUND_TRANSFER_QUEUE(),
};
