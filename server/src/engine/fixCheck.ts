import { Severity, type Diagnostic } from './diagnostic';
import type { FlowModel } from './model';
import type { TextEdit } from './rules/rule';

/**
 * What a quick fix must do before it is offered: applied to the text, it keeps (or makes) the JSON valid, the
 * problem it was offered for is gone, and no new error appears. A fix that fails this is never shown, so the light
 * bulb never promises what the next check would contradict (a rename that moves a value under a parameter it does
 * not suit, a type change that makes the action miss its new required parameters, ...).
 *
 * Diagnostics are matched across the edit one to one, in two ways, and one is enough to count as "the same": by rule
 * and start offset mapped back through the edits, or by rule and message. So a message that names a branch by its new position,
 * or a diagnostic that merely moved, is not mistaken for a new one.
 */

export interface Checked {
  model: FlowModel;
  diagnostics: readonly Diagnostic[];
}

/** Maps an offset in the edited text back to the original text (inside inserted text: the edit's start). */
export function mapBack(offset: number, edits: readonly TextEdit[]): number {
  return backMapper(edits)(offset);
}

/**
 * `mapBack` for many offsets through the same edits: the edits are sorted once and each offset is found by binary
 * search (fix-all checks thousands of diagnostics through thousands of edits).
 */
export function backMapper(edits: readonly TextEdit[]): (offset: number) => number {
  if (edits.length === 0) return (offset) => offset;
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  /** Where each edit's new text starts in the edited text, and the shift of everything before it. */
  const starts = new Float64Array(sorted.length);
  const shifts = new Float64Array(sorted.length);
  let delta = 0;
  sorted.forEach((e, i) => {
    starts[i] = e.offset + delta;
    shifts[i] = delta;
    delta += e.content.length - e.length;
  });
  return (offset) => {
    // The last edit starting at or before `offset`.
    let lo = 0;
    let hi = sorted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return offset;
    const e = sorted[found];
    if (offset < starts[found] + e.content.length) return e.offset;
    return offset - (shifts[found] + e.content.length - e.length);
  };
}

const byMessage = (d: Diagnostic) => `${d.code}\u0000${d.message}`;

/**
 * Errors of `after` that `before` did not have (syntax errors included). Each diagnostic of `before` stands for at
 * most one of `after` (one to one): first by place and message, then by message, then by place. So an added error
 * is new even when an error with the same message exists elsewhere.
 */
export function addedErrors(before: Checked, after: Checked, edits: readonly TextEdit[]): Diagnostic[] {
  /** Diagnostics of `before` by key, with how many of the list were looked at already. */
  type Pool = { items: number[]; next: number };
  const byBoth = new Map<string, Pool>();
  const byPlace = new Map<string, Pool>();
  const byText = new Map<string, Pool>();
  const add = (map: Map<string, Pool>, key: string, i: number) => {
    const pool = map.get(key);
    if (pool) pool.items.push(i);
    else map.set(key, { items: [i], next: 0 });
  };
  const used = new Uint8Array(before.diagnostics.length);
  before.diagnostics.forEach((d, i) => {
    const place = `${d.code}@${before.model.lines.offsetAt(d.range.start)}`;
    add(byBoth, `${place}\u0000${d.message}`, i);
    add(byPlace, place, i);
    add(byText, byMessage(d), i);
  });
  const take = (pool: Pool | undefined): boolean => {
    while (pool && pool.next < pool.items.length) {
      const i = pool.items[pool.next++];
      if (used[i]) continue;
      used[i] = 1;
      return true;
    }
    return false;
  };
  const back = backMapper(edits);
  const errors = after.diagnostics.filter((d) => d.severity === Severity.Error);
  const places = errors.map((d) => `${d.code}@${back(after.model.lines.offsetAt(d.range.start))}`);
  const exact = errors.map((d, i) => take(byBoth.get(`${places[i]}\u0000${d.message}`)));
  const worded = errors.map((d, i) => exact[i] || take(byText.get(byMessage(d))));
  return errors.filter((_, i) => !worded[i] && !take(byPlace.get(places[i])));
}

/**
 * Whether `target` (one of `before`'s diagnostics) is still reported after `edits`: as many diagnostics of its rule
 * at its place as before (whatever their wording: "found 7" turned into "found 8" is not a fix), or as many with its
 * rule and message anywhere.
 */
export function stillReported(target: Diagnostic, before: Checked, after: Checked, edits: readonly TextEdit[]): boolean {
  const where = before.model.lines.offsetAt(target.range.start);
  const at = (side: Checked, through: readonly TextEdit[]) => {
    const back = backMapper(through);
    return side.diagnostics.filter((d) => d.code === target.code && back(side.model.lines.offsetAt(d.range.start)) === where).length;
  };
  if (at(after, edits) >= at(before, [])) return true;
  const same = (d: Diagnostic) => d.code === target.code && d.message === target.message;
  return after.diagnostics.filter(same).length >= before.diagnostics.filter(same).length;
}

/** A fix does what it says: its problem is gone and it brings no new error. */
export function fixHolds(target: Diagnostic | undefined, before: Checked, after: Checked, edits: readonly TextEdit[]): boolean {
  if (target && stillReported(target, before, after, edits)) return false;
  return addedErrors(before, after, edits).length === 0;
}
