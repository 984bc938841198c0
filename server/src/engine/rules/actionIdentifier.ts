import { Severity } from '../diagnostic';
import { freshId, setProperty, valueAt } from '../edits';
import { isObject } from '../model';
import type { Rule } from './rule';
import { describeJsonType, quote } from './text';

const FORBIDDEN_CHARS_ALL = /[%:()\\/=$,;[\]{}]/g;
const FORBIDDEN_NAMES = new Set([
  '__proto__', 'constructor', '__defineGetter__', '__defineSetter__', 'toString', 'hasOwnProperty',
  'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'valueOf',
]);
const MAX_LENGTH = 50;

export const actionIdentifier: Rule = {
  id: 'action-identifier',
  defaultSeverity: Severity.Error,
  description:
    'Every action needs an Identifier: a non-empty string of at most 50 Unicode characters, without % : ( \\ / ) = $ , ; [ ] { }, and not one of the reserved words ' +
    [...FORBIDDEN_NAMES].join(', ') + '. Every problem of an Identifier is reported.',
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
      else {
        // Every problem of the Identifier is reported, not only the first.
        // Length in Unicode characters (code points): the reference allows any Unicode character and counts characters,
        // so an emoji is one character, not the two UTF-16 units JavaScript counts.
        const length = [...id].length;
        if (length > MAX_LENGTH) report({ path, target: 'value', message: `\`Identifier\` is ${length} characters long; the limit is ${MAX_LENGTH}.` });
        if (FORBIDDEN_NAMES.has(id)) report({ path, target: 'value', message: `${quote(id)} is a reserved word and cannot be an Identifier.` });
        const found = [...new Set(id.match(FORBIDDEN_CHARS_ALL) ?? [])];
        if (found.length > 0) {
          const which = found.map((ch) => `"${ch}"`).join(', ');
          report({ path, target: 'value', message: `\`Identifier\` ${quote(id)} contains ${which}; Identifiers cannot contain any of % : ( \\ / ) = $ , ; [ ] { }.` });
        }
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
