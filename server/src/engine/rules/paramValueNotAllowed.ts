import { Severity } from '../diagnostic';
import { forEachVerdict, describeAllowed } from './actionParams';
import type { Rule } from './rule';
import { didYouMean, quote } from './text';

export const paramValueNotAllowed: Rule = {
  id: 'param-value-not-allowed',
  defaultSeverity: Severity.Error,
  description: 'A parameter with a closed set of values has a value outside that set.',
  check({ model, report }) {
    forEachVerdict(model, 'notAllowed', ({ param, spec, value, path }) => {
      const candidates = param.kind === 'boolean' ? ['True', 'False'] : (param.values ?? []);
      const suggestion = didYouMean(String(value), candidates);
      report({
        path,
        target: 'value',
        message: `\`${param.name}\` in ${spec.type} cannot be ${quote(value)}; allowed: ${describeAllowed(param)}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        data: suggestion ? { replacement: suggestion } : undefined,
      });
    });
  },
};
