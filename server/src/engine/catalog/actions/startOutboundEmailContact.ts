import type { ActionSpec } from '../types';

export const startOutboundEmailContact: ActionSpec = {
  type: 'StartOutboundEmailContact',
  category: 'contact',
  source: 'exports',
  summary: 'Sends an outbound email to the customer.',
  block: 'Send message (email)',
  doc: 'Seen in console exports; not in the action reference, so its parameters are not checked.',
  params: [
    { name: 'FromEmailAddress', kind: 'object', summary: 'Sender: `{ "EmailAddress", "DisplayName" }`.' },
    { name: 'DestinationEmailAddress', kind: 'object', summary: 'Recipient: `{ "EmailAddress", "DisplayName" }`.' },
    { name: 'EmailMessage', kind: 'object', summary: 'The message, e.g. `{ "MessageSourceType": "RAW", ... }`.' },
  ],
  openParams: true,
  errors: ['NoMatchingError', 'TemplateRenderingError'],
};
