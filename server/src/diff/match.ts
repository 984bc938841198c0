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
    const oldPreds = predecessors(oldSide);
    const newPreds = predecessors(newSide);
    // Passes until nothing more pairs: a pair accepted in one pass resolves its neighbours' check in the next
    // (chains of renamed actions with look-alike bodies).
    for (let pass = 0; removed.length > 0 && added.length > 0; pass++) {
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
      const accepted = new Map<string, string>();
      for (const g of groups.values()) {
        if (g.new.length === 0) continue;
        const takenNew = new Set<string>();
        for (const o of g.old) {
          for (const n of g.new) {
            if (takenNew.has(n.key)) continue;
            const map = (key: string) => (key === o.key ? n.key : (oldToNew.get(key) ?? provisional.get(key) ?? key));
            if (!sameSuccessors(o, n, map, oldSide) || !samePredecessors(oldPreds.get(o.key), newPreds.get(n.key), map)) continue;
            takenNew.add(n.key);
            accepted.set(o.key, n.key);
            break;
          }
        }
      }
      if (accepted.size === 0) {
        // Stuck on look-alike neighbours that are themselves unpaired: colour refinement over both graphs.
        for (const [o, n] of refinedPairs(oldSide, newSide, removed, added, oldToNew)) accepted.set(o, n);
        const full = (key: string) => oldToNew.get(key) ?? accepted.get(key) ?? key;
        for (const [o, n] of accepted) {
          const ok = sameSuccessors(oldSide.byKey.get(o)!, newSide.byKey.get(n)!, full, oldSide) && samePredecessors(oldPreds.get(o), newPreds.get(n), full);
          if (!ok) accepted.delete(o);
        }
        if (accepted.size === 0) break;
      }
      for (const [o, n] of accepted) {
        renamed.set(o, n);
        oldToNew.set(o, n);
        newToOld.set(n, o);
      }
      removed = removed.filter((a) => !accepted.has(a.key));
      added = added.filter((a) => !newToOld.has(a.key));
      if (pass > 1000) break;
    }
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

/**
 * Pairs of unpaired old and new actions that colour refinement cannot tell apart: each action starts with its body
 * (actions paired already with their new key), then takes in its successors' and predecessors' colours, a few rounds.
 * Old and new actions left with the same colour, as many of each, are candidates (checked again by the caller).
 */
function refinedPairs(oldSide: Side, newSide: Side, removed: SideAction[], added: SideAction[], oldToNew: Map<string, string>): [string, string][] {
  const intern = new Map<string, number>();
  const id = (text: string) => {
    let n = intern.get(text);
    if (n === undefined) intern.set(text, (n = intern.size));
    return n;
  };
  const removedKeys = new Set(removed.map((a) => a.key));
  const addedKeys = new Set(added.map((a) => a.key));
  const init = (side: Side, open: Set<string>, anchor: (key: string) => string | undefined) => {
    const colour = new Map<string, number>();
    for (const a of side.actions) {
      const fixed = anchor(a.key);
      colour.set(a.key, open.has(a.key) ? id(`body:${a.body}`) : id(`anchor:${fixed ?? `gone:${a.key}`}`));
    }
    return colour;
  };
  let oldColour = init(oldSide, removedKeys, (k) => oldToNew.get(k));
  let newColour = init(newSide, addedKeys, (k) => k);
  const preds = (side: Side) => predecessors(side);
  const oldPreds = preds(oldSide);
  const newPreds = preds(newSide);
  const round = (side: Side, colour: Map<string, number>, predList: Map<string, string[]>) => {
    const next = new Map<string, number>();
    for (const a of side.actions) {
      const succ = a.branches.map((b) => {
        const to = side.byKey.get(b.target);
        return to ? colour.get(to.key) : `t:${b.target}`;
      });
      const pred = (predList.get(a.key) ?? []).map((p) => (p === START ? 's' : colour.get(p))).sort();
      next.set(a.key, id(JSON.stringify([colour.get(a.key), succ, pred])));
    }
    return next;
  };
  for (let r = 0; r < 8; r++) {
    oldColour = round(oldSide, oldColour, oldPreds);
    newColour = round(newSide, newColour, newPreds);
  }
  const byColour = new Map<number, { old: string[]; new: string[] }>();
  const at = (c: number) => {
    let g = byColour.get(c);
    if (!g) byColour.set(c, (g = { old: [], new: [] }));
    return g;
  };
  for (const a of removed) at(oldColour.get(a.key)!).old.push(a.key);
  for (const a of added) at(newColour.get(a.key)!).new.push(a.key);
  const out: [string, string][] = [];
  // Equal numbers with one colour: the actions cannot be told apart at all, so any pairing says the same.
  for (const g of byColour.values()) if (g.old.length === g.new.length) g.old.forEach((o, i) => out.push([o, g.new[i]]));
  return out;
}
