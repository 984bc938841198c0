import type { ActionSpec } from '../types';

export const updateContactRecordingAndAnalyticsBehavior: ActionSpec = {
  type: 'UpdateContactRecordingAndAnalyticsBehavior',
  category: 'contact',
  source: 'both',
  summary: 'Sets recording, Contact Lens analytics and redaction for a voice or chat contact.',
  block: 'Set recording, analytics and processing behavior',
  doc: 'Give `VoiceBehavior` or `ChatBehavior` (not both), or only `ScreenRecordingBehavior`.',
  params: [
    { name: 'VoiceBehavior', kind: 'object', exclusiveWith: ['ChatBehavior'], summary: 'Recording and analytics for voice contacts.' },
    { name: 'ChatBehavior', kind: 'object', exclusiveWith: ['VoiceBehavior'], summary: 'Analytics and redaction for chats.' },
    { name: 'ScreenRecordingBehavior', source: 'docs', kind: 'object', summary: 'Record the agent\'s screen: `{ "ScreenRecordedParticipants": ["Agent"] }`.' },
  ],
  requiresOneOf: [['VoiceBehavior', 'ChatBehavior', 'ScreenRecordingBehavior']],
  errors: ['NoMatchingError', 'ChannelMismatch', 'InFlightRedactionConfigurationFailed'],
  expectsNoMatchingError: true,
};
