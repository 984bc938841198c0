import { Severity } from '../diagnostic';
import { forEachVerdict } from './actionParams';
import type { Rule } from './rule';

export const paramSoftMinimum: Rule = {
  id: 'param-soft-minimum',
  defaultSeverity: Severity.Warning,
  description: 'A value below the documented minimum that real console exports nevertheless contain (MaximumConnectionAttempts "0").',
  check({ model, report }) {
    forEachVerdict(model, 'softMinimum', ({ param, spec, path, value }, { number }) => {
      report({
        path,
        target: 'value',
        message: `\`${param.name}\` in ${spec.type} is ${JSON.stringify(value)}: ${param.softMinReason ?? 'below the documented minimum'}. Use "${param.min}" unless you have checked that "${number}" deploys.`,
        data: { nearest: String(param.min) },
      });
    });
  },
};
