import type { ActionSpec } from '../types';

export const disconnectParticipant: ActionSpec = {
  type: 'DisconnectParticipant',
  category: 'participant',
  source: 'both',
  summary: 'Hangs up on the caller or ends the chat. Nothing runs after it.',
  block: 'Disconnect / hang up',
  doc: 'Takes no parameters and has no transitions: write `"Transitions": {}`.',
  params: [],
  errors: [],
  terminal: true,
};
