import type { ActionSpec } from '../types';

export const startOutboundChatContact: ActionSpec = {
  type: 'StartOutboundChatContact',
  category: 'contact',
  source: 'both',
  summary: 'Starts an outbound SMS chat with the customer.',
  block: 'Send message',
  params: [
    { name: 'SourceEndpoint', required: true, kind: 'object', summary: 'The instance number sending the SMS: `{ "Address", "Type": "CONNECT_PHONENUMBER_ARN" }`.' },
    { name: 'DestinationEndpoint', required: true, kind: 'object', summary: 'The customer\'s number: `{ "Address", "Type": "TELEPHONE_NUMBER" }`.' },
    { name: 'ContactFlowArn', required: true, kind: 'string', summary: 'Flow that runs for the new chat.' },
    { name: 'ContactSubtype', required: true, kind: 'string', examples: ['connect:SMS'], default: 'connect:SMS', summary: 'Kind of chat; "connect:SMS".' },
    { name: 'InitialSystemMessage', source: 'docs', kind: 'object', summary: 'First message: `{ "Content": ... }`.' },
    { name: 'RelatedContact', kind: 'string', examples: ['CURRENT'], summary: 'Link the new chat to this contact ("CURRENT").' },
  ],
  errors: ['NoMatchingError', 'TemplateRenderingError'],
  expectsNoMatchingError: true,
};
