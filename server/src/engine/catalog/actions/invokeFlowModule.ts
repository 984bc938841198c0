import { onlyIn } from '../common';
import type { ActionSpec } from '../types';

export const invokeFlowModule: ActionSpec = {
  type: 'InvokeFlowModule',
  category: 'contact',
  source: 'both',
  summary: 'Runs a flow module and continues here when it returns.',
  block: 'Invoke module',
  doc: 'Runs the module and continues with `NextAction` when it returns; its results are in `$.Modules`. The reference allows it in inbound contact flows only and gives it no condition branches.',
  params: [{ name: 'FlowModuleId', required: true, kind: 'string', summary: 'The module to run (module id or ARN).' }],
  errors: ['NoMatchingError', 'NoMatchingCondition'],
  expectsNoMatchingError: true,
  flowTypes: onlyIn('inbound contact flows', 'CONTACT_FLOW'),
};
