import { Severity } from '../diagnostic';
import { forEachVerdict } from './actionParams';
import type { Rule } from './rule';

export const paramEmpty: Rule = {
  id: 'param-empty',
  defaultSeverity: Severity.Error,
  description: 'A parameter is present but its value is an empty string.',
  check({ model, report }) {
    forEachVerdict(model, 'empty', ({ param, spec, path }) => {
      const remedy = param.required ? 'give it a value' : 'give it a value or remove the parameter';
      report({ path, target: 'value', message: `\`${param.name}\` in ${spec.type} is empty: ${remedy}. ${param.summary}` });
    });
  },
};
