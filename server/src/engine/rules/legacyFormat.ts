import { Severity } from '../diagnostic';
import type { Rule } from './rule';

export const legacyFormat: Rule = {
  id: 'legacy-format',
  defaultSeverity: Severity.Warning,
  description: 'The file is in the designer\'s pre-2019 export format (modules/start), not the flow language.',
  check({ model, report }) {
    if (model.kind !== 'legacy') return;
    report({
      path: ['modules'],
      target: 'key',
      message: 'This is the old designer export format (`modules` and `start`), which the flow language APIs, CloudFormation and Terraform do not accept. Re-export the flow from the current flow designer to get `Version`, `StartAction` and `Actions`.',
    });
  },
};
