import { Severity } from '../diagnostic';
import { replaceValue, setProperty } from '../edits';
import { isUnconnected } from '../transitions';
import type { Rule } from './rule';
import { didYouMean, quote, describeJsonType } from './text';
import { targetLabel } from '../actionName';

export const flowStartAction: Rule = {
  id: 'flow-start-action',
  defaultSeverity: Severity.Error,
  description: 'StartAction must be present and name the Identifier of an action in the flow.',
  check({ model, report }) {
    const root = model.rootObject;
    if (!root || !Array.isArray(root.Actions)) return;
    const start = root.StartAction;
    if (!('StartAction' in root)) {
      const first = model.actions[0]?.id;
      report({ path: [], target: 'open', message: `The flow has no \`StartAction\`: add "StartAction" with the Identifier of the first action${first ? ` (for example ${quote(first)})` : ''}.` });
    } else if (typeof start !== 'string') {
      report({ path: ['StartAction'], target: 'value', message: `\`StartAction\` must be a string naming an action's Identifier; found ${describeJsonType(start)}.` });
    } else if (!isUnconnected(start) && !model.byId.has(start)) {
      const suggestion = didYouMean(start, model.byId.keys());
      report({
        path: ['StartAction'],
        target: 'value',
        message: `\`StartAction\` names ${quote(start)}, but no action has that Identifier.${suggestion ? ` Did you mean ${quote(suggestion)}?` : ''}`,
        data: suggestion ? { replacement: suggestion } : undefined,
      });
    }
  },
  fix({ model, data }) {
    if (data.path.length === 0) {
      const first = model.actions.find((a) => a.id !== undefined)?.id;
      if (first === undefined) return [];
      const edits = setProperty(model, ['StartAction'], first, model.rootObject && 'Version' in model.rootObject ? { after: 'Version' } : 'first');
      return [{ title: `Start the flow at ${targetLabel(model, first)}, the first action`, edits, preferred: true }];
    }
    if (typeof data.replacement !== 'string') return [];
    return [{ title: `Start the flow at ${targetLabel(model, data.replacement)}`, edits: replaceValue(model, data.path, data.replacement), preferred: true }];
  },
};
