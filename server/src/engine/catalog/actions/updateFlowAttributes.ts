import type { ActionSpec } from '../types';

export const updateFlowAttributes: ActionSpec = {
  type: 'UpdateFlowAttributes',
  category: 'flowControl',
  source: 'both',
  summary: 'Sets flow attributes: values that live only while this flow runs (`$.FlowAttributes.<name>`).',
  block: 'Set contact attributes (flow scope)',
  params: [{ name: 'FlowAttributes', required: true, kind: 'object', default: '{}', summary: 'Attribute name to `{ "Value": ... }`.' }],
  errors: ['NoMatchingError'],
};
