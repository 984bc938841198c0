import type { ActionSpec } from '../types';

export const getOutboundCommunicationStatus: ActionSpec = {
  type: 'GetOutboundCommunicationStatus',
  category: 'other',
  summary: "Reads the delivery status of a campaign call, text or email.",
  block: 'Check campaign status',
  doc: 'Used in outbound campaign flows; its parameters are not checked.',
  params: [],
  openParams: true,
  errors: ['NoMatchingError'],
  openErrors: true,
  conditions: {},
};
