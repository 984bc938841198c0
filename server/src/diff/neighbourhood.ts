import type { Matching } from './match';
import type { Side, SideAction } from './side';
import type { Branch, Change, DiffGraph, DiffGraphEdge, DiffGraphNode } from './types';

/** At most this many blocks in the picture: context blocks go first, then the graph is left out. */
export const MAX_GRAPH_NODES = 60;

export function branchLabel(branch: Branch): string {
  return branch.via === 'next' ? '' : branch.via === 'error' ? branch.errorType : branch.text;
}

/** The changed, added and removed actions with their direct neighbours on either side, and the arrows between them. */
export function changedNeighbourhood(oldSide: Side, newSide: Side, matching: Matching, changes: Change[]): DiffGraph {
  const newKeyOfId = (id: string) => newSide.byKey.get(id)?.key;
  const state = new Map<string, DiffGraphNode['state']>();
  for (const c of changes) {
    if (!('id' in c)) continue;
    if (c.kind === 'action-removed') state.set(`o:${oldSide.byKey.get(c.id)?.key ?? c.id}`, 'removed');
    else {
      const key = newKeyOfId(c.id);
      if (key !== undefined) state.set(`n:${key}`, c.kind === 'action-added' ? 'added' : (state.get(`n:${key}`) === 'added' ? 'added' : 'changed'));
    }
  }
  for (const c of changes) {
    if (c.kind !== 'start-changed') continue;
    for (const t of [c.new]) {
      const key = t && newKeyOfId(t.id);
      if (key !== undefined && !state.has(`n:${key}`)) state.set(`n:${key}`, 'changed');
    }
  }
  const oldNode = (a: SideAction) => {
    const mapped = matching.oldToNew.get(a.key);
    return mapped !== undefined ? `n:${mapped}` : `o:${a.key}`;
  };

  // Every arrow of both versions, in node keys.
  const edges: DiffGraphEdge[] = [];
  for (const a of newSide.actions) {
    const oldKey = matching.newToOld.get(a.key);
    const old = oldKey === undefined ? undefined : oldSide.byKey.get(oldKey);
    for (const b of a.branches) {
      const to = newSide.byKey.get(b.target);
      if (!to) continue;
      const ob = old?.branches.find((x) => x.key === b.key);
      const oldTo = ob && oldSide.byKey.get(ob.target);
      const same = oldTo !== undefined && oldNode(oldTo) === `n:${to.key}`;
      edges.push({ from: `n:${a.key}`, to: `n:${to.key}`, label: branchLabel(b.branch), via: b.branch.via, state: same ? 'same' : 'added' });
    }
  }
  for (const a of oldSide.actions) {
    const from = oldNode(a);
    const now = from.startsWith('n:') ? newSide.byKey.get(from.slice(2)) : undefined;
    for (const b of a.branches) {
      const to = oldSide.byKey.get(b.target);
      if (!to) continue;
      const nb = now?.branches.find((x) => x.key === b.key);
      const newTo = nb && newSide.byKey.get(nb.target);
      if (newTo && `n:${newTo.key}` === oldNode(to)) continue;
      edges.push({ from, to: oldNode(to), label: branchLabel(b.branch), via: b.branch.via, state: 'removed' });
    }
  }

  // The changed actions, their neighbours, then the arrows between the chosen ones.
  const changed = [...state.keys()];
  const context = new Set<string>();
  const touched = new Set(changed);
  for (const e of edges) {
    if (touched.has(e.from) && !touched.has(e.to)) context.add(e.to);
    if (touched.has(e.to) && !touched.has(e.from)) context.add(e.from);
  }
  let chosen = [...changed, ...context];
  let omitted = 0;
  if (chosen.length > MAX_GRAPH_NODES) {
    omitted = context.size;
    chosen = changed;
  }
  if (chosen.length > MAX_GRAPH_NODES) return { nodes: [], edges: [], omitted: omitted + chosen.length };
  // Document order: the new version's actions, then the removed ones.
  const order = (key: string) => (key.startsWith('n:') ? newSide.byKey.get(key.slice(2))!.entry.index : newSide.actions.length + oldSide.byKey.get(key.slice(2))!.entry.index);
  chosen.sort((a, b) => order(a) - order(b));
  const include = new Set(chosen);
  const newStart = newSide.start === undefined ? undefined : newSide.byKey.get(newSide.start);
  const nodes: DiffGraphNode[] = chosen.map((key) => {
    const a = key.startsWith('n:') ? newSide.byKey.get(key.slice(2))! : oldSide.byKey.get(key.slice(2))!;
    return { key, id: a.id ?? a.key, name: a.name, actionType: a.entry.type, state: state.get(key) ?? 'context', start: newStart !== undefined && key === `n:${newStart.key}` };
  });
  return { nodes, edges: edges.filter((e) => include.has(e.from) && include.has(e.to)), omitted };
}
