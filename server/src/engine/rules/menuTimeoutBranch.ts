import { Severity } from '../diagnostic';
import { isObject } from '../model';
import { errorBranches, participantInputs } from './inputShared';
import type { Rule } from './rule';

/** A menu (GetParticipantInput branching on the key pressed) must say where a caller who presses nothing goes. */
export const menuTimeoutBranch: Rule = {
  id: 'menu-timeout-branch',
  defaultSeverity: Severity.Error,
  description: 'A menu (GetParticipantInput that branches on the key pressed) has no InputTimeLimitExceeded error branch for a caller who presses nothing; Amazon Connect does not publish such a flow.',
  check({ model, report }) {
    for (const known of participantInputs(model)) {
      if (known.stores) continue;
      const t = known.action.object?.Transitions;
      if (!isObject(t) || !Array.isArray(t.Conditions) || t.Conditions.length === 0) continue;
      if (errorBranches(known).some(({ branch }) => branch.ErrorType === 'InputTimeLimitExceeded')) continue;
      const onErrors = Array.isArray(t.Errors);
      report({
        source: known.spec.source,
        path: [...known.action.path, 'Transitions', onErrors ? 'Errors' : 'Conditions'],
        target: 'key',
        message: 'This menu has no `InputTimeLimitExceeded` branch: add one to `Transitions.Errors` for a caller who presses nothing before the time limit.',
      });
    }
  },
};
