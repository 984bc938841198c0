import type { ActionSpec } from '../types';
import { onlyIn } from '../common';

export const messageParticipantIteratively: ActionSpec = {
  type: 'MessageParticipantIteratively',
  category: 'participant',
  source: 'both',
  summary: 'Plays a list of messages over and over while the contact waits (in queue or on hold).',
  block: 'Loop prompts',
  doc: 'Keeps cycling through `Messages` until the contact leaves the queue or hold. With `InterruptFrequencySeconds` it breaks out every so often with the result `MessagesInterrupted`, so the flow can offer something else.',
  params: [
    {
      name: 'Messages',
      required: true,
      kind: 'array',
      summary: 'The messages to cycle through.',
      doc: 'A list; each entry is one of `{ "Text": ... }`, `{ "PromptId": ... }`, `{ "SSML": ... }` or `{ "Media": { ... } }`.',
    },
    {
      name: 'InterruptFrequencySeconds',
      kind: 'integer',
      min: 1,
      summary: 'Every this many seconds, stop looping and take the `MessagesInterrupted` branch.',
      doc: 'Optional. A whole number of seconds. Without it the messages never break out on their own.',
    },
    {
      name: 'ContinueMessagingDuringInterrupt',
      kind: 'boolean',
      summary: 'Keep the messages playing while the interrupt branch runs.',
      doc: 'Optional, written by newer consoles as "true" or "false".',
    },
  ],
  errors: ['NoMatchingError'],
  conditions: { operators: ['Equals'], outcomes: ['MessagesInterrupted'], closedOutcomes: true },
  flowTypes: onlyIn('customer queue flows and hold flows', 'CUSTOMER_QUEUE', 'hold'),
  mayHaveNoExit: true,
  waits: true,
};
