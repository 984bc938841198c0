import { Severity } from '../diagnostic';
import { knownActions } from './actionParams';
import type { Rule } from './rule';

export const actionDeprecated: Rule = {
  id: 'action-deprecated',
  defaultSeverity: Severity.Warning,
  description: 'An action type that Amazon Connect knows but has deprecated (early Voice ID actions such as SetSecurityBehavior).',
  check({ model, report }) {
    for (const { action, spec } of knownActions(model)) {
      if (!spec.deprecated || !action.object) continue;
      report({ path: [...action.path, 'Type'], target: 'value', message: `${spec.type} is deprecated: ${spec.deprecated}. Its parameters are not checked.` });
    }
  },
};
