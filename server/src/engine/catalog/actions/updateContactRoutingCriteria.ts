import type { ActionSpec } from '../types';
import { onlyIn } from '../common';

export const updateContactRoutingCriteria: ActionSpec = {
  type: 'UpdateContactRoutingCriteria',
  aliases: ['UpdateRoutingCriteria'],
  category: 'flowControl',
  source: 'both',
  summary: 'Sets routing steps: agent proficiencies to look for, each tried for a while before the next.',
  block: 'Set routing criteria',
  doc: 'Exports write this Type; the documentation page is titled UpdateRoutingCriteria.',
  params: [
    {
      name: 'RoutingCriteria',
      required: true,
      kind: 'object',
      summary: '`{ "Steps": [ { "Expression": ..., "Expiry": { "DurationInSeconds": ... } } ] }`.',
    },
  ],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
  flowTypes: onlyIn('inbound, customer queue and transfer flows', 'CONTACT_FLOW', 'CUSTOMER_QUEUE', 'transfer'),
};
