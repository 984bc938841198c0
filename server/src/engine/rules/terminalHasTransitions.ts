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
      const next = 'NextAction' in t;
      const errors = Array.isArray(t.Errors) && t.Errors.length > 0;
      const conditions = Array.isArray(t.Conditions) && t.Conditions.length > 0;
      if (!next && !errors && !conditions) continue;
      const what = [next && '`NextAction`', errors && 'error branches', conditions && 'condition branches'].filter(Boolean);
      const first = next ? 'NextAction' : errors ? 'Errors' : 'Conditions';
      report({
        path: [...action.path, 'Transitions', first],
        target: 'key',
        message: `${spec.type} ends the flow, so its ${what.join(' and ')} can never be followed. Write \`"Transitions": {}\`.`,
      });
    }
  },
};
