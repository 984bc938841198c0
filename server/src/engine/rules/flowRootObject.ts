import { Severity } from '../diagnostic';
import type { Rule } from './rule';
import { describeJsonType } from './text';

export const flowRootObject: Rule = {
  id: 'flow-root-object',
  defaultSeverity: Severity.Error,
  description: 'The top level of a flow file must be a JSON object.',
  check({ model, report }) {
    if (model.root === undefined || model.rootObject) return;
    report({ path: [], target: 'value', message: `A flow must be a JSON object with \`Version\`, \`StartAction\` and \`Actions\`; this file holds ${describeJsonType(model.root)}.` });
  },
};
