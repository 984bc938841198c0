import type { ActionSpec } from '../types';

export const createContact: ActionSpec = {
  type: 'CreateContact',
  category: 'contact',
  source: 'exports',
  summary: 'Creates a new contact (for example an outbound email) related to the current one.',
  block: 'Create contact',
  doc: 'Seen in console exports; not in the action reference, so its parameters are not checked.',
  params: [
    { name: 'Channel', kind: 'string', examples: ['EMAIL'], summary: 'Channel of the new contact.' },
    { name: 'RelatedContact', kind: 'string', examples: ['CURRENT'], summary: 'Link the new contact to this one ("CURRENT").' },
  ],
  openParams: true,
  errors: ['NoMatchingError'],
};
