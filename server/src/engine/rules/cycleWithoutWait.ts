import { actionSpec } from '../catalog';
import { Severity } from '../diagnostic';
import type { ActionEntry, FlowModel } from '../model';
import { flowGraph } from './flowGraph';
import type { Rule } from './rule';
import { quote } from './text';

export const cycleWithoutWait: Rule = {
  id: 'cycle-without-wait',
  defaultSeverity: Severity.Information,
  description: 'Actions form a cycle that no Loop bounds and in which nothing waits for the customer or plays audio, so a contact that enters it may spin until a limit stops it.',
  check({ model, report }) {
    for (const cycle of busyCycles(model)) {
      const first = cycle.reduce((a, b) => (b.index < a.index ? b : a));
      const others = cycle.filter((a) => a !== first);
      report({
        path: [...first.path, 'Identifier'],
        target: 'value',
        message:
          cycle.length === 1
            ? `${first.type} ${quote(first.id)} leads back to itself without waiting for the customer or playing anything: a contact here may loop without end.`
            : `${first.type} ${quote(first.id)} starts a cycle of ${cycle.length} actions (${members(cycle)}) in which nothing waits for the customer or plays audio: a contact here may loop without end.`,
        related: others.slice(0, 10).map((a) => ({ path: [...a.path, 'Identifier'], target: 'value' as const, message: `${a.type} in the same cycle.` })),
      });
    }
  },
};

/**
 * The action types of a cycle for its message: each one in order for a short cycle; for a long one each type once
 * with its count, at most eight types, so a cycle of hundreds of actions still gets a message of a few lines.
 */
function members(cycle: ActionEntry[]): string {
  const ordered = [...cycle].sort((a, b) => a.index - b.index);
  if (ordered.length <= 8) return ordered.map((a) => a.type).join(', ');
  const counts = new Map<string, number>();
  for (const a of ordered) counts.set(String(a.type), (counts.get(String(a.type)) ?? 0) + 1);
  const listed = [...counts].slice(0, 8).map(([type, n]) => `${n} × ${type}`);
  const rest = counts.size - listed.length;
  return listed.join(', ') + (rest > 0 ? ` and ${rest} more type${rest === 1 ? '' : 's'}` : '');
}

/** A Loop bounds a cycle (at most 100 rounds); waiting actions and unknown ones (which may wait) make it harmless. */
function calm(action: ActionEntry): boolean {
  if (action.type === 'Loop') return true;
  const spec = actionSpec(action.type);
  return !spec || !!spec.waits;
}

/**
 * Cycles made only of busy actions: the strongly connected components (with a cycle in them) of the graph without
 * calm actions. Tarjan's algorithm, iterative, over typed arrays; arrays of entries are built only for cycles found.
 */
function busyCycles(model: FlowModel): ActionEntry[][] {
  const { size, offsets, targets } = flowGraph(model);
  if (targets.length === 0) return [];
  const actions = model.actions;
  // One buffer for the five integer tables, one for the two flags: no allocation per action.
  const ints = new Int32Array(size * 5);
  const order = ints.subarray(0, size).fill(-1);
  const low = ints.subarray(size, size * 2);
  const stack = ints.subarray(size * 2, size * 3);
  const frameNode = ints.subarray(size * 3, size * 4);
  const frameEdge = ints.subarray(size * 4);
  const flags = new Uint8Array(size * 2);
  const skip = flags.subarray(0, size);
  const onStack = flags.subarray(size);
  let busy = false;
  for (let i = 0; i < size; i++) {
    if (calm(actions[i])) skip[i] = 1;
    else busy = true;
  }
  if (!busy) return [];
  let top = 0;
  let counter = 0;
  const out: ActionEntry[][] = [];
  for (let root = 0; root < size; root++) {
    if (skip[root] || order[root] >= 0 || offsets[root] === offsets[root + 1]) continue;
    let depth = 0;
    frameNode[0] = root;
    frameEdge[0] = offsets[root];
    order[root] = low[root] = counter++;
    stack[top++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const node = frameNode[depth];
      const e = frameEdge[depth];
      if (e < offsets[node + 1]) {
        frameEdge[depth]++;
        const w = targets[e];
        if (skip[w]) continue;
        if (order[w] < 0) {
          order[w] = low[w] = counter++;
          stack[top++] = w;
          onStack[w] = 1;
          depth++;
          frameNode[depth] = w;
          frameEdge[depth] = offsets[w];
        } else if (onStack[w] && order[w] < low[node]) low[node] = order[w];
        continue;
      }
      depth--;
      if (depth >= 0) {
        const parent = frameNode[depth];
        if (low[node] < low[parent]) low[parent] = low[node];
      }
      if (low[node] !== order[node]) continue;
      if (stack[top - 1] === node) {
        // A component of one action: a cycle only when it points at itself.
        top--;
        onStack[node] = 0;
        if (hasSelfLoop(node, offsets, targets)) out.push([actions[node]]);
        continue;
      }
      const members: ActionEntry[] = [];
      let w: number;
      do {
        w = stack[--top];
        onStack[w] = 0;
        members.push(actions[w]);
      } while (w !== node);
      out.push(members);
    }
  }
  return out;
}

function hasSelfLoop(node: number, offsets: Int32Array, targets: Int32Array): boolean {
  for (let e = offsets[node]; e < offsets[node + 1]; e++) if (targets[e] === node) return true;
  return false;
}
