import type { ActionSpec } from '../types';

export const sendOutboundEmail: ActionSpec = {
  type: 'SendOutboundEmail',
  category: 'other',
  summary: "Sends an email to the campaign's customer.",
  block: 'Send email (campaign)',
  doc: 'Used in outbound campaign flows; its parameters are not checked.',
  params: [],
  openParams: true,
  errors: ['NoMatchingError'],
  openErrors: true,
  conditions: {},
};
