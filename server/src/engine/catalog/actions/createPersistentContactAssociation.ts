import type { ActionSpec } from '../types';

export const createPersistentContactAssociation: ActionSpec = {
  type: 'CreatePersistentContactAssociation',
  category: 'contact',
  source: 'exports',
  summary: 'Makes a chat persistent: the new chat continues the transcript of an earlier one.',
  block: 'Create persistent contact association',
  doc: 'Seen in console exports; not in the action reference, so its parameters are not checked.',
  params: [{ name: 'RehydrationType', kind: 'string', examples: ['From Segment', 'Entire Past Session'], summary: 'How much of the earlier chat to bring back.' }],
  openParams: true,
  errors: ['NoMatchingError'],
};
