import { paramSource } from '../catalog';
import { Severity } from '../diagnostic';
import { forEachVerdict, describeAllowed } from './actionParams';
import type { Rule } from './rule';
import { quote } from './text';

export const paramNotInteger: Rule = {
  id: 'param-not-integer',
  defaultSeverity: Severity.Error,
  description: 'A parameter that takes a whole number has something else (text, a fraction, an empty string).',
  check({ model, report }) {
    forEachVerdict(model, 'notInteger', ({ param, spec, value, path }) => {
      report({ source: paramSource(spec, param), path, target: 'value', message: `\`${param.name}\` in ${spec.type} must be ${describeAllowed(param)}; found ${quote(value)}.` });
    });
  },
};
