import type { ActionSpec } from '../types';

export const wait: ActionSpec = {
  type: 'Wait',
  category: 'flowControl',
  summary: 'Pauses the flow until a time limit passes or an event (such as the customer returning) happens.',
  block: 'Wait',
  doc: 'Branch with `Equals` on "WaitCompleted" and on every event listed in `Events`. Exports name the time limit `TimeLimitSeconds`.',
  params: [
    {
      name: 'TimeLimitSeconds',
      required: true,
      form: 'staticOrReference',
      kind: 'integer',
      min: 1,
      max: 604800,
      default: '900',
      summary: 'How long to wait, in seconds (up to seven days), or one JSONPath reference.',
    },
    {
      name: 'Events',
      form: 'static',
      kind: 'array',
      summary: 'Events that end the wait early, e.g. `["CustomerReturned"]`.',
    },
  ],
  errors: ['NoMatchingError', 'ParticipantNotFound'],
  expectsNoMatchingError: true,
  conditions: {
    operators: ['Equals'],
    outcomes: ['WaitCompleted', 'CustomerReturned', 'BotParticipantDisconnected'],
    requiredOutcomes: ['WaitCompleted'],
    outcomesFromParam: 'Events',
  },
  waits: true,
};
