import { Severity } from '../diagnostic';
import { replaceValue, valueAt } from '../edits';
import { forEachVerdict } from './actionParams';
import type { Rule } from './rule';
import { describeJsonType } from './text';

export const paramNotString: Rule = {
  id: 'param-not-string',
  defaultSeverity: Severity.Information,
  description: 'A number or boolean parameter is written as a JSON number or boolean. The service accepts it, but exported flows always write these as strings.',
  check({ model, report }) {
    forEachVerdict(model, 'notString', ({ param, spec, value, path }) => {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        // 1e400 and the like: beyond what any number parameter holds, so there is no string to suggest.
        report({ path, target: 'value', message: `\`${param.name}\` in ${spec.type} is a number too large to be read; flows exported by Amazon Connect write numbers as strings, such as "5".` });
        return;
      }
      const asString = typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
      report({
        path,
        target: 'value',
        message: `\`${param.name}\` in ${spec.type} is ${describeJsonType(value)}; flows exported by Amazon Connect write it as a string: "${asString}".`,
        data: { replacement: asString },
      });
    });
  },
  fix({ model, data }) {
    if (typeof data.replacement !== 'string') return [];
    // Whole numbers in plain digits: String() would turn 1e21 (or 1000000000000000000000) into "1e+21".
    const number = valueAt(model.root, data.path);
    const value = typeof number === 'number' && Number.isInteger(number) ? BigInt(number).toString() : data.replacement;
    return [{ title: `Write it as the string "${value}"`, edits: replaceValue(model, data.path, value), preferred: true, safe: true }];
  },
};
