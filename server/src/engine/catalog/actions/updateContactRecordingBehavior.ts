import type { ActionSpec } from '../types';
import { onlyIn } from '../common';

export const updateContactRecordingBehavior: ActionSpec = {
  type: 'UpdateContactRecordingBehavior',
  category: 'contact',
  source: 'both',
  summary: 'Turns call recording (and optionally Contact Lens analytics) on or off.',
  block: 'Set recording and analytics behavior',
  doc: 'An empty `RecordedParticipants` list turns recording off. Analytics need both the agent and the customer recorded.',
  params: [
    {
      name: 'RecordingBehavior',
      required: true,
      kind: 'object',
      summary: 'Who is recorded: `{ "RecordedParticipants": ["Agent", "Customer"] }`.',
      doc: 'Required. Newer consoles add `ScreenRecordedParticipants` and `IVRRecordingBehavior`.',
    },
    {
      name: 'AnalyticsBehavior',
      kind: 'object',
      summary: 'Contact Lens settings: enabled, language, redaction.',
    },
  ],
  errors: [],
  flowTypes: onlyIn('inbound, transfer, outbound whisper and customer queue flows', 'CONTACT_FLOW', 'transfer', 'OUTBOUND_WHISPER', 'CUSTOMER_QUEUE'),
};
