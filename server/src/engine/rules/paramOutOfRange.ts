import { paramSource } from '../catalog';
import { Severity } from '../diagnostic';
import { replaceValue } from '../edits';
import { forEachVerdict, describeAllowed } from './actionParams';
import type { Rule } from './rule';

export const paramOutOfRange: Rule = {
  id: 'param-out-of-range',
  defaultSeverity: Severity.Error,
  description: 'A whole-number parameter is outside its allowed range.',
  check({ model, report }) {
    forEachVerdict(model, 'outOfRange', ({ param, spec, path }, { number }) => {
      const below = param.min !== undefined && number < param.min;
      const nearest = below ? param.min! : param.max!;
      const bound = below ? `below the minimum of ${param.min}` : `above the maximum of ${param.max}`;
      report({
        source: paramSource(spec, param),
        path,
        target: 'value',
        message: `\`${param.name}\` in ${spec.type} is ${number}, ${bound}; allowed: ${describeAllowed(param)}.`,
        data: { nearest: String(nearest) },
      });
    });
  },
  fix({ model, data }) {
    if (typeof data.nearest !== 'string') return [];
    return [{ title: `Change it to "${data.nearest}", the nearest allowed value`, edits: replaceValue(model, data.path, data.nearest), preferred: true }];
  },
};
