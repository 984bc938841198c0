import type { ActionEntry, FlowModel } from '../model';
import { transitions } from '../transitions';

const cache = new WeakMap<FlowModel, Set<ActionEntry> | null>();

/**
 * Actions reachable from `StartAction` through any NextAction (main, error or condition branch).
 * Undefined when there is no usable start (missing, empty in a saved draft, or dangling): then nothing can be said.
 */
export function reachableActions(model: FlowModel): Set<ActionEntry> | undefined {
  const cached = cache.get(model);
  if (cached !== undefined) return cached ?? undefined;
  const start = model.rootObject?.StartAction;
  const first = typeof start === 'string' ? model.byId.get(start) : undefined;
  let result: Set<ActionEntry> | null = null;
  if (first) {
    const out = new Map<ActionEntry, ActionEntry[]>();
    for (const ref of transitions(model)) {
      const target = model.byId.get(ref.target);
      if (!target) continue;
      const list = out.get(ref.from);
      if (list) list.push(target);
      else out.set(ref.from, [target]);
    }
    result = new Set([first]);
    const stack = [first];
    while (stack.length) {
      for (const next of out.get(stack.pop()!) ?? []) {
        if (result.has(next)) continue;
        result.add(next);
        stack.push(next);
      }
    }
  }
  cache.set(model, result);
  return result ?? undefined;
}
