import { paramSource } from '../catalog';
import { Severity } from '../diagnostic';
import { forEachVerdict } from './actionParams';
import type { Rule } from './rule';
import { quote } from './text';

export const paramMixedReference: Rule = {
  id: 'param-mixed-reference',
  defaultSeverity: Severity.Error,
  description: 'A parameter that takes a literal or one whole JSONPath reference has text mixed with a reference.',
  check({ model, report }) {
    forEachVerdict(model, 'mixedReference', ({ param, spec, value, path }) => {
      report({
        source: paramSource(spec, param),
        path,
        target: 'value',
        message: `\`${param.name}\` in ${spec.type} mixes text with a JSONPath reference (${quote(value)}). Use either a literal value or exactly one reference as the whole value, such as "$.Attributes.${param.name === 'AgentId' ? 'agent' : 'queue'}".`,
      });
    });
  },
};
