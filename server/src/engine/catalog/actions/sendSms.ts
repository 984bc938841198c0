import type { ActionSpec } from '../types';

export const sendSms: ActionSpec = {
  type: 'SendSMS',
  category: 'other',
  summary: "Sends a text message (SMS) to the campaign's customer.",
  block: 'Send message (campaign)',
  doc: 'Used in outbound campaign flows; its parameters are not checked.',
  params: [],
  openParams: true,
  errors: ['NoMatchingError'],
  openErrors: true,
  conditions: {},
};
