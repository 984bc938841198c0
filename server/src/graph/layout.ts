import dagre from '@dagrejs/dagre';
import { BLOCK_WIDTH, blockContent, clip, type BlockLine, type BranchRow } from './block';
import type { FlowGraph, GraphEdge, GraphNode, Point } from './types';

/**
 * Where everything goes. Two sources:
 * - `designer`: the console's positions from `Metadata.ActionMetadata[id].position`, so the picture matches what
 *   the user sees in the flow designer; actions without a position are put in a row below the rest.
 * - `auto`: a layered left-to-right layout computed by dagre (@dagrejs/dagre) when the file has no positions.
 */
export type LayoutMode = 'auto' | 'designer';

export interface LayoutOptions {
  /** Force one mode; by default the designer positions are used whenever any action has one. */
  mode?: LayoutMode;
  /**
   * Reuse dagre's result while the graph's shape (blocks, their sizes, arrows) is unchanged: the preview passes
   * the same object on every edit, so typing inside a parameter does not lay the whole flow out again.
   */
  cache?: LayoutCache;
}

/** Opaque memo for `LayoutOptions.cache`. */
export interface LayoutCache {
  signature?: string;
  result?: DagreResult;
}

interface DagreResult {
  boxes: Map<string, Point>;
  routes: Map<string, Point[]>;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodeBox extends Box {
  node: GraphNode;
  lines: BlockLine[];
  rows: BranchRow[];
}

/** Where an arrow to a missing or unconnected target ends. */
export interface StubBox extends Box {
  key: string;
  text: string;
  state: 'dangling' | 'unconnected';
}

export interface EdgeRoute {
  edge: GraphEdge;
  /** Key of the node or stub the arrow ends at. */
  toKey: string;
  /** From the branch row's port to the target's left side; more than two points when dagre routed it. */
  points: Point[];
}

export interface GraphLayout {
  mode: LayoutMode;
  nodes: NodeBox[];
  stubs: StubBox[];
  /** In the order of `graph.edges`. */
  edges: EdgeRoute[];
  /** The start marker and its arrow (absent when StartAction names no action). */
  start: { box: Box; points: Point[] } | undefined;
  /** Bounding box of everything, margins included. */
  bounds: Box;
}

const STUB_WIDTH = 160;
const STUB_HEIGHT = 24;
const START_SIZE = { width: 56, height: 26 };
const MARGIN = 20;

export function layoutGraph(graph: FlowGraph, options: LayoutOptions = {}): GraphLayout {
  const mode = options.mode ?? (graph.nodes.some((n) => n.position) ? 'designer' : 'auto');
  const outgoing = new Map<string, GraphEdge[]>(graph.nodes.map((n) => [n.key, []]));
  for (const e of graph.edges) outgoing.get(e.from)?.push(e);
  const nodes: NodeBox[] = graph.nodes.map((node) => {
    const { lines, rows, height } = blockContent(node, outgoing.get(node.key) ?? []);
    return { node, lines, rows, x: 0, y: 0, width: BLOCK_WIDTH, height };
  });
  const stubs: StubBox[] = [];
  const stubOf = new Map<GraphEdge, StubBox>();
  graph.edges.forEach((edge, i) => {
    if (edge.state === 'ok') return;
    const text = edge.state === 'dangling' ? clip(`missing: ${edge.target}`, 26) : 'not connected';
    const stub: StubBox = { key: `s${i}`, text, state: edge.state, x: 0, y: 0, width: STUB_WIDTH, height: STUB_HEIGHT };
    stubs.push(stub);
    stubOf.set(edge, stub);
  });
  const placed = { mode, nodes, stubs, edges: [], start: undefined, bounds: { x: 0, y: 0, width: 0, height: 0 } } as GraphLayout;
  const startPoints = mode === 'designer' ? placeByDesigner(graph, placed, stubOf) : placeByDagre(graph, placed, stubOf, options.cache);
  routeEdges(graph, placed, stubOf, startPoints);
  placed.bounds = boundsOf(placed);
  return placed;
}

/** Positions from the designer; stubs beside the port their arrow leaves from. */
function placeByDesigner(graph: FlowGraph, layout: GraphLayout, stubOf: Map<GraphEdge, StubBox>): Map<string, Point[]> {
  const withPos = layout.nodes.filter((n) => n.node.position);
  let bottom = MARGIN;
  for (const n of withPos) {
    n.x = n.node.position!.x;
    n.y = n.node.position!.y;
    bottom = Math.max(bottom, n.y + n.height);
  }
  let x = withPos.length > 0 ? Math.min(...withPos.map((n) => n.x)) : MARGIN;
  for (const n of layout.nodes) {
    if (n.node.position) continue;
    n.x = x;
    n.y = bottom + 60;
    x += n.width + 40;
  }
  for (const n of layout.nodes) {
    for (const row of n.rows) {
      const stub = stubOf.get(row.edge);
      if (!stub) continue;
      stub.x = n.x + n.width + 50;
      stub.y = n.y + row.dy - stub.height / 2;
    }
  }
  const startNode = layout.nodes.find((n) => n.node.key === graph.startKey);
  if (startNode) {
    const at = graph.entryPosition ?? { x: startNode.x - START_SIZE.width - 60, y: startNode.y };
    layout.start = { box: { ...at, ...START_SIZE }, points: [] };
  }
  return new Map();
}

/**
 * dagre's layered layout, left to right; returns dagre's routes by pair of blocks.
 *
 * dagre is given only the arrows that go exactly one step deeper from the start (breadth-first depth): long arrows
 * (every error branch running to one shared handler, loops back to a menu) would each add a dummy node per layer
 * they cross, which made a 250-action flow take most of a minute. Those arrows are still drawn, as curves from
 * their port; the layout of the rest stays a clean left-to-right layering.
 */
function placeByDagre(graph: FlowGraph, layout: GraphLayout, stubOf: Map<GraphEdge, StubBox>, cache: LayoutCache | undefined): Map<string, Point[]> {
  const depth = depths(graph, stubOf);
  const pairs = new Map<string, { from: string; to: string; weight: number }>();
  for (const edge of graph.edges) {
    const to = edge.to ?? stubOf.get(edge)!.key;
    if (depth.get(to) !== depth.get(edge.from)! + 1) continue;
    const id = `${edge.from}>${to}`;
    const pair = pairs.get(id);
    if (pair) pair.weight++;
    else pairs.set(id, { from: edge.from, to, weight: 1 });
  }
  const boxes: { key: string; box: Box }[] = [
    ...layout.nodes.map((n) => ({ key: n.node.key, box: n as Box })),
    ...layout.stubs.map((s) => ({ key: s.key, box: s as Box })),
  ];
  const startBox = graph.startKey ? { x: 0, y: 0, ...START_SIZE } : undefined;
  if (startBox) boxes.push({ key: 'start', box: startBox });
  const signature = `${graph.startKey}|${boxes.map((b) => `${b.key}:${b.box.height}`).join(',')}|${[...pairs.keys()].join(',')}`;
  let result = cache?.signature === signature ? cache.result : undefined;
  if (!result) {
    const g = new dagre.graphlib.Graph({ multigraph: true });
    // The layers are the depths (the start marker before them), so dagre's own ranking, its slowest step, is
    // skipped. dagre works on doubled ranks (a layer for edge labels between two layers of nodes), hence 2×.
    g.setGraph({ rankdir: 'LR', ranker: 'none', nodesep: 28, ranksep: 80, edgesep: 10, marginx: MARGIN, marginy: MARGIN });
    for (const { key, box } of boxes) g.setNode(key, { width: box.width, height: box.height, rank: key === 'start' ? 0 : 2 * (depth.get(key)! + 1) });
    if (graph.startKey) g.setEdge('start', graph.startKey, {}, 'start');
    for (const [id, { from, to, weight }] of pairs) g.setEdge(from, to, { weight }, id);
    dagre.layout(g);
    result = { boxes: new Map(), routes: new Map() };
    for (const { key } of boxes) result.boxes.set(key, { x: g.node(key).x, y: g.node(key).y });
    for (const e of g.edges()) result.routes.set(e.name ?? '', (g.edge(e).points ?? []).map(({ x, y }: Point) => ({ x, y })));
    if (cache) {
      cache.signature = signature;
      cache.result = result;
    }
  }
  for (const { key, box } of boxes) {
    const centre = result.boxes.get(key)!;
    box.x = centre.x - box.width / 2;
    box.y = centre.y - box.height / 2;
  }
  if (startBox) layout.start = { box: startBox, points: [] };
  return result.routes;
}

/** Breadth-first depth of every block and stub: from the start first, then from each block nothing reached yet. */
function depths(graph: FlowGraph, stubOf: Map<GraphEdge, StubBox>): Map<string, number> {
  const out = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const to = edge.to ?? stubOf.get(edge)!.key;
    const list = out.get(edge.from);
    if (list) list.push(to);
    else out.set(edge.from, [to]);
  }
  const depth = new Map<string, number>();
  const roots = graph.startKey ? [graph.startKey, ...graph.nodes.map((n) => n.key)] : graph.nodes.map((n) => n.key);
  for (const root of roots) {
    if (depth.has(root)) continue;
    depth.set(root, 0);
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const key = queue[head];
      for (const next of out.get(key) ?? []) {
        if (depth.has(next)) continue;
        depth.set(next, depth.get(key)! + 1);
        queue.push(next);
      }
    }
  }
  return depth;
}

/**
 * Every arrow starts at its branch row's port (right edge) and ends on the target's left side. With dagre, its
 * bend points in between are kept when they run forward; otherwise a direct curve is drawn.
 */
function routeEdges(graph: FlowGraph, layout: GraphLayout, stubOf: Map<GraphEdge, StubBox>, routes: Map<string, Point[]>): void {
  const byKey = new Map(layout.nodes.map((n) => [n.node.key, n]));
  const ports = new Map<GraphEdge, Point>();
  for (const n of layout.nodes) for (const row of n.rows) ports.set(row.edge, { x: n.x + n.width, y: n.y + row.dy });
  layout.edges = graph.edges.map((edge) => {
    const target: Box & { key?: string } = edge.to ? byKey.get(edge.to)! : stubOf.get(edge)!;
    const toKey = edge.to ?? stubOf.get(edge)!.key;
    const port = ports.get(edge)!;
    const self = edge.to === edge.from;
    const end = self ? { x: target.x + target.width / 2, y: target.y } : { x: target.x, y: target.y + target.height / 2 };
    const bends = (routes.get(`${edge.from}>${toKey}`) ?? []).slice(1, -1).filter((p) => p.x > port.x && p.x < end.x);
    return { edge, toKey, points: [port, ...bends, end] };
  });
  if (layout.start && graph.startKey) {
    const box = layout.start.box;
    const startNode = byKey.get(graph.startKey)!;
    layout.start.points = [
      { x: box.x + box.width, y: box.y + box.height / 2 },
      { x: startNode.x, y: startNode.y + Math.min(startNode.height / 2, 20) },
    ];
  }
}

function boundsOf(layout: GraphLayout): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  const addBox = (b: Box) => {
    add(b.x, b.y);
    add(b.x + b.width, b.y + b.height);
  };
  layout.nodes.forEach(addBox);
  layout.stubs.forEach(addBox);
  if (layout.start) addBox(layout.start.box);
  for (const e of layout.edges) for (const p of e.points) add(p.x, p.y);
  if (minX === Infinity) return { x: 0, y: 0, width: 2 * MARGIN, height: 2 * MARGIN };
  // Room for curves that bulge past their end points (loops back to the left, self-loops).
  const pad = MARGIN + 40;
  return { x: minX - pad, y: minY - pad, width: maxX - minX + 2 * pad, height: maxY - minY + 2 * pad };
}
