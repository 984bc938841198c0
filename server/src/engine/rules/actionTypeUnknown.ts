import { Severity } from '../diagnostic';
import { actionSpec, knownActionTypes, misnomer } from '../catalog';
import { hasPlaceholder } from '../jsonpath';
import type { Rule } from './rule';
import { didYouMean, quote } from './text';
import { replacementFix } from './replacementFix';

let typeNames: string[] | undefined;

export const actionTypeUnknown: Rule = {
  id: 'action-type-unknown',
  defaultSeverity: Severity.Warning,
  description: 'An action Type that the flow language does not have (a typo, an old designer block name such as PlayPrompt, or an invented name).',
  check({ model, report }) {
    for (const action of model.actions) {
      const type = action.type;
      if (type === undefined || type === '' || actionSpec(type) || hasPlaceholder(type)) continue;
      const path = [...action.path, 'Type'];
      const known = misnomer(type);
      if (known?.kind === 'start') {
        report({
          path,
          target: 'value',
          message: `${quote(type)} is not an action type: the flow language has no start block. \`StartAction\` at the top of the file names the first action; remove this action and point \`StartAction\` (and any transition to it) at its next action.`,
        });
        continue;
      }
      if (known) {
        const use = known.use ? ` Use \`${known.use}\` instead (its parameters differ).` : ' There is no direct replacement.';
        const what =
          known.kind === 'legacy'
            ? 'a block name from the old (pre-2019) designer export format, not a flow-language action type.'
            : 'not a flow-language action type (it reads like a console block name).';
        report({ path, target: 'value', message: `${quote(type)} is ${what}${use}`, data: known.use ? { replacement: known.use } : undefined });
        continue;
      }
      typeNames ??= knownActionTypes();
      const suggestion = didYouMean(type, typeNames);
      report({
        path,
        target: 'value',
        message: `${quote(type)} is not a known action type, so this action is not checked.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        data: suggestion ? { replacement: suggestion } : undefined,
      });
    }
  },
  fix: replacementFix,
};
