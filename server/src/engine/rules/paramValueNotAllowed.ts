import { paramSource } from '../catalog';
import { Severity } from '../diagnostic';
import { replaceValue, valueAt } from '../edits';
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
        source: paramSource(spec, param),
        path,
        target: 'value',
        message: `\`${param.name}\` in ${spec.type} cannot be ${quote(value)}; allowed: ${describeAllowed(param)}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        data: suggestion ? { replacement: suggestion } : undefined,
      });
    });
  },
  fix({ model, data }) {
    const replacement = data.replacement;
    if (typeof replacement !== 'string') return [];
    const current = model.spans.get(data.path) ? valueAt(model.root, data.path) : undefined;
    // Only a difference in letter case is unambiguous enough to apply unasked.
    const safe = typeof current === 'string' && current.toLowerCase() === replacement.toLowerCase();
    return [{ title: `Change it to "${replacement}"`, edits: replaceValue(model, data.path, replacement), preferred: true, safe }];
  },
};
