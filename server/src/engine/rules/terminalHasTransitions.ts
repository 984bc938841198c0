import { Severity } from '../diagnostic';
import { isObject } from '../model';
import { knownActions } from './actionParams';
import type { Rule } from './rule';

export const terminalHasTransitions: Rule = {
  id: 'terminal-has-transitions',
  defaultSeverity: Severity.Warning,
  description: 'An action that ends the flow (DisconnectParticipant, EndFlowExecution, ...) carries a NextAction or branches that can never be taken.',
  check({ model, report }) {
    for (const { action, spec } of knownActions(model)) {
      if (!spec.terminal) continue;
      const t = action.object?.Transitions;
      if (!isObject(t)) continue;
      const base = [...action.path, 'Transitions'];
      const what: string[] = [];
      if ('NextAction' in t) what.push('`NextAction`');
      if (Array.isArray(t.Errors) && t.Errors.length > 0) what.push('error branches');
      if (Array.isArray(t.Conditions) && t.Conditions.length > 0) what.push('condition branches');
      if (what.length === 0) continue;
      const first = 'NextAction' in t ? 'NextAction' : what[0] === 'error branches' ? 'Errors' : 'Conditions';
      report({
        path: [...base, first],
        target: 'key',
        message: `${spec.type} ends the flow, so its ${what.join(' and ')} can never be followed. Write \`"Transitions": {}\`.`,
      });
    }
  },
};
