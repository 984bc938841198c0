import { Severity } from '../diagnostic';
import { isObject } from '../model';
import { knownActions } from './actionParams';
import type { Rule } from './rule';

export const actionNoExit: Rule = {
  id: 'action-no-exit',
  defaultSeverity: Severity.Warning,
  description: 'An action that does not end the flow has no transition at all, so the contact has nowhere to go after it.',
  check({ model, report }) {
    for (const { action, spec } of knownActions(model)) {
      if (spec.terminal || spec.mayHaveNoExit || spec.endsOnSuccess || !action.object) continue;
      const t = action.object.Transitions;
      if (isObject(t) && ('NextAction' in t || nonEmpty(t.Errors) || nonEmpty(t.Conditions))) continue;
      const onTransitions = isObject(t);
      report({
        path: onTransitions ? [...action.path, 'Transitions'] : [...action.path, 'Type'],
        target: onTransitions ? 'key' : 'value',
        message: `${spec.type} does not end the flow, but it has no \`NextAction\` or branch: add a \`NextAction\` (for example to a DisconnectParticipant action).`,
      });
    }
  },
};

function nonEmpty(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}
