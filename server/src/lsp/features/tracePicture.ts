import type { FlowModel } from '../../engine';
import { annotate, buildGraph, layoutGraph, renderSvg, type FlowGraph, type GraphEdge, type LayoutCache, type LayoutMode, type ProblemInfo } from '../../graph';
import type { TraceStep } from '../../simulator';

/**
 * A test run drawn on its flow: the blocks the contact went through and the arrows it followed are marked
 * `trace-taken`, every other block and arrow `trace-untaken` (the preview draws them faded), and the block where the
 * contact stopped `trace-end`. Pure: the simulator's trace and the graph layer's renderer, which know nothing of
 * each other. `connectFlow/traceGraph` answers with it.
 */
export interface TracePicture {
  graph: FlowGraph;
  /** Keys of the blocks the trace went through. */
  takenNodes: Set<string>;
  /** Arrows the trace followed. */
  takenEdges: Set<GraphEdge>;
  /** Key of the block where the contact stopped in this flow, when it did. */
  endKey: string | undefined;
  svg: string;
  /** `5 of 9 actions and 4 of 12 arrows taken`. */
  summary: string;
}

/** Only the steps of `flowKey` count (a trace may go into other flows). */
export function tracePicture(model: FlowModel, trace: readonly TraceStep[], flowKey: string, options: { problems?: readonly ProblemInfo[]; cache?: LayoutCache; mode?: LayoutMode } = {}): TracePicture | undefined {
  if (model.kind !== 'flow') return undefined;
  const graph = buildGraph(model);
  // Arrows to an Identifier go to its first action (as the graph draws them), so a step is placed on that block.
  const keyOfId = new Map<string, string>();
  for (const n of graph.nodes) if (n.id !== undefined && !keyOfId.has(n.id)) keyOfId.set(n.id, n.key);
  const edgeOf = new Map<string, GraphEdge>();
  for (const e of graph.edges) edgeOf.set(`${e.from}\u0000${e.kind}\u0000${e.kind === 'next' ? 0 : e.index}`, e);

  const takenNodes = new Set<string>();
  const takenEdges = new Set<GraphEdge>();
  let endKey: string | undefined;
  let last: TraceStep | undefined;
  for (const step of trace) {
    if (step.flow !== flowKey) continue;
    const key = keyOfId.get(step.actionId);
    if (key === undefined) continue;
    takenNodes.add(key);
    last = step;
    if (!step.branch) continue;
    const edge = edgeOf.get(`${key}\u0000${step.branch.via}\u0000${step.branch.via === 'next' ? 0 : step.branch.index}`);
    if (edge) takenEdges.add(edge);
  }
  if (last && !last.branch) endKey = keyOfId.get(last.actionId);

  const nodeClasses = new Map<string, string[]>();
  for (const n of graph.nodes) nodeClasses.set(n.key, takenNodes.has(n.key) ? (n.key === endKey ? ['trace-taken', 'trace-end'] : ['trace-taken']) : ['trace-untaken']);
  const edgeClasses = new Map<GraphEdge, string[]>();
  for (const e of graph.edges) edgeClasses.set(e, [takenEdges.has(e) ? 'trace-taken' : 'trace-untaken']);
  const layout = layoutGraph(graph, { cache: options.cache, mode: options.mode });
  const svg = renderSvg(layout, { annotations: annotate(model, options.problems ?? []), nodeClasses, edgeClasses });
  const summary = `${takenNodes.size} of ${graph.nodes.length} action${graph.nodes.length === 1 ? '' : 's'} and ${takenEdges.size} of ${graph.edges.length} arrow${graph.edges.length === 1 ? '' : 's'} taken`;
  return { graph, takenNodes, takenEdges, endKey, svg, summary };
}
