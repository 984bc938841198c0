/** The flow as a graph: one node per action, one edge per NextAction. Built by `buildGraph`, drawn by the renderers. */

export interface Point {
  x: number;
  y: number;
}

/** A key parameter as shown on a block: `InitialCallDelay` / `5 s`. */
export interface GraphParam {
  name: string;
  /** Short text for the block (names from the designer's metadata when it has them, long ARNs shortened). */
  value: string;
  /** The value as written, for hovers. */
  full: string;
}

export interface GraphNode {
  /** Unique, renderer-safe key (`a0`, `a1`, … by position in `Actions`): Identifiers can repeat or be missing. */
  key: string;
  /** Position in the `Actions` array. */
  index: number;
  /** The action's Identifier as written (undefined when it has none). */
  id: string | undefined;
  /** The action's Type, or `?` when it has none. */
  type: string;
  /** Friendly name (for console "friendly" Identifiers) or the Identifier shortened. */
  title: string;
  /** True when the title is a friendly name rather than an opaque id. */
  friendly: boolean;
  params: GraphParam[];
  /** The flow's StartAction. */
  start: boolean;
  /** Not reachable from the start (only computed when the start exists; otherwise every node is reachable). */
  unreachable: boolean;
  /** A later action reusing an earlier action's Identifier: arrows to that Identifier go to the first one. */
  duplicate: boolean;
  /** The designer position (`Metadata.ActionMetadata[id].position`), when the file has one. */
  position: Point | undefined;
}

export type EdgeKind = 'next' | 'condition' | 'error';

/**
 * - `ok`: the target is an action of the flow.
 * - `dangling`: the target names no action.
 * - `unconnected`: `""` or `"$end"`, which saved (unpublished) exports write for branches not wired yet.
 */
export type EdgeState = 'ok' | 'dangling' | 'unconnected';

export interface GraphEdge {
  /** Key of the source node. */
  from: string;
  /** Key of the target node; undefined unless `state` is `ok`. */
  to: string | undefined;
  /** The NextAction text as written. */
  target: string;
  kind: EdgeKind;
  /** Condition: the operator and operand (`= Yes`, `> 5`); error: the ErrorType; next: none. */
  label: string | undefined;
  /** Index in Conditions or Errors (0 for `next`). */
  index: number;
  state: EdgeState;
}

export interface FlowGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The StartAction as written (undefined when missing or not a string). */
  startTarget: string | undefined;
  /** Key of the start node, when StartAction names an action. */
  startKey: string | undefined;
  /** `Metadata.entryPointPosition`, when present. */
  entryPosition: Point | undefined;
  /** The flow name from `Metadata.name`, when present. */
  name: string | undefined;
}
