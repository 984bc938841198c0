import { paramSource } from '../catalog';
import { Severity } from '../diagnostic';
import { knownActions } from './actionParams';
import { paramEquals } from './conditional';
import type { Rule } from './rule';

export const paramRequiredWhen: Rule = {
  id: 'param-required-when',
  defaultSeverity: Severity.Error,
  description: 'A parameter that another parameter\'s value makes necessary is missing (InputValidation when GetParticipantInput stores the input).',
  check({ model, report }) {
    for (const { action, spec, params } of knownActions(model)) {
      if (!params) continue;
      for (const param of spec.params) {
        const when = param.requiredWhen;
        if (!when || param.name in params || !paramEquals(params, when)) continue;
        report({
          source: paramSource(spec, param),
          path: [...action.path, 'Parameters', when.param],
          target: 'key',
          message: `${spec.type} needs \`${param.name}\` when \`${when.param}\` is ${JSON.stringify(params[when.param])}. ${param.summary}`,
          data: { param: param.name },
        });
      }
    }
  },
};
