import { Severity } from '../diagnostic';
import { knownActions } from './actionParams';
import type { Rule } from './rule';

export const paramIgnored: Rule = {
  id: 'param-ignored',
  defaultSeverity: Severity.Information,
  description: 'A parameter has no effect because another parameter is set (InitialCallDelaySeconds with ContactFlowId).',
  check({ model, report }) {
    for (const { action, spec, params } of knownActions(model)) {
      if (!params) continue;
      for (const param of spec.params) {
        if (!param.ignoredWhen || !(param.name in params) || !(param.ignoredWhen in params)) continue;
        report({
          path: [...action.path, 'Parameters', param.name],
          target: 'key',
          message: `\`${param.name}\` has no effect in ${spec.type} because \`${param.ignoredWhen}\` is set.`,
        });
      }
    }
  },
};
