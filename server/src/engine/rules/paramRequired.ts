import { Severity } from '../diagnostic';
import { knownActions, describeAllowed } from './actionParams';
import type { Rule } from './rule';

export const paramRequired: Rule = {
  id: 'param-required',
  defaultSeverity: Severity.Error,
  description: 'A required parameter of the action is missing.',
  check({ model, report }) {
    for (const { action, spec, params } of knownActions(model)) {
      const missing = spec.params.filter((p) => p.required && !(params && p.name in params));
      if (missing.length === 0) continue;
      const hasParams = action.object && 'Parameters' in action.object;
      for (const param of missing) {
        const what = param.kind === 'integer' ? `: ${describeAllowed(param)}` : '';
        report({
          path: hasParams ? [...action.path, 'Parameters'] : [...action.path, 'Type'],
          target: hasParams ? 'key' : 'value',
          message: `${spec.type} is missing the required parameter \`${param.name}\`${what}. ${param.summary}`,
          data: { param: param.name, value: param.default ?? '' },
        });
      }
    }
  },
};
