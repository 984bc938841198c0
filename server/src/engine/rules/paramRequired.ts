import { Severity } from '../diagnostic';
import { defaultValueOf, renameKey, setProperty, valueAt } from '../edits';
import { actionSpec, type ParamSpec } from '../catalog';
import { isObject } from '../model';
import { knownActions, describeAllowed, judge, nearMissKeys } from './actionParams';
import type { Fix, Rule } from './rule';

export const paramRequired: Rule = {
  id: 'param-required',
  defaultSeverity: Severity.Error,
  description: 'A required parameter of the action is missing.',
  check({ model, report }) {
    for (const { action, spec, params } of knownActions(model)) {
      const missing = spec.params.filter((p) => p.required && !(params && p.name in params));
      if (missing.length === 0) continue;
      const hasParams = action.object && 'Parameters' in action.object;
      for (const param of missing) {
        const what = param.kind === 'integer' ? `: ${describeAllowed(param)}` : '';
        report({
          path: hasParams ? [...action.path, 'Parameters'] : [...action.path, 'Type'],
          target: hasParams ? 'key' : 'value',
          message: `${spec.type} is missing the required parameter \`${param.name}\`${what}. ${param.summary}`,
          data: { param: param.name, value: param.default ?? '' },
        });
      }
    }
  },
  fix({ model, data }) {
    const { param } = data as { param?: unknown };
    if (typeof param !== 'string') return [];
    const actionPath = data.path.slice(0, 2);
    const action = valueAt(model.root, actionPath);
    if (!isObject(action)) return [];
    const params = action.Parameters;
    if ('Parameters' in action && !isObject(params)) return [];
    const spec = actionSpec(action.Type);
    const paramSpec = spec?.params.find((p) => p.name === param);
    if (!spec || !paramSpec) return [];
    const filled = isObject(params) && Object.keys(params).length > 0;
    const missing = spec.params.filter((p) => p.required && !(isObject(params) && p.name in params));
    const add = (list: ParamSpec[]) => {
      if (filled) return list.length === 1 ? setProperty(model, [...actionPath, 'Parameters', list[0].name], defaultValueOf(list[0])) : [];
      // No parameters yet: write the whole object (replacing an empty `{}`).
      return setProperty(model, [...actionPath, 'Parameters'], Object.fromEntries(list.map((p) => [p.name, defaultValueOf(p)])), 'first');
    };
    // A misspelt key holding the author's value (`RetryDelaySecond`): renaming it keeps that value, where adding the
    // parameter with a default would silently replace it. The rename wins; the default is then only offered.
    const nearKeys = nearMissKeys(spec, isObject(params) ? params : undefined, param);
    const near = nearKeys.length === 1 ? nearKeys[0] : undefined;
    const fixes: Fix[] = [];
    if (near !== undefined) {
      const suits = judge(paramSpec, (params as Record<string, unknown>)[near]).length === 0;
      fixes.push({ title: `Rename \`${near}\` to \`${param}\``, edits: renameKey(model, [...actionPath, 'Parameters', near], param), preferred: true, safe: suits });
    }
    // Only a catalogue default is safe to insert unasked; an empty value would just be another error.
    fixes.push({ title: `Add \`${param}\`: ${JSON.stringify(defaultValueOf(paramSpec))}`, edits: add([paramSpec]), preferred: near === undefined, safe: nearKeys.length === 0 && paramSpec.default !== undefined });
    if (missing.length > 1 && !filled) {
      fixes.push({ title: `Add all ${missing.length} required parameters`, edits: add(missing), preferred: false, safe: missing.every((p) => p.default !== undefined) });
    }
    return fixes;
  },
};
