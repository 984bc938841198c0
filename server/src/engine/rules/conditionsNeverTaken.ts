import { Severity } from '../diagnostic';
import { isObject } from '../model';
import { knownActions } from './actionParams';
import { paramEquals } from './conditional';
import type { Rule } from './rule';

export const conditionsNeverTaken: Rule = {
  id: 'conditions-never-taken',
  defaultSeverity: Severity.Warning,
  description: 'Condition branches on an action whose settings leave it with no result to branch on (GetParticipantInput with StoreInput "True").',
  check({ model, report }) {
    for (const { action, spec, params } of knownActions(model)) {
      const when = spec.conditions?.noneWhen;
      if (!when || !paramEquals(params, when)) continue;
      const t = action.object?.Transitions;
      if (!isObject(t) || !Array.isArray(t.Conditions) || t.Conditions.length === 0) continue;
      report({
        path: [...action.path, 'Transitions', 'Conditions'],
        target: 'key',
        message: `${spec.type} has no result to branch on when \`${when.param}\` is ${JSON.stringify(params![when.param])}, so these conditions are never taken. Branch on the stored value with a Compare action instead.`,
      });
    }
  },
};
