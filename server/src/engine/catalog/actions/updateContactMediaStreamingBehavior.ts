import type { ActionSpec } from '../types';
import { onlyIn } from '../common';

export const updateContactMediaStreamingBehavior: ActionSpec = {
  type: 'UpdateContactMediaStreamingBehavior',
  category: 'contact',
  source: 'both',
  summary: 'Starts or stops streaming the customer\'s audio to Kinesis Video Streams.',
  block: 'Start media streaming / Stop media streaming',
  doc: 'Voice only. Everything is written literally.',
  params: [
    {
      name: 'MediaStreamingState',
      required: true,
      form: 'static',
      kind: 'string',
      values: ['Enabled', 'Disabled'],
      default: 'Enabled',
      summary: '"Enabled" starts streaming, "Disabled" stops it.',
    },
    {
      name: 'Participants',
      required: true,
      kind: 'array',
      summary: 'Whose audio to stream and in which direction.',
      doc: 'Required. A list such as `[{ "ParticipantType": "Customer", "MediaDirections": ["From", "To"] }]`.',
    },
    {
      name: 'MediaStreamType',
      required: true,
      form: 'static',
      kind: 'string',
      values: ['Audio'],
      default: 'Audio',
      summary: 'What to stream; only "Audio" exists.',
    },
  ],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
  flowTypes: onlyIn('inbound, customer queue, transfer and whisper flows (not hold flows)', 'CONTACT_FLOW', 'CUSTOMER_QUEUE', 'transfer', 'whisper'),
};
