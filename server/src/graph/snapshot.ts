import { buildModel, type FlowModel } from '../engine';
import { buildGraph } from './build';
import { layoutGraph, type LayoutCache, type LayoutMode } from './layout';
import { actionAtOffset } from './actionSpans';
import { renderSvg, type NodeAnnotation } from './svg';
import type { FlowGraph } from './types';

/**
 * What the preview shows for one version of a document: the picture, a status line and the blocks' text offsets.
 * Pure: the language server answers `connectFlow/graph` with it from its cached model.
 */

export interface ProblemInfo {
  /** Text offset where the problem starts. */
  offset: number;
  /** LSP severity: 1 error, 2 warning, 3 information, 4 hint. */
  severity: number;
  message: string;
}

export interface Snapshot {
  model: FlowModel;
  graph: FlowGraph;
  svg: string;
  /** One line for the panel's status bar. */
  status: string;
}

const SEVERITY_NAME = ['', 'error', 'warning', 'info', 'hint'];

export function isFlowText(model: FlowModel): boolean {
  return model.kind === 'flow';
}

export function buildSnapshot(text: string, problems: readonly ProblemInfo[], cache?: LayoutCache): Snapshot | undefined {
  return snapshotOfModel(buildModel(text), problems, cache);
}

/** The snapshot of an already built model (the server's cached one), or undefined when it is not a flow. */
export function snapshotOfModel(model: FlowModel, problems: readonly ProblemInfo[], cache?: LayoutCache, mode?: LayoutMode): Snapshot | undefined {
  if (!isFlowText(model)) return undefined;
  const graph = buildGraph(model);
  const layout = layoutGraph(graph, { cache, mode });
  const annotations = annotate(model, problems);
  const svg = renderSvg(layout, { annotations });
  return { model, graph, svg, status: statusLine(graph, layout.mode, annotations, problems.length) };
}

/** Problems grouped by the block they fall in; problems outside every action are only counted. */
export function annotate(model: FlowModel, problems: readonly ProblemInfo[]): Map<string, NodeAnnotation> {
  const byKey = new Map<string, NodeAnnotation>();
  for (const p of problems) {
    const index = actionAtOffset(model, p.offset);
    if (index === undefined) continue;
    const key = `a${index}`;
    const entry = byKey.get(key);
    if (entry) {
      entry.severity = Math.min(entry.severity, p.severity);
      entry.messages.push(p.message);
    } else byKey.set(key, { severity: p.severity, messages: [p.message] });
  }
  for (const entry of byKey.values()) if (entry.messages.length > 8) entry.messages.splice(8, entry.messages.length - 8, `… and ${entry.messages.length - 8} more`);
  return byKey;
}

function statusLine(graph: FlowGraph, mode: string, annotations: Map<string, NodeAnnotation>, problems: number): string {
  const parts = [plural(graph.nodes.length, 'action'), plural(graph.edges.length, 'transition')];
  const unreachable = graph.nodes.filter((n) => n.unreachable).length;
  if (unreachable) parts.push(`${unreachable} unreachable`);
  const dangling = graph.edges.filter((e) => e.state === 'dangling').length;
  if (dangling) parts.push(plural(dangling, 'arrow') + ' to missing actions');
  if (!graph.startKey) parts.push('no valid StartAction');
  const worst = Math.min(...[...annotations.values()].map((a) => a.severity));
  if (annotations.size) parts.push(`${plural(annotations.size, 'block')} with problems (worst: ${SEVERITY_NAME[worst] ?? 'problem'})`);
  else if (problems) parts.push(plural(problems, 'problem') + ' outside the actions');
  parts.push(mode === 'designer' ? 'designer positions' : 'automatic layout');
  return parts.join(' · ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
