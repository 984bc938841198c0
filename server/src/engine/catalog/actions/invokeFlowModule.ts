import type { ActionSpec } from '../types';

export const invokeFlowModule: ActionSpec = {
  type: 'InvokeFlowModule',
  category: 'contact',
  source: 'both',
  summary: 'Runs a flow module and continues here when it returns.',
  block: 'Invoke module',
  doc: 'A module with several outputs returns through condition branches; its results are in `$.Modules`. The original reference lists inbound flows only; newer consoles offer modules more widely, so the flow type is not checked.',
  params: [{ name: 'FlowModuleId', required: true, kind: 'string', summary: 'The module to run (module id or ARN).' }],
  errors: ['NoMatchingError', 'NoMatchingCondition'],
  expectsNoMatchingError: true,
  conditions: {},
};
