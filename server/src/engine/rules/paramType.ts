import { paramSource } from '../catalog';
import { Severity } from '../diagnostic';
import { forEachVerdict, describeAllowed } from './actionParams';
import type { Rule } from './rule';
import { describeJsonType } from './text';

export const paramType: Rule = {
  id: 'param-type',
  defaultSeverity: Severity.Error,
  description: 'A parameter value has the wrong JSON type (for example a number where a queue id string is expected).',
  check({ model, report }) {
    forEachVerdict(model, 'type', ({ param, spec, value, path }, verdict) => {
      const hint = param.kind === 'string' ? ' (an id or ARN, or one JSONPath reference)' : param.kind === 'integer' || param.kind === 'boolean' ? `: ${describeAllowed(param)} in quotes` : '';
      report({ source: paramSource(spec, param), path, target: 'value', message: `\`${param.name}\` in ${spec.type} must be ${verdict.expected}${hint}; found ${describeJsonType(value)}.` });
    });
  },
};
