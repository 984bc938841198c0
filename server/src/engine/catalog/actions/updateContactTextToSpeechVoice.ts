import type { ActionSpec } from '../types';

export const updateContactTextToSpeechVoice: ActionSpec = {
  type: 'UpdateContactTextToSpeechVoice',
  category: 'contact',
  source: 'both',
  summary: 'Chooses the text-to-speech voice (and engine and style) for the rest of the contact.',
  block: 'Set voice',
  doc: 'An unknown voice name breaks text-to-speech for the contact.',
  params: [
    {
      name: 'TextToSpeechVoice',
      required: true,
      kind: 'string',
      default: 'Joanna',
      examples: ['Joanna', 'Matthew', 'Olivia', 'Amy', 'Brian', 'Lupe'],
      summary: 'Amazon Polly voice name, such as "Joanna".',
    },
    {
      name: 'TextToSpeechEngine',
      kind: 'string',
      examples: ['Standard', 'Neural', 'Generative'],
      summary: 'Speech engine; neural voices need "Neural".',
    },
    {
      name: 'TextToSpeechStyle',
      kind: 'string',
      examples: ['None', 'Conversational', 'Newscaster'],
      summary: 'Speaking style for neural voices: "None", "Conversational" or "Newscaster".',
    },
  ],
  errors: ['NoMatchingError'],
};
