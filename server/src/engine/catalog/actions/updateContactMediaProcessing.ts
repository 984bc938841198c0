import type { ActionSpec } from '../types';

export const updateContactMediaProcessing: ActionSpec = {
  type: 'UpdateContactMediaProcessing',
  category: 'contact',
  source: 'docs',
  summary: 'Turns message processing by a Lambda function on or off for a chat.',
  block: 'Set message processing',
  doc: 'Chat only; other channels take `ChannelMismatch`.',
  params: [
    { name: 'ChatProcessor', required: true, kind: 'object', summary: '`{ "ProcessingEnabled", "LambdaProcessorARN", "ChatProcessorSettings" }`.' },
  ],
  errors: ['NoMatchingError', 'ChannelMismatch'],
  expectsNoMatchingError: true,
};
