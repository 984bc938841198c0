import { Severity } from '../diagnostic';
import { replaceValue } from '../edits';
import { forEachVerdict } from './actionParams';
import type { Rule } from './rule';
import { quote } from './text';

export const paramSoftMinimum: Rule = {
  id: 'param-soft-minimum',
  defaultSeverity: Severity.Warning,
  description: 'A value below the documented minimum that real console exports nevertheless contain (MaximumConnectionAttempts "0").',
  check({ model, report }) {
    forEachVerdict(model, 'softMinimum', ({ param, spec, path, value }, { number }) => {
      report({
        path,
        target: 'value',
        message: `\`${param.name}\` in ${spec.type} is ${quote(value)}: ${param.softMinReason ?? 'below the documented minimum'}. Use "${param.min}" unless you have checked that "${number}" deploys.`,
        data: { nearest: String(param.min) },
      });
    });
  },
  fix({ model, data }) {
    if (typeof data.nearest !== 'string') return [];
    return [{ title: `Change it to "${data.nearest}"`, edits: replaceValue(model, data.path, data.nearest), preferred: true }];
  },
};
