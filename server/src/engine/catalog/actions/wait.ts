import type { ActionSpec } from '../types';

export const wait: ActionSpec = {
  type: 'Wait',
  category: 'flowControl',
  source: 'both',
  summary: 'Pauses the flow until a time limit passes or an event (such as the customer returning) happens.',
  block: 'Wait',
  doc: 'Branch with `Equals` on "WaitCompleted" and on every event listed in `Events`. Exports name the time limit `TimeLimitSeconds`, the reference page `TimeoutSeconds`; either is accepted.',
  params: [
    {
      name: 'TimeLimitSeconds', source: 'exports',
      form: 'staticOrReference',
      kind: 'integer',
      min: 1,
      max: 604800,
      default: '900',
      exclusiveWith: ['TimeoutSeconds'],
      summary: 'How long to wait, in seconds (up to seven days), or one JSONPath reference.',
      doc: 'The name exported flows use. The reference page calls it `TimeoutSeconds`; either is accepted, not both.',
    },
    {
      name: 'TimeoutSeconds', source: 'docs',
      form: 'staticOrReference',
      kind: 'integer',
      min: 1,
      max: 604800,
      exclusiveWith: ['TimeLimitSeconds'],
      summary: 'The reference page\'s name for `TimeLimitSeconds` (exports write `TimeLimitSeconds`).',
    },
    {
      name: 'Events',
      form: 'static',
      kind: 'array',
      summary: 'Events that end the wait early, e.g. `["CustomerReturned"]`.',
    },
  ],
  requiresOneOf: [['TimeLimitSeconds', 'TimeoutSeconds']],
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
