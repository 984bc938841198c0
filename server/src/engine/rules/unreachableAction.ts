import { Severity } from '../diagnostic';
import { reachableActions } from './reachability';
import type { Rule } from './rule';
import { quote, shorten } from './text';

export const unreachableAction: Rule = {
  id: 'unreachable-action',
  defaultSeverity: Severity.Warning,
  description: 'An action that no path from StartAction leads to: it never runs.',
  check({ model, report }) {
    const reachable = reachableActions(model);
    if (!reachable) return;
    for (const action of model.actions) {
      if (!action.object || reachable[action.index]) continue;
      // A second action with an Identifier already taken is reported by duplicate-identifier.
      if (action.id !== undefined && model.byId.get(action.id) !== action) continue;
      const hasId = action.id !== undefined;
      report({
        path: hasId ? [...action.path, 'Identifier'] : action.path,
        target: hasId ? 'value' : 'open',
        message: `${action.type === undefined ? 'This action' : shorten(action.type)}${hasId ? ` ${quote(action.id)}` : ''} can never run: no path from \`StartAction\` leads to it. Connect it or remove it.`,
      });
    }
  },
};
