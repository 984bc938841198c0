import type { ActionSpec } from '../types';

export const loop: ActionSpec = {
  type: 'Loop',
  category: 'flowControl',
  source: 'both',
  summary: 'Repeats a branch a fixed number of times.',
  block: 'Loop',
  doc: 'Each visit gives "ContinueLooping" until `LoopCount` is used up, then "DoneLooping"; both need an `Equals` condition. Exports also point `NextAction` at the DoneLooping target.',
  params: [
    {
      name: 'LoopCount',
      required: true,
      form: 'staticOrReference',
      kind: 'integer',
      min: 0,
      max: 100,
      default: '3',
      summary: 'How many times to loop (0-100), or one JSONPath reference.',
    },
  ],
  errors: ['NoMatchingError'],
  conditions: { operators: ['Equals'], outcomes: ['ContinueLooping', 'DoneLooping'], requiredOutcomes: ['ContinueLooping', 'DoneLooping'], closedOutcomes: true },
};
