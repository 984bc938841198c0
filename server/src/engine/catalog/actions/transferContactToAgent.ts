import type { ActionSpec } from '../types';
import { onlyIn } from '../common';

export const transferContactToAgent: ActionSpec = {
  type: 'TransferContactToAgent',
  category: 'contact',
  source: 'both',
  summary: 'Connects the contact to the agent chosen for the transfer; the flow ends here.',
  block: 'Transfer to agent',
  doc: 'No parameters and no transitions (`"Transitions": {}`). Voice only.',
  params: [],
  errors: [],
  flowTypes: onlyIn('transfer flows', 'transfer'),
  terminal: true,
};
