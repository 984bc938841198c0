import { Severity } from '../diagnostic';
import type { Rule } from './rule';
import { describeJsonType } from './text';

export const actionType: Rule = {
  id: 'action-type',
  defaultSeverity: Severity.Error,
  description: 'Every action needs a Type naming what it does (a string such as "CreateCallbackContact").',
  check({ model, report }) {
    for (const action of model.actions) {
      const object = action.object;
      if (!object) continue;
      if (!('Type' in object)) {
        const onId = 'Identifier' in object;
        report({ path: onId ? [...action.path, 'Identifier'] : action.path, target: onId ? 'key' : 'open', message: 'This action has no `Type`: add one, for example "Type": "MessageParticipant".' });
      } else if (typeof object.Type !== 'string' || object.Type === '') {
        report({ path: [...action.path, 'Type'], target: 'value', message: `\`Type\` must be the name of an action type; found ${object.Type === '' ? 'an empty string' : describeJsonType(object.Type)}.` });
      }
    }
  },
};
