import { Severity } from '../diagnostic';
import { freshId, replaceValue } from '../edits';
import type { Rule } from './rule';
import { quote, shorten } from './text';

export const duplicateIdentifier: Rule = {
  id: 'duplicate-identifier',
  defaultSeverity: Severity.Error,
  description: 'Two actions share an Identifier; transitions could not tell them apart.',
  check({ model, report }) {
    for (const action of model.actions) {
      if (action.id === undefined) continue;
      const first = model.byId.get(action.id);
      if (!first || first === action) continue;
      report({
        path: [...action.path, 'Identifier'],
        target: 'value',
        message: `Identifier ${quote(action.id)} is already used by action ${first.index + 1} (${first.type === undefined ? 'no Type' : shorten(first.type)}); each action needs its own.`,
        related: [{ path: [...first.path, 'Identifier'], target: 'value', message: 'First use of this Identifier.' }],
      });
    }
  },
  fix({ model, data }) {
    const id = freshId();
    // Transitions keep going to the first action with the old Identifier, as they do now.
    return [{ title: `Give this action a new Identifier ("${id}")`, edits: replaceValue(model, data.path, id) }];
  },
};
