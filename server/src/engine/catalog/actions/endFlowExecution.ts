import type { ActionSpec } from '../types';
import { onlyIn } from '../common';

export const endFlowExecution: ActionSpec = {
  type: 'EndFlowExecution',
  category: 'flowControl',
  source: 'both',
  summary: 'Ends the current flow without disconnecting the contact (for example, back to the queue or to the call).',
  block: 'End flow / Resume',
  doc: 'No parameters and no transitions: write `"Transitions": {}`.',
  params: [],
  errors: [],
  // Hold flows are included because real console exports use it there.
  flowTypes: onlyIn('whisper, hold and customer queue flows', 'whisper', 'hold', 'CUSTOMER_QUEUE'),
  terminal: true,
};
