import type { ActionSpec } from '../types';

export const createWisdomSession: ActionSpec = {
  type: 'CreateWisdomSession',
  category: 'contact',
  source: 'both',
  summary: 'Starts an Amazon Q in Connect (Wisdom) session for the contact.',
  block: 'Amazon Q in Connect',
  doc: 'The session ARN is then available as `$.Wisdom.SessionArn`.',
  params: [{ name: 'WisdomAssistantArn', required: true, kind: 'string', summary: 'ARN of the assistant to use.' }],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
};
