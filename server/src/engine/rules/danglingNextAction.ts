import { Severity } from '../diagnostic';
import { replaceValue } from '../edits';
import { isUnconnected, transitions } from '../transitions';
import type { Rule } from './rule';
import { didYouMean, quote } from './text';

export const danglingNextAction: Rule = {
  id: 'dangling-next-action',
  defaultSeverity: Severity.Error,
  description: 'A NextAction (in Transitions, Errors or Conditions) names no action of the flow.',
  check({ model, report }) {
    for (const ref of transitions(model)) {
      if (isUnconnected(ref.target) || model.byId.has(ref.target)) continue;
      const suggestion = didYouMean(ref.target, model.byId.keys());
      const where = ref.via === 'error' ? `The ${ref.label ?? 'error'} branch` : ref.via === 'condition' ? 'This condition branch' : '`NextAction`';
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
    return [{ title: `Point it at "${data.replacement}"`, edits: replaceValue(model, data.path, data.replacement), preferred: true }];
  },
};
