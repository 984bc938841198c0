import type { ActionSpec } from '../types';
import { onlyIn } from '../common';

export const invokeFlowModule: ActionSpec = {
  type: 'InvokeFlowModule',
  category: 'contact',
  summary: 'Runs a flow module and continues here when it returns.',
  block: 'Invoke module',
  doc: 'A module with several outputs returns through condition branches; its results are in `$.Modules`.',
  params: [{ name: 'FlowModuleId', required: true, kind: 'string', summary: 'The module to run (module id or ARN).' }],
  errors: ['NoMatchingError', 'NoMatchingCondition'],
  expectsNoMatchingError: true,
  conditions: {},
  flowTypes: onlyIn('inbound flows', 'CONTACT_FLOW'),
};
