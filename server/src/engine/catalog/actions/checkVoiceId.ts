import type { ActionSpec } from '../types';

export const checkVoiceId: ActionSpec = {
  type: 'CheckVoiceId',
  category: 'flowControl',
  source: 'both',
  summary: 'Branches on a Voice ID result: enrollment, authentication or fraud risk.',
  block: 'Check Voice ID',
  doc: 'Voice only; chats and tasks take the error branch.',
  params: [
    {
      name: 'CheckVoiceIdOption',
      required: true,
      kind: 'string',
      values: ['enrollmentStatus', 'voiceAuthentication', 'fraudDetection'],
      default: 'voiceAuthentication',
      summary: 'Which result to test: "enrollmentStatus", "voiceAuthentication" or "fraudDetection".',
    },
  ],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
  conditions: {
    operators: ['Equals'],
    outcomes: ['Authenticated', 'NotAuthenticated', 'Inconclusive', 'NotEnrolled', 'OptedOut', 'Enrolled', 'HighRisk', 'LowRisk'],
  },
};
