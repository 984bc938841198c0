import type { FlowModel } from '../model';
import { transitions } from '../transitions';

/**
 * The flow as a directed graph over action indexes, in compressed form: the successors of action `i` are
 * `targets[offsets[i] .. offsets[i + 1])`. Dangling and unconnected targets are left out. Two typed arrays per model,
 * nothing per action.
 */
export interface ActionGraph {
  size: number;
  offsets: Int32Array;
  targets: Int32Array;
}

const cache = new WeakMap<FlowModel, ActionGraph>();

export function flowGraph(model: FlowModel): ActionGraph {
  let graph = cache.get(model);
  if (graph) return graph;
  const refs = transitions(model);
  const size = model.actions.length;
  const offsets = new Int32Array(size + 1);
  const resolved = new Int32Array(refs.length);
  let edges = 0;
  for (let r = 0; r < refs.length; r++) {
    const target = model.byId.get(refs[r].target);
    resolved[r] = target ? target.index : -1;
    if (target) {
      offsets[refs[r].from.index + 1]++;
      edges++;
    }
  }
  for (let i = 0; i < size; i++) offsets[i + 1] += offsets[i];
  const targets = new Int32Array(edges);
  const fill = offsets.slice(0, size);
  for (let r = 0; r < refs.length; r++) if (resolved[r] >= 0) targets[fill[refs[r].from.index]++] = resolved[r];
  graph = { size, offsets, targets };
  cache.set(model, graph);
  return graph;
}
