import type { Branch, Change, DesignerChanges, FlowDiff, Target } from '../types';
import { valueText } from '../values';

/** Words for the change records, shared by the text and Markdown renderings. */

/** One file's diff as the CLI and the renderers see it. */
export interface FileDiff {
  /** Path on the old side; undefined when the flow is new. */
  oldPath: string | undefined;
  /** Path on the new side; undefined when the flow was deleted. */
  newPath: string | undefined;
  status: 'added' | 'deleted' | 'modified' | 'renamed';
  diff: FlowDiff;
}

export function fileLabel(file: FileDiff): string {
  if (file.oldPath !== undefined && file.newPath !== undefined && file.oldPath !== file.newPath) return `${file.oldPath} → ${file.newPath}`;
  return file.newPath ?? file.oldPath ?? '(flow)';
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function branchText(branch: Branch): string {
  return branch.via === 'next' ? 'NextAction' : branch.via === 'error' ? `error ${branch.errorType}` : `condition ${branch.text}`;
}

export function targetText(target: Target | undefined): string {
  if (!target) return '(none)';
  if (target.name !== undefined) return target.name;
  return target.id === '' ? '(not connected)' : `"${target.id}" (no such action)`;
}

export interface Phrase {
  sign: '+' | '-' | '~' | '!';
  text: string;
}

/** What a record says, without the action's name (action records) or as a whole line (flow records). */
export function phrase(change: Change, max = 60): Phrase {
  const v = (x: unknown) => valueText(x, max);
  switch (change.kind) {
    case 'action-added':
      return { sign: '+', text: 'added' };
    case 'action-removed':
      return { sign: '-', text: 'removed' };
    case 'action-renamed':
      return { sign: '~', text: `renamed from "${change.oldId}" to "${change.id}"` };
    case 'type-changed':
      return { sign: '~', text: `Type: ${change.old ?? '(none)'} → ${change.new ?? '(none)'}` };
    case 'parameter-added':
      return { sign: '+', text: `${change.parameter}: ${v(change.new)}` };
    case 'parameter-removed':
      return { sign: '-', text: `${change.parameter}: ${v(change.old)}` };
    case 'parameter-changed':
      return { sign: '~', text: `${change.parameter}: ${v(change.old)} → ${v(change.new)}` };
    case 'transition-added':
      return { sign: '+', text: `${branchText(change.branch)} → ${targetText(change.new)}` };
    case 'transition-removed':
      return { sign: '-', text: `${branchText(change.branch)} → ${targetText(change.old)}` };
    case 'transition-changed':
      return { sign: '~', text: `${branchText(change.branch)}: ${targetText(change.old)} → ${targetText(change.new)}` };
    case 'property-changed':
      return { sign: '~', text: `${change.property}: ${v(change.old)} → ${v(change.new)}` };
    case 'became-unreachable':
      return { sign: '!', text: 'now unreachable' };
    case 'became-reachable':
      return { sign: '!', text: 'now reachable' };
    case 'start-changed':
      return { sign: '~', text: `Start: ${targetText(change.old)} → ${targetText(change.new)}` };
    case 'flow-type-changed':
      return { sign: '~', text: `Flow type: ${change.old ?? '(none)'} → ${change.new ?? '(none)'}` };
    case 'flow-property-changed':
      return { sign: '~', text: `${change.property}: ${v(change.old)} → ${v(change.new)}` };
  }
}

export interface ActionGroup {
  id: string;
  name: string;
  state: 'added' | 'removed' | 'changed';
  changes: Change[];
}

/** Flow-level records, then one group per action in the order the records come. */
export function groupChanges(diff: FlowDiff): { flow: Change[]; actions: ActionGroup[] } {
  const flow: Change[] = [];
  const groups = new Map<string, ActionGroup>();
  for (const c of diff.changes) {
    if (!('id' in c)) {
      flow.push(c);
      continue;
    }
    const key = `${c.kind === 'action-removed' ? 'old' : 'new'}:${c.id}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { id: c.id, name: c.name, state: 'changed', changes: [] }));
    if (c.kind === 'action-added') g.state = 'added';
    else if (c.kind === 'action-removed') g.state = 'removed';
    else g.changes.push(c);
  }
  return { flow, actions: [...groups.values()] };
}

export function summaryText(diff: FlowDiff): string {
  if (!diff.behaviourChanged) return 'no change in behaviour';
  const s = diff.summary;
  const parts: string[] = [];
  if (s.changed) parts.push(`${plural(s.changed, 'action')} changed`);
  if (s.added) parts.push(`${s.added} added`);
  if (s.removed) parts.push(`${s.removed} removed`);
  if (s.renamed) parts.push(`${s.renamed} renamed`);
  for (const c of diff.changes) {
    if (c.kind === 'start-changed') parts.push('start changed');
    else if (c.kind === 'flow-type-changed') parts.push('flow type changed');
    else if (c.kind === 'flow-property-changed') parts.push(`${c.property} changed`);
  }
  const reach = diff.changes.filter((c) => c.kind === 'became-unreachable').length;
  if (reach) parts.push(`${reach} now unreachable`);
  const back = diff.changes.filter((c) => c.kind === 'became-reachable').length;
  if (back) parts.push(`${back} now reachable`);
  return parts.join(', ');
}

export function diagnosticsSummary(diff: FlowDiff): string | undefined {
  const { introduced, fixed } = diff.diagnostics;
  if (introduced.length === 0 && fixed.length === 0) return undefined;
  return `${plural(introduced.length, 'diagnostic')} introduced, ${fixed.length} fixed`;
}

export function designerText(d: DesignerChanges): string | undefined {
  if (d.count === 0) return undefined;
  const parts: string[] = [];
  if (d.actionMetadata) parts.push(`${plural(d.actionMetadata, 'block')} moved or relabelled`);
  if (d.flowMetadata) parts.push(`${plural(d.flowMetadata, 'flow metadata entry', 'flow metadata entries')} changed`);
  if (d.reordered) parts.push('actions reordered');
  if (d.formatting) parts.push('whitespace or key order');
  return `designer-only changes: ${d.count} (${parts.join(', ')})`;
}
