import { Severity } from '../diagnostic';
import { removeAt, renameKey } from '../edits';
import { paramNames, paramSpec } from '../catalog';
import { judge, knownActionAt, knownActions, nearMissKey } from './actionParams';
import type { Rule } from './rule';
import { codeName, didYouMean, listOf } from './text';

export const paramUnknown: Rule = {
  id: 'param-unknown',
  defaultSeverity: Severity.Warning,
  description: 'A parameter key that the action does not define (often a typo such as QueueID).',
  check({ model, report }) {
    for (const { action, spec, params } of knownActions(model)) {
      if (!params || spec.openParams) continue;
      for (const key in params) {
        if (paramSpec(spec, key)) continue;
        const names = paramNames(spec);
        const suggestion = didYouMean(key, names);
        const alreadySet = suggestion !== undefined && suggestion in params;
        const known = names.length ? `Its parameters are ${listOf(names)}.` : `It takes no parameters.`;
        report({
          path: [...action.path, 'Parameters', key],
          target: 'key',
          message: `${codeName(key)} is not a parameter of ${spec.type}.${suggestion ? ` Did you mean \`${suggestion}\`${alreadySet ? ' (already set in this action)' : ''}?` : ''} ${known}`,
          data: suggestion && !alreadySet ? { rename: suggestion } : { remove: key },
        });
      }
    }
  },
  fix({ model, data }) {
    const key = data.path[data.path.length - 1];
    if (typeof key !== 'string') return [];
    const remove = { title: `Remove \`${key}\``, edits: removeAt(model, data.path) };
    if (typeof data.rename !== 'string') return [{ ...remove, preferred: true }];
    // A key that differs only in letter case (QueueID) is a plain typo, and so is a near miss of a required parameter
    // that is missing (the flow cannot work without it): renaming keeps the author's value, when that value suits
    // the parameter it becomes.
    const action = knownActionAt(model, data.path[1]);
    const target = action ? paramSpec(action.spec, data.rename) : undefined;
    const typo = data.rename.toLowerCase() === key.toLowerCase() || (!!target?.required && !!action && nearMissKey(action.spec, action.params, data.rename) === key);
    const safe = typo && !!target && judge(target, action?.params?.[key]).length === 0;
    return [{ title: `Rename to \`${data.rename}\``, edits: renameKey(model, data.path, data.rename), preferred: true, safe }, remove];
  },
};
