import { isObject, type FlowModel, type JsonPath } from '../../engine';
import { designerText, diagnosticsSummary, phrase, summaryText, type Branch, type Change, type FlowDiff } from '../../diff';
import { actionSelection, annotate, buildGraph, layoutGraph, renderSvg, type FlowGraph, type GraphEdge, type GraphNode, type LayoutCache, type ProblemInfo } from '../../graph';

/**
 * The diff for the editor: the current version's graph with the removed actions and arrows of the old version
 * added, every block and arrow marked (`diff-added`, `diff-removed`, `diff-changed`), and the list of changes with
 * the text to select for each. Pure (the diff engine's records drawn by the graph layer, which know nothing of each
 * other); `connectFlow/diffGraph` answers with it.
 */

export type DiffNodeState = 'added' | 'removed' | 'changed';
export type DiffEdgeState = 'added' | 'removed';

export interface PictureSelection {
  start: number;
  end: number;
}

export interface PictureItem {
  state: 'added' | 'removed' | 'changed' | 'flow' | 'diagnostic';
  title: string;
  id?: string;
  key?: string;
  select?: PictureSelection;
  details: { text: string; select?: PictureSelection }[];
}

export interface DiffPicture {
  /** The merged graph: the current version's nodes and edges, then the removed nodes (`r0`, …) and arrows. */
  graph: FlowGraph;
  /** Marked blocks by key; unmarked blocks are unchanged. */
  nodes: Map<string, DiffNodeState>;
  /** Marked arrows; unmarked arrows are in both versions. */
  edges: Map<GraphEdge, DiffEdgeState>;
  svg: string;
  status: string;
  summary: string;
  items: PictureItem[];
}

/**
 * `diff` must be `diffModels(oldModel, newModel)`; `oldModel` undefined when the file is new. Undefined when the
 * current version is not a flow.
 */
export function diffPicture(oldModel: FlowModel | undefined, newModel: FlowModel, diff: FlowDiff, options: { problems?: readonly ProblemInfo[]; cache?: LayoutCache; oldLabel?: string } = {}): DiffPicture | undefined {
  if (newModel.kind !== 'flow') return undefined;
  const current = buildGraph(newModel);
  const old = oldModel?.kind === 'flow' ? buildGraph(oldModel) : undefined;

  const newKeyOfId = firstKeys(current.nodes);
  const renamed = new Map<string, string>();
  const removedIds = new Set<string>();
  for (const c of diff.changes) {
    if (c.kind === 'action-renamed') renamed.set(c.oldId, c.id);
    else if (c.kind === 'action-removed') removedIds.add(c.id);
  }

  // Old blocks in the merged graph: the block they became, or a removed block of their own.
  const merged: FlowGraph = { ...current, nodes: [...current.nodes], edges: [...current.edges] };
  const oldToMerged = new Map<string, string>();
  const removedKeyOfId = new Map<string, string>();
  for (const node of old?.nodes ?? []) {
    const now = node.id === undefined || removedIds.has(node.id) ? undefined : newKeyOfId.get(renamed.get(node.id) ?? node.id);
    if (now !== undefined && !node.duplicate) {
      oldToMerged.set(node.key, now);
      continue;
    }
    const key = `r${merged.nodes.length - current.nodes.length}`;
    const ghost: GraphNode = { ...node, key, index: -1, start: false, unreachable: false, duplicate: false };
    merged.nodes.push(ghost);
    oldToMerged.set(node.key, key);
    if (node.id !== undefined && !removedKeyOfId.has(node.id)) removedKeyOfId.set(node.id, key);
  }

  placeGhosts(merged.nodes.slice(current.nodes.length), current.nodes);

  // Arrows: the same when both versions have one from the same block, on the same branch, to the same block.
  const signature = (e: GraphEdge, from: string, to: string | undefined) => JSON.stringify([from, e.kind, e.label ?? '', to ?? `?${e.target}`]);
  const oldSignatures = new Map<string, number>();
  for (const e of old?.edges ?? []) {
    const sig = signature(e, oldToMerged.get(e.from)!, e.to === undefined ? undefined : oldToMerged.get(e.to));
    oldSignatures.set(sig, (oldSignatures.get(sig) ?? 0) + 1);
  }
  const edges = new Map<GraphEdge, DiffEdgeState>();
  for (const e of current.edges) {
    const sig = signature(e, e.from, e.to);
    const left = oldSignatures.get(sig) ?? 0;
    if (left > 0) oldSignatures.set(sig, left - 1);
    else edges.set(e, 'added');
  }
  for (const e of old?.edges ?? []) {
    const from = oldToMerged.get(e.from)!;
    const to = e.to === undefined ? undefined : oldToMerged.get(e.to);
    const sig = signature(e, from, to);
    const left = oldSignatures.get(sig) ?? 0;
    if (left === 0) continue;
    oldSignatures.set(sig, left - 1);
    const ghost: GraphEdge = { ...e, from, to };
    merged.edges.push(ghost);
    edges.set(ghost, 'removed');
  }

  // Blocks: from the change records (the engine's matching, renames followed).
  const nodes = new Map<string, DiffNodeState>();
  for (const c of diff.changes) {
    const key = blockOf(c, newKeyOfId, removedKeyOfId);
    if (key === undefined) continue;
    const state: DiffNodeState = c.kind === 'action-added' ? 'added' : c.kind === 'action-removed' ? 'removed' : 'changed';
    if (nodes.get(key) === undefined || state !== 'changed') nodes.set(key, state);
  }

  const nodeClasses = new Map<string, string[]>();
  for (const [key, state] of nodes) nodeClasses.set(key, [`diff-${state}`]);
  const edgeClasses = new Map<GraphEdge, string[]>();
  for (const [edge, state] of edges) edgeClasses.set(edge, [`diff-${state}`]);
  const layout = layoutGraph(merged, { cache: options.cache });
  const svg = renderSvg(layout, { annotations: annotate(newModel, options.problems ?? []), nodeClasses, edgeClasses });

  const summary = summaryText(diff);
  const status = [
    `Compared with ${options.oldLabel ?? 'the older version'}${oldModel === undefined ? ' (new file)' : ''}: ${summary}`,
    designerText(diff.designer),
    diagnosticsSummary(diff),
  ]
    .filter((s) => s !== undefined)
    .join(' · ');
  return { graph: merged, nodes, edges, svg, status, summary, items: items(diff, newModel, newKeyOfId, removedKeyOfId) };
}

/** Room a block takes in the designer layout, for keeping removed blocks off the current ones. */
const ROOM = { width: 240, height: 130 };

/**
 * Removed blocks keep their old designer position, moved down while they would cover a current block (a block
 * replaced by another often leaves the new one at the same place). With no positions in the current version the
 * automatic layout places everything, so the old positions are dropped.
 */
function placeGhosts(ghosts: GraphNode[], current: readonly GraphNode[]): void {
  const designer = current.some((n) => n.position);
  const taken = current.flatMap((n) => (n.position ? [n.position] : []));
  for (const ghost of ghosts) {
    if (!designer || !ghost.position) {
      ghost.position = undefined;
      continue;
    }
    const at = { ...ghost.position };
    for (let i = 0; i < 50 && taken.some((p) => Math.abs(p.x - at.x) < ROOM.width && Math.abs(p.y - at.y) < ROOM.height); i++) at.y += ROOM.height;
    ghost.position = at;
    taken.push(at);
  }
}

function firstKeys(nodes: readonly GraphNode[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of nodes) if (n.id !== undefined && !out.has(n.id)) out.set(n.id, n.key);
  return out;
}

function blockOf(c: Change, newKeyOfId: Map<string, string>, removedKeyOfId: Map<string, string>): string | undefined {
  if (c.kind === 'start-changed') return c.new ? newKeyOfId.get(c.new.id) : undefined;
  if (!('id' in c)) return undefined;
  return c.kind === 'action-removed' ? removedKeyOfId.get(c.id) : newKeyOfId.get(c.id);
}

/** The list beside the picture: flow-level changes, then one entry per action, then the diagnostics. */
function items(diff: FlowDiff, model: FlowModel, newKeyOfId: Map<string, string>, removedKeyOfId: Map<string, string>): PictureItem[] {
  const out: PictureItem[] = [];
  const byAction = new Map<string, PictureItem>();
  const span = (path: JsonPath): PictureSelection | undefined => {
    const s = model.spans.get(path);
    return s ? { start: s.valueStart, end: s.valueEnd } : undefined;
  };
  for (const c of diff.changes) {
    if (!('id' in c)) {
      const select = c.kind === 'start-changed' ? span(['StartAction']) : c.kind === 'flow-type-changed' ? span(['Metadata', 'type']) : span([c.property]);
      out.push({ state: 'flow', title: phrase(c).text, select, details: [] });
      continue;
    }
    const removed = c.kind === 'action-removed';
    const groupKey = `${removed ? 'old' : 'new'}:${c.id}`;
    let item = byAction.get(groupKey);
    if (!item) {
      const key = removed ? removedKeyOfId.get(c.id) : newKeyOfId.get(c.id);
      const index = key !== undefined && !removed ? Number(key.slice(1)) : undefined;
      const select = index === undefined ? undefined : actionSelection(model, index);
      item = { state: 'changed', title: c.name, id: c.id, key, select, details: [] };
      byAction.set(groupKey, item);
      out.push(item);
    }
    if (c.kind === 'action-added') item.state = 'added';
    else if (c.kind === 'action-removed') item.state = 'removed';
    else {
      const p = phrase(c);
      const index = item.key !== undefined && !removed ? Number(item.key.slice(1)) : undefined;
      let select: PictureSelection | undefined;
      if (index !== undefined && (c.kind === 'parameter-added' || c.kind === 'parameter-changed')) select = span(['Actions', index, 'Parameters', ...c.path]);
      else if (index !== undefined && c.kind === 'type-changed') select = span(['Actions', index, 'Type']);
      else if (index !== undefined && (c.kind === 'transition-added' || c.kind === 'transition-changed')) {
        const path = branchPath(model, index, c.branch);
        select = path && span(path);
      }
      item.details.push({ text: `${p.sign} ${p.text}`, select });
    }
  }
  const lineSelect = (line: number): PictureSelection | undefined => {
    const start = lineStart(model.text, line);
    if (start === undefined) return undefined;
    const end = model.text.indexOf('\n', start);
    return { start, end: end < 0 ? model.text.length : end };
  };
  for (const d of diff.diagnostics.introduced) out.push({ state: 'diagnostic', title: `introduced ${d.severity} ${d.code} (line ${d.line}): ${d.message}`, select: lineSelect(d.line), details: [] });
  for (const d of diff.diagnostics.fixed) out.push({ state: 'diagnostic', title: `fixed ${d.severity} ${d.code}: ${d.message}`, details: [] });
  return out;
}

/** Offset of the first character of 1-based `line`, or undefined past the end. */
function lineStart(text: string, line: number): number | undefined {
  let offset = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return undefined;
    offset = next + 1;
  }
  return offset;
}

/** Where a branch's NextAction is written in action `index`: `Transitions.NextAction`, or the matching error or condition. */
function branchPath(model: FlowModel, index: number, branch: Branch): JsonPath | undefined {
  if (branch.via === 'next') return ['Actions', index, 'Transitions', 'NextAction'];
  const t = model.actions[index]?.object?.Transitions;
  if (!isObject(t)) return undefined;
  const list = branch.via === 'error' ? t.Errors : t.Conditions;
  if (!Array.isArray(list)) return undefined;
  const at = list.findIndex((entry) => {
    if (!isObject(entry)) return false;
    if (branch.via === 'error') return entry.ErrorType === branch.errorType;
    const c = entry.Condition;
    return isObject(c) && c.Operator === branch.operator && JSON.stringify(c.Operands) === JSON.stringify(branch.operands);
  });
  return at < 0 ? undefined : ['Actions', index, 'Transitions', branch.via === 'error' ? 'Errors' : 'Conditions', at, 'NextAction'];
}
