import type { ActionSpec } from '../types';

export const startVoiceIdStream: ActionSpec = {
  type: 'StartVoiceIdStream',
  category: 'flowControl',
  source: 'both',
  summary: 'Starts streaming the caller\'s audio to Voice ID.',
  block: 'Set Voice ID',
  doc: 'Voice only; chats and tasks take the error branch.',
  params: [],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
};
