import { Severity } from '../diagnostic';
import { freshId, setProperty, valueAt } from '../edits';
import { isObject } from '../model';
import type { Rule } from './rule';
import { describeJsonType, quote } from './text';

const FORBIDDEN_CHARS = /[%:()\\/=$,;[\]{}]/;
const FORBIDDEN_NAMES = new Set([
  '__proto__', 'constructor', '__defineGetter__', '__defineSetter__', 'toString', 'hasOwnProperty',
  'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'valueOf',
]);
const MAX_LENGTH = 50;

export const actionIdentifier: Rule = {
  id: 'action-identifier',
  defaultSeverity: Severity.Error,
  description: 'Every action needs an Identifier: a non-empty string of at most 50 characters without % : ( \\ / ) = $ , ; [ ] { }.',
  check({ model, report }) {
    for (const action of model.actions) {
      const object = action.object;
      if (!object) continue;
      if (!('Identifier' in object)) {
        report({ path: action.path, target: 'open', message: 'This action has no `Identifier`: give it a unique string (the console uses a UUID).' });
        continue;
      }
      const id = object.Identifier;
      const path = [...action.path, 'Identifier'];
      if (typeof id !== 'string') report({ path, target: 'value', message: `\`Identifier\` must be a string; found ${describeJsonType(id)}.` });
      else if (id.length === 0) report({ path, target: 'value', message: '`Identifier` is empty: give the action a unique name or UUID.' });
      else if (id.length > MAX_LENGTH) report({ path, target: 'value', message: `\`Identifier\` is ${id.length} characters long; the limit is ${MAX_LENGTH}.` });
      else if (FORBIDDEN_NAMES.has(id)) report({ path, target: 'value', message: `${quote(id)} is a reserved word and cannot be an Identifier.` });
      else if (FORBIDDEN_CHARS.test(id)) {
        const ch = FORBIDDEN_CHARS.exec(id)![0];
        report({ path, target: 'value', message: `\`Identifier\` ${quote(id)} contains "${ch}"; Identifiers cannot contain any of % : ( \\ / ) = $ , ; [ ] { }.` });
      }
    }
  },
  fix({ model, data }) {
    const action = valueAt(model.root, data.path);
    // Only the missing Identifier: changing a bad one would cut the transitions that use it (rename does that).
    if (!isObject(action) || 'Identifier' in action || data.path.length !== 2) return [];
    const id = freshId();
    const edits = setProperty(model, [...data.path, 'Identifier'], id, 'Parameters' in action ? { after: 'Parameters' } : 'first');
    return [{ title: `Add an Identifier ("${id}")`, edits, preferred: true }];
  },
};
