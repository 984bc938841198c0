import type { ActionSpec } from '../types';

export const endFlowModuleExecution: ActionSpec = {
  type: 'EndFlowModuleExecution',
  category: 'contact',
  summary: 'Leaves the flow module and returns to the flow that invoked it.',
  block: 'Return',
  doc: 'Only meaningful in flow modules. No parameters and no transitions.',
  params: [],
  errors: [],
  // Flow modules have no flow type, so any flow with a known type is the wrong place for it.
  flowTypes: { allowed: [], description: 'flow modules' },
  terminal: true,
};
