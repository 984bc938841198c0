import { Severity } from '../diagnostic';
import { appendTo, setProperty, valueAt } from '../edits';
import { isObject, type FlowModel } from '../model';
import { isUnconnected } from '../transitions';
import { knownActions } from './actionParams';
import type { Fix, Rule } from './rule';
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
    const actionPath = data.path.slice(0, 2);
    const transitions = valueAt(model.root, [...actionPath, 'Transitions']);
    if (!isObject(transitions)) return [];
    const errorsPath = [...actionPath, 'Transitions', 'Errors'];
    const add = (target: string) => {
      const branch = { NextAction: target, ErrorType: 'NoMatchingError' };
      if (Array.isArray(transitions.Errors)) return appendTo(model, errorsPath, branch);
      return 'Errors' in transitions ? [] : setProperty(model, errorsPath, [branch], { after: 'NextAction' });
    };
    const next = typeof data.next === 'string' ? data.next : undefined;
    const self = valueAt(model.root, [...actionPath, 'Identifier']);
    const handler = errorHandler(model);
    const fixes: Fix[] = [];
    // The flow's own error handler is where its author sends failures: safe to apply unasked, unless it is also
    // where this action's success goes (a failure must never look like a success).
    if (handler !== undefined && handler !== self) {
      fixes.push({ title: `Add a \`NoMatchingError\` branch to the flow's error handler, ${targetLabel(model, handler)}`, edits: add(handler), preferred: true, safe: handler !== next });
    }
    // A failure sent where success goes carries on as if nothing failed: only when the user picks it.
    // A branch to a target that does not exist would only trade this warning for an error.
    if (next !== undefined && next !== handler && (model.byId.has(next) || isUnconnected(next))) {
      fixes.push({ title: `Add a \`NoMatchingError\` branch to ${model.byId.has(next) ? targetLabel(model, next) : `"${next}"`}`, edits: add(next), preferred: fixes.length === 0, safe: false });
    }
    return fixes;
  },
};

const handlerCache = new WeakMap<FlowModel, string | null>();

/**
 * The flow's error handler, when it clearly has one: the action that most `NoMatchingError` branches of the flow go
 * to, used by at least two of them and by more than half. Undefined otherwise.
 */
export function errorHandler(model: FlowModel): string | undefined {
  const cached = handlerCache.get(model);
  if (cached !== undefined) return cached ?? undefined;
  const counts = new Map<string, number>();
  let total = 0;
  for (const action of model.actions) {
    const t = action.object?.Transitions;
    const errors = isObject(t) ? t.Errors : undefined;
    if (!Array.isArray(errors)) continue;
    for (const e of errors) {
      if (!isObject(e) || e.ErrorType !== 'NoMatchingError' || typeof e.NextAction !== 'string') continue;
      total++;
      counts.set(e.NextAction, (counts.get(e.NextAction) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [target, n] of counts) if (n > bestCount) [best, bestCount] = [target, n];
  const clear = best !== undefined && bestCount >= 2 && bestCount * 2 > total && model.byId.has(best) ? best : undefined;
  handlerCache.set(model, clear ?? null);
  return clear;
}
