import { Severity, type Diagnostic } from './diagnostic';
import type { FlowModel } from './model';
import type { TextEdit } from './rules/rule';

/**
 * What a quick fix must do before it is offered: applied to the text, it keeps (or makes) the JSON valid, the
 * problem it was offered for is gone, and no new error appears. A fix that fails this is never shown, so the light
 * bulb never promises what the next check would contradict (a rename that moves a value under a parameter it does
 * not suit, a type change that makes the action miss its new required parameters, ...).
 *
 * Diagnostics are matched across the edit in two ways, and one is enough to count as "the same": by rule and start
 * offset mapped back through the edits, or by rule and message. So a message that names a branch by its new position,
 * or a diagnostic that merely moved, is not mistaken for a new one.
 */

export interface Checked {
  model: FlowModel;
  diagnostics: readonly Diagnostic[];
}

/** Maps an offset in the edited text back to the original text (inside inserted text: the edit's start). */
export function mapBack(offset: number, edits: readonly TextEdit[]): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.offset - b.offset)) {
    const start = e.offset + delta;
    if (offset < start) break;
    if (offset < start + e.content.length) return e.offset;
    delta += e.content.length - e.length;
  }
  return offset - delta;
}

function count<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

const byMessage = (d: Diagnostic) => `${d.code}\u0000${d.message}`;

/** Each diagnostic's rule and start offset, mapped back to the text before `edits`. */
function positions(side: Checked, edits: readonly TextEdit[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of side.diagnostics) count(m, `${d.code}@${mapBack(side.model.lines.offsetAt(d.range.start), edits)}`);
  return m;
}

/** Errors of `after` that `before` did not have (syntax errors included). */
export function addedErrors(before: Checked, after: Checked, edits: readonly TextEdit[]): Diagnostic[] {
  const hadAt = positions(before, []);
  const hadMessages = new Map<string, number>();
  for (const d of before.diagnostics) count(hadMessages, byMessage(d));
  const out: Diagnostic[] = [];
  for (const d of after.diagnostics) {
    if (d.severity !== Severity.Error) continue;
    const at = `${d.code}@${mapBack(after.model.lines.offsetAt(d.range.start), edits)}`;
    const leftAt = hadAt.get(at) ?? 0;
    if (leftAt > 0) {
      hadAt.set(at, leftAt - 1);
      continue;
    }
    const message = byMessage(d);
    const leftMessage = hadMessages.get(message) ?? 0;
    if (leftMessage > 0) {
      hadMessages.set(message, leftMessage - 1);
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * Whether `target` (one of `before`'s diagnostics) is still reported after `edits`: as many diagnostics of its rule
 * at its place as before (whatever their wording: "found 7" turned into "found 8" is not a fix), or as many with its
 * rule and message anywhere.
 */
export function stillReported(target: Diagnostic, before: Checked, after: Checked, edits: readonly TextEdit[]): boolean {
  const where = before.model.lines.offsetAt(target.range.start);
  const at = (side: Checked, through: readonly TextEdit[]) =>
    side.diagnostics.filter((d) => d.code === target.code && mapBack(side.model.lines.offsetAt(d.range.start), through) === where).length;
  if (at(after, edits) >= at(before, [])) return true;
  const same = (d: Diagnostic) => d.code === target.code && d.message === target.message;
  return after.diagnostics.filter(same).length >= before.diagnostics.filter(same).length;
}

/** A fix does what it says: its problem is gone and it brings no new error. */
export function fixHolds(target: Diagnostic | undefined, before: Checked, after: Checked, edits: readonly TextEdit[]): boolean {
  if (target && stillReported(target, before, after, edits)) return false;
  return addedErrors(before, after, edits).length === 0;
}
