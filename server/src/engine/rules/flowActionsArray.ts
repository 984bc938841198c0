import { Severity } from '../diagnostic';
import type { Rule } from './rule';
import { describeJsonType } from './text';

export const flowActionsArray: Rule = {
  id: 'flow-actions-array',
  defaultSeverity: Severity.Error,
  description: 'Actions must be present and be an array of action objects.',
  check({ model, report }) {
    const root = model.rootObject;
    if (!root) return;
    if (!('Actions' in root)) report({ path: [], target: 'open', message: 'The flow has no `Actions` array: add "Actions": [ ... ] with the flow\'s actions.' });
    else if (!Array.isArray(root.Actions)) report({ path: ['Actions'], target: 'value', message: `\`Actions\` must be an array of actions; found ${describeJsonType(root.Actions)}.` });
    else
      model.actions.forEach((action) => {
        if (!action.object) report({ path: action.path, target: 'value', message: `Each entry of \`Actions\` must be an object with \`Identifier\`, \`Type\`, \`Parameters\` and \`Transitions\`; found ${describeJsonType(action.value)}.` });
      });
  },
};
