import { Severity } from '../diagnostic';
import { appendTo, setProperty, valueAt } from '../edits';
import { isObject } from '../model';
import { isUnconnected } from '../transitions';
import { knownActions } from './actionParams';
import type { Rule } from './rule';
import { targetLabel } from '../actionName';

export const missingErrorBranch: Rule = {
  id: 'missing-error-branch',
  defaultSeverity: Severity.Warning,
  description: 'An action that can fail has no NoMatchingError branch, so a failure has nowhere to go.',
  check({ model, report }) {
    for (const { action, spec } of knownActions(model)) {
      if (!spec.expectsNoMatchingError || !action.object) continue;
      const t = action.object.Transitions;
      const errors = isObject(t) ? t.Errors : undefined;
      if (Array.isArray(errors) && errors.some((e) => isObject(e) && e.ErrorType === 'NoMatchingError')) continue;
      const onErrors = Array.isArray(errors);
      report({
        path: onErrors ? [...action.path, 'Transitions', 'Errors'] : isObject(t) ? [...action.path, 'Transitions'] : [...action.path, 'Type'],
        target: onErrors || isObject(t) ? 'key' : 'value',
        message: `${spec.type} has no \`NoMatchingError\` branch: if it fails, the contact has nowhere to go. Add an entry to \`Transitions.Errors\`.`,
        data: { next: isObject(t) && typeof t.NextAction === 'string' ? t.NextAction : undefined },
      });
    }
  },
  fix({ model, data }) {
    const next = data.next;
    // A branch to a target that does not exist would only trade this warning for an error.
    if (typeof next !== 'string' || !(model.byId.has(next) || isUnconnected(next))) return [];
    const actionPath = data.path.slice(0, 2);
    const transitions = valueAt(model.root, [...actionPath, 'Transitions']);
    if (!isObject(transitions)) return [];
    const branch = { NextAction: next, ErrorType: 'NoMatchingError' };
    const errorsPath = [...actionPath, 'Transitions', 'Errors'];
    const edits = Array.isArray(transitions.Errors)
      ? appendTo(model, errorsPath, branch)
      : 'Errors' in transitions
        ? []
        : setProperty(model, errorsPath, [branch], { after: 'NextAction' });
    // Sending a failure where success goes is what the console does for an unconnected error branch.
    return [{ title: `Add a \`NoMatchingError\` branch to ${model.byId.has(next) ? targetLabel(model, next) : `"${next}"`}`, edits, preferred: true, safe: model.byId.has(next) }];
  },
};
