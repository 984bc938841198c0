import type { FlowModel } from '../model';
import { flowGraph } from './flowGraph';

const cache = new WeakMap<FlowModel, Uint8Array | null>();

/**
 * For each action index, 1 when a path from `StartAction` (through main, error or condition branches) leads to it.
 * Undefined when there is no usable start (missing, empty in a saved draft, or dangling): then nothing can be said.
 */
export function reachableActions(model: FlowModel): Uint8Array | undefined {
  const cached = cache.get(model);
  if (cached !== undefined) return cached ?? undefined;
  const start = model.rootObject?.StartAction;
  const first = typeof start === 'string' ? model.byId.get(start) : undefined;
  let seen: Uint8Array | null = null;
  if (first) {
    const { size, offsets, targets } = flowGraph(model);
    seen = new Uint8Array(size);
    const stack = new Int32Array(size);
    let top = 0;
    seen[first.index] = 1;
    stack[top++] = first.index;
    while (top > 0) {
      const node = stack[--top];
      for (let e = offsets[node]; e < offsets[node + 1]; e++) {
        const next = targets[e];
        if (seen[next]) continue;
        seen[next] = 1;
        stack[top++] = next;
      }
    }
  }
  cache.set(model, seen);
  return seen ?? undefined;
}
