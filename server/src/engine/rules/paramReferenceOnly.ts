import { paramSource } from '../catalog';
import { Severity } from '../diagnostic';
import { forEachVerdict } from './actionParams';
import type { Rule } from './rule';
import { quote } from './text';

export const paramReferenceOnly: Rule = {
  id: 'param-reference-only',
  defaultSeverity: Severity.Error,
  description: 'A parameter that must be one JSONPath reference is written as a literal or as mixed text.',
  check({ model, report }) {
    forEachVerdict(model, 'referenceOnly', ({ param, spec, value, path }) => {
      report({
        source: paramSource(spec, param),
        path,
        target: 'value',
        message: `\`${param.name}\` in ${spec.type} must be exactly one JSONPath reference such as "$.StoredCustomerInput" or "$.Attributes.callbackNumber"; ${quote(value)} is not.`,
      });
    });
  },
};
