import { Severity } from '../diagnostic';
import { replaceValue } from '../edits';
import { isObject } from '../model';
import { knownActions } from './actionParams';
import type { Rule } from './rule';

export const conditionsNotSupported: Rule = {
  id: 'conditions-not-supported',
  defaultSeverity: Severity.Error,
  description: 'An action that has no run result carries condition branches.',
  check({ model, report }) {
    for (const { action, spec } of knownActions(model)) {
      if (spec.conditions) continue;
      const t = action.object?.Transitions;
      if (!isObject(t) || !Array.isArray(t.Conditions) || t.Conditions.length === 0) continue;
      const n = t.Conditions.length;
      report({
        source: spec.source,
        path: [...action.path, 'Transitions', 'Conditions'],
        target: 'key',
        message: `${spec.type} does not support conditions: remove the ${n === 1 ? 'entry' : `${n} entries`} in \`Conditions\` (an empty list is fine).`,
      });
    }
  },
  fix({ model, data }) {
    // The branches can never be taken, so emptying the list changes nothing at run time.
    return [{ title: 'Remove the condition branches', edits: replaceValue(model, data.path, []), preferred: true, safe: true }];
  },
};
