import { paramSource } from '../catalog';
import { Severity } from '../diagnostic';
import { forEachVerdict, describeAllowed } from './actionParams';
import type { Rule } from './rule';
import { quote } from './text';

export const paramStaticOnly: Rule = {
  id: 'param-static-only',
  defaultSeverity: Severity.Error,
  description: 'A parameter that must be defined statically uses a JSONPath reference.',
  check({ model, report }) {
    forEachVerdict(model, 'staticOnly', ({ param, spec, value, path }) => {
      const example = param.default !== undefined ? `, such as "${param.default}"` : '';
      report({
        source: paramSource(spec, param),
        path,
        target: 'value',
        message: `\`${param.name}\` in ${spec.type} must be defined statically: JSONPath (${quote(value)}) is not accepted here. Write it as a literal: ${describeAllowed(param)}${example}.`,
      });
    });
  },
};
