import { Severity } from '../diagnostic';
import { knownActions } from './actionParams';
import type { Rule } from './rule';
import { listOf } from './text';

export const paramOneOfRequired: Rule = {
  id: 'param-one-of-required',
  defaultSeverity: Severity.Error,
  description: 'None of a group of parameters that needs one is given (e.g. MessageParticipant without PromptId, Text, SSML or Media).',
  check({ model, report }) {
    for (const { action, spec, params } of knownActions(model)) {
      if (!spec.requiresOneOf || !action.object) continue;
      for (const group of spec.requiresOneOf) {
        if (params && group.some((name) => name in params)) continue;
        const hasParams = 'Parameters' in action.object;
        report({
          source: spec.source,
          path: hasParams ? [...action.path, 'Parameters'] : [...action.path, 'Type'],
          target: hasParams ? 'key' : 'value',
          message: `${spec.type} needs one of ${listOf(group)}.`,
          data: { params: group },
        });
      }
    }
  },
};
