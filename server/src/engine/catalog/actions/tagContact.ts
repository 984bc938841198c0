import type { ActionSpec } from '../types';

export const tagContact: ActionSpec = {
  type: 'TagContact',
  category: 'contact',
  source: 'both',
  summary: 'Adds user-defined tags to the contact (for cost and access reports).',
  block: 'Tag contact',
  doc: 'Keys starting with `aws:` are reserved.',
  params: [{ name: 'Tags', required: true, kind: 'object', default: '{}', summary: 'Tag key to value.' }],
  errors: ['NoMatchingError'],
};
