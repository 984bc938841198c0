import { Severity } from '../diagnostic';
import { forEachVerdict } from './actionParams';
import type { Rule } from './rule';
import { describeJsonType } from './text';

export const paramNotString: Rule = {
  id: 'param-not-string',
  defaultSeverity: Severity.Warning,
  description: 'A number or boolean parameter is written as a JSON number or boolean; exported flows always write these as strings.',
  check({ model, report }) {
    forEachVerdict(model, 'notString', ({ param, spec, value, path }) => {
      const asString = typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
      report({
        path,
        target: 'value',
        message: `\`${param.name}\` in ${spec.type} is ${describeJsonType(value)}; flows exported by Amazon Connect write it as a string: "${asString}".`,
        data: { replacement: asString },
      });
    });
  },
};
