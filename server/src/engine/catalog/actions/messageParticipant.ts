import type { ActionSpec } from '../types';
import { onlyIn, promptParams } from '../common';

export const messageParticipant: ActionSpec = {
  type: 'MessageParticipant',
  category: 'participant',
  source: 'both',
  summary: 'Plays a prompt to the caller or sends a message to the chat participant, then moves on.',
  block: 'Play prompt',
  doc: 'Give exactly one of `PromptId`, `Text`, `SSML` or `Media`. Recorded prompts and SSML only work on voice; chat and other channels get `Text`.',
  params: [
    ...promptParams('to the participant'),
    {
      name: 'SkipWhenDTMFBufferEnabled',
      kind: 'boolean',
      summary: 'Skip the prompt when the caller has already typed ahead.',
      doc: 'Optional, written by newer consoles as "true" or "false".',
    },
  ],
  requiresOneOf: [['PromptId', 'Text', 'SSML', 'Media']],
  errors: ['NoMatchingError'],
  flowTypes: onlyIn('inbound, transfer, whisper and customer queue flows (not hold flows)', 'CONTACT_FLOW', 'transfer', 'whisper', 'CUSTOMER_QUEUE'),
  waits: true,
};
