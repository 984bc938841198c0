import { actionSpec } from '../catalog';
import { Severity } from '../diagnostic';
import type { ActionEntry, FlowModel } from '../model';
import { transitions } from '../transitions';
import type { Rule } from './rule';
import { quote } from './text';

export const cycleWithoutWait: Rule = {
  id: 'cycle-without-wait',
  defaultSeverity: Severity.Information,
  description: 'Actions form a cycle in which nothing waits for the customer or plays audio, so a contact that enters it may spin until a limit stops it.',
  check({ model, report }) {
    for (const cycle of cycles(model)) {
      if (cycle.some((a) => actionSpec(a.type)?.waits || !actionSpec(a.type))) continue;
      const first = cycle.reduce((a, b) => (b.index < a.index ? b : a));
      const others = cycle.filter((a) => a !== first);
      report({
        path: [...first.path, 'Identifier'],
        target: 'value',
        message:
          cycle.length === 1
            ? `${first.type} ${quote(first.id)} leads back to itself without waiting for the customer or playing anything: a contact here may loop without end.`
            : `${first.type} ${quote(first.id)} starts a cycle of ${cycle.length} actions (${cycle.map((a) => a.type).join(' → ')}) in which nothing waits for the customer or plays audio: a contact here may loop without end.`,
        related: others.slice(0, 10).map((a) => ({ path: [...a.path, 'Identifier'], target: 'value' as const, message: `${a.type} in the same cycle.` })),
      });
    }
  },
};

/** Strongly connected components that contain a cycle (size above one, or a self-loop); Tarjan's algorithm, iterative. */
function cycles(model: FlowModel): ActionEntry[][] {
  const edges = new Map<ActionEntry, ActionEntry[]>();
  const selfLoops = new Set<ActionEntry>();
  for (const ref of transitions(model)) {
    const target = model.byId.get(ref.target);
    if (!target) continue;
    if (target === ref.from) selfLoops.add(target);
    const list = edges.get(ref.from);
    if (list) list.push(target);
    else edges.set(ref.from, [target]);
  }
  if (edges.size === 0) return [];
  const index = new Map<ActionEntry, number>();
  const low = new Map<ActionEntry, number>();
  const onStack = new Set<ActionEntry>();
  const stack: ActionEntry[] = [];
  const out: ActionEntry[][] = [];
  let counter = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: Array<[ActionEntry, number]> = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1];
      const [node, i] = frame;
      const next = edges.get(node) ?? [];
      if (i < next.length) {
        frame[1]++;
        const w = next[i];
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) low.set(node, Math.min(low.get(node)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
      }
      if (low.get(node) === index.get(node)) {
        const component: ActionEntry[] = [];
        let w: ActionEntry;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== node);
        if (component.length > 1 || selfLoops.has(node)) out.push(component);
      }
    }
  }
  return out;
}
