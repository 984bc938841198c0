import type { ActionSpec } from '../types';

export const updateFlowLoggingBehavior: ActionSpec = {
  type: 'UpdateFlowLoggingBehavior',
  category: 'flowControl',
  source: 'both',
  summary: 'Turns CloudWatch flow logs on or off for the rest of the contact.',
  block: 'Set logging behavior',
  params: [
    {
      name: 'FlowLoggingBehavior',
      required: true,
      form: 'static',
      kind: 'string',
      values: ['Enabled', 'Disabled'],
      default: 'Enabled',
      summary: '"Enabled" or "Disabled".',
    },
  ],
  errors: [],
};
