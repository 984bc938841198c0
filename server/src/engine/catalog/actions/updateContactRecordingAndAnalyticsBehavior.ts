import type { ActionSpec } from '../types';

export const updateContactRecordingAndAnalyticsBehavior: ActionSpec = {
  type: 'UpdateContactRecordingAndAnalyticsBehavior',
  category: 'contact',
  summary: 'Sets recording, Contact Lens analytics and redaction for a voice or chat contact.',
  block: 'Set recording, analytics and processing behavior',
  doc: 'Give `VoiceBehavior` or `ChatBehavior`, not both.',
  params: [
    { name: 'VoiceBehavior', kind: 'object', exclusiveWith: ['ChatBehavior'], summary: 'Recording and analytics for voice contacts.' },
    { name: 'ChatBehavior', kind: 'object', exclusiveWith: ['VoiceBehavior'], summary: 'Analytics and redaction for chats.' },
    { name: 'ScreenRecordingBehavior', kind: 'object', summary: 'Record the agent\'s screen: `{ "ScreenRecordedParticipants": ["Agent"] }`.' },
  ],
  requiresOneOf: [['VoiceBehavior', 'ChatBehavior']],
  errors: ['NoMatchingError', 'ChannelMismatch', 'InFlightRedactionConfigurationFailed'],
  expectsNoMatchingError: true,
};
