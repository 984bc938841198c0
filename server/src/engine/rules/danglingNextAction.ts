import { Severity } from '../diagnostic';
import { replaceValue } from '../edits';
import { isUnconnected, transitions } from '../transitions';
import type { Rule } from './rule';
import { didYouMean, quote } from './text';
import { targetLabel } from '../actionName';

/** Identifier comparisons for typo suggestions per check (about 20 ms of work). */
const SUGGESTION_BUDGET = 200_000;

export const danglingNextAction: Rule = {
  id: 'dangling-next-action',
  defaultSeverity: Severity.Error,
  description: 'A NextAction (in Transitions, Errors or Conditions) names no action of the flow.',
  check({ model, report }) {
    // Each suggestion compares the target with every Identifier: a budget keeps a flow whose thousands of
    // transitions all dangle (a bulk rename) linear; past it, the diagnostics come without suggestions.
    let budget = SUGGESTION_BUDGET;
    for (const ref of transitions(model)) {
      if (isUnconnected(ref.target) || model.byId.has(ref.target)) continue;
      const suggestion = budget > 0 ? didYouMean(ref.target, model.byId.keys()) : undefined;
      budget -= model.byId.size;
      const where = ref.via === 'error' ? `The ${ref.label === undefined ? 'error' : ref.label.length > 60 ? ref.label.slice(0, 57) + '...' : ref.label} branch` : ref.via === 'condition' ? 'This condition branch' : '`NextAction`';
      report({
        path: ref.path,
        target: 'value',
        message: `${where} points to ${quote(ref.target)}, but no action has that Identifier.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        data: suggestion ? { replacement: suggestion } : undefined,
      });
    }
  },
  fix({ model, data }) {
    if (typeof data.replacement !== 'string') return [];
    return [{ title: `Point it at ${targetLabel(model, data.replacement)}`, edits: replaceValue(model, data.path, data.replacement), preferred: true }];
  },
};
