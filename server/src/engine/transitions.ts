import { isObject, type ActionEntry, type FlowModel } from './model';
import type { JsonPath } from './text/spanIndex';

export interface TransitionRef {
  from: ActionEntry;
  /** Path of the `NextAction` string. */
  path: JsonPath;
  target: string;
  via: 'next' | 'error' | 'condition';
  /** ErrorType for error branches; the first operand for condition branches. */
  label?: string;
}

const cache = new WeakMap<FlowModel, TransitionRef[]>();

/** Every NextAction in the flow, in document order. Computed once per model. */
export function transitions(model: FlowModel): TransitionRef[] {
  let refs = cache.get(model);
  if (refs) return refs;
  refs = [];
  for (const action of model.actions) {
    const t = action.object?.Transitions;
    if (!isObject(t)) continue;
    const base = [...action.path, 'Transitions'];
    if (typeof t.NextAction === 'string') refs.push({ from: action, path: [...base, 'NextAction'], target: t.NextAction, via: 'next' });
    for (const [listKey, via] of [['Errors', 'error'], ['Conditions', 'condition']] as const) {
      const list = t[listKey];
      if (!Array.isArray(list)) continue;
      list.forEach((entry, i) => {
        if (!isObject(entry) || typeof entry.NextAction !== 'string') return;
        let label: string | undefined;
        if (via === 'error' && typeof entry.ErrorType === 'string') label = entry.ErrorType;
        if (via === 'condition' && isObject(entry.Condition) && Array.isArray(entry.Condition.Operands)) label = String(entry.Condition.Operands[0] ?? '');
        refs!.push({ from: action, path: [...base, listKey, i, 'NextAction'], target: entry.NextAction, via, label });
      });
    }
  }
  cache.set(model, refs);
  return refs;
}

/** Targets that saved (unpublished) console exports write for branches that are not connected yet. */
export function isUnconnected(target: string): boolean {
  return target === '' || target === '$end';
}
