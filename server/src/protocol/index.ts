/**
 * The custom requests between the extension (client/) and the language server: method names and message shapes
 * only. The one part of server/src the client may import; it imports nothing itself.
 */

/** `connectFlow/graph`: the picture of an open document, drawn by the server from its cached model. */
export const GRAPH_REQUEST = 'connectFlow/graph';

/** A problem the editor shows for the document (from any source), at a text offset of the current version. */
export interface GraphProblem {
  offset: number;
  /** LSP severity: 1 error, 2 warning, 3 information, 4 hint. */
  severity: number;
  message: string;
}

export interface GraphParams {
  uri: string;
  /** What the editor shows, so the picture marks the same problems (ours, the JSON service's, others'). */
  problems: GraphProblem[];
}

/** One block's text: the whole action (`start`..`end`) and what a click selects (`selectStart`..`selectEnd`). */
export interface GraphBlock {
  index: number;
  start: number;
  end: number;
  selectStart: number;
  selectEnd: number;
}

export type GraphResult =
  | {
      kind: 'graph';
      /** The document version drawn. */
      version: number;
      svg: string;
      status: string;
      transitions: number;
      /** Blocks in text order (the client finds the block under the cursor by binary search). */
      blocks: GraphBlock[];
    }
  /** Not drawn: not a flow, excluded by the settings, too large, or not open in the server. */
  | { kind: 'none'; message: string };

/** `connectFlow/isFlow`: whether the server checks this open document as a flow (the editor-title button). */
export const IS_FLOW_REQUEST = 'connectFlow/isFlow';

export interface IsFlowParams {
  uri: string;
}
