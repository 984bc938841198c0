import type { ActionSpec } from '../types';

export const putDialRequest: ActionSpec = {
  type: 'PutDialRequest',
  category: 'other',
  summary: "Asks the campaign dialer to call the customer.",
  block: 'Call customer (campaign)',
  doc: 'Used in outbound campaign flows; its parameters are not checked.',
  params: [],
  openParams: true,
  errors: ['NoMatchingError'],
  openErrors: true,
  conditions: {},
};
