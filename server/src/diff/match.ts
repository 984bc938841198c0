import type { Side, SideAction } from './side';

/**
 * Pairs the actions of two versions: by key (the Identifier), then, among the actions only one side has, an old and a
 * new action with the same body (type, parameters, branches) and the same neighbours (successors and predecessors,
 * the start counting as one) are the same action renamed.
 */

export interface Matching {
  /** Old action key → new action key, for every paired action (renamed ones included). */
  oldToNew: Map<string, string>;
  newToOld: Map<string, string>;
  /** Old key → new key for the renamed pairs only. */
  renamed: Map<string, string>;
  removed: SideAction[];
  added: SideAction[];
}

const START = '\u0000start';

export function matchActions(oldSide: Side, newSide: Side): Matching {
  const oldToNew = new Map<string, string>();
  const newToOld = new Map<string, string>();
  for (const a of newSide.actions) {
    if (oldSide.byKey.has(a.key)) {
      oldToNew.set(a.key, a.key);
      newToOld.set(a.key, a.key);
    }
  }
  let removed = oldSide.actions.filter((a) => !oldToNew.has(a.key) && a.id !== undefined);
  let added = newSide.actions.filter((a) => !newToOld.has(a.key) && a.id !== undefined);
  const renamed = new Map<string, string>();
  if (removed.length > 0 && added.length > 0) {
    // Groups by body; a group with one old and one new action gives a provisional pair used to compare neighbours.
    const groups = new Map<string, { old: SideAction[]; new: SideAction[] }>();
    const group = (body: string) => {
      let g = groups.get(body);
      if (!g) groups.set(body, (g = { old: [], new: [] }));
      return g;
    };
    for (const a of removed) group(a.body).old.push(a);
    for (const a of added) group(a.body).new.push(a);
    const provisional = new Map<string, string>();
    for (const g of groups.values()) if (g.old.length === 1 && g.new.length === 1) provisional.set(g.old[0].key, g.new[0].key);
    const oldPreds = predecessors(oldSide);
    const newPreds = predecessors(newSide);
    for (const g of groups.values()) {
      const takenNew = new Set<string>();
      for (const o of g.old) {
        for (const n of g.new) {
          if (takenNew.has(n.key)) continue;
          const map = (key: string) => (key === o.key ? n.key : (oldToNew.get(key) ?? provisional.get(key) ?? key));
          if (!sameSuccessors(o, n, map, oldSide) || !samePredecessors(oldPreds.get(o.key), newPreds.get(n.key), map)) continue;
          takenNew.add(n.key);
          renamed.set(o.key, n.key);
          break;
        }
      }
    }
    for (const [o, n] of renamed) {
      oldToNew.set(o, n);
      newToOld.set(n, o);
    }
    removed = removed.filter((a) => !renamed.has(a.key));
    added = added.filter((a) => !newToOld.has(a.key));
  }
  // Actions without an Identifier: paired in order (they cannot be told apart otherwise).
  const oldNoId = oldSide.actions.filter((a) => a.id === undefined);
  const newNoId = newSide.actions.filter((a) => a.id === undefined);
  for (let i = 0; i < Math.min(oldNoId.length, newNoId.length); i++) {
    oldToNew.set(oldNoId[i].key, newNoId[i].key);
    newToOld.set(newNoId[i].key, oldNoId[i].key);
  }
  removed.push(...oldNoId.slice(newNoId.length));
  added.push(...newNoId.slice(oldNoId.length));
  removed.sort((a, b) => a.entry.index - b.entry.index);
  added.sort((a, b) => a.entry.index - b.entry.index);
  return { oldToNew, newToOld, renamed, removed, added };
}

function sameSuccessors(o: SideAction, n: SideAction, map: (key: string) => string, oldSide: Side): boolean {
  if (o.branches.length !== n.branches.length) return false;
  for (let i = 0; i < o.branches.length; i++) {
    const target = o.branches[i].target;
    const resolved = oldSide.byKey.get(target);
    if ((resolved ? map(resolved.key) : target) !== n.branches[i].target) return false;
  }
  return true;
}

function samePredecessors(oldList: string[] | undefined, newList: string[] | undefined, map: (key: string) => string): boolean {
  const a = (oldList ?? []).map((k) => (k === START ? k : map(k))).sort();
  const b = [...(newList ?? [])].sort();
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/** Action key → keys of the actions (and the start) whose transitions lead to it, once per transition. */
function predecessors(side: Side): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (to: string, from: string) => {
    const list = out.get(to);
    if (list) list.push(from);
    else out.set(to, [from]);
  };
  const start = side.start === undefined ? undefined : side.byKey.get(side.start);
  if (start) add(start.key, START);
  for (const a of side.actions) {
    for (const b of a.branches) {
      const to = side.byKey.get(b.target);
      if (to) add(to.key, a.key);
    }
  }
  return out;
}
