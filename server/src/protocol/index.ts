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
  /** How blocks are placed: the designer's positions, or an automatic layout. Default: designer positions when the export has them. */
  layout?: 'designer' | 'auto';
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

/**
 * `connectFlow/diffGraph`: the picture of an open document compared with an older text of it (a git revision the
 * extension read): the current flow with added, removed and changed blocks and rewired arrows marked, and the list
 * of changes. The server computes it with the semantic diff engine.
 */
export const DIFF_GRAPH_REQUEST = 'connectFlow/diffGraph';

export interface DiffGraphParams {
  uri: string;
  /** The older version's text; null when the file did not exist then (every action is added). */
  oldText: string | null;
  /** What the older version is, for the status line (`HEAD`, `HEAD~1`, a commit). */
  oldLabel: string;
  problems?: GraphProblem[];
}

/** A text range of the current version (offsets) to select when a change is clicked. */
export interface DiffSelection {
  start: number;
  end: number;
}

/** One line of the list of changes: a flow-level change, or an action with what happened to it. */
export interface DiffItem {
  /** `added`, `removed` and `changed` are actions; `flow` is a flow-level change; `diagnostic` one introduced or fixed. */
  state: 'added' | 'removed' | 'changed' | 'flow' | 'diagnostic';
  /** The action's name, or the flow-level change written out. */
  title: string;
  /** The action's Identifier (actions only). */
  id?: string;
  /** Key of the block in the SVG (`a3` for an action of the current version, `r0` for a removed one). */
  key?: string;
  /** What to select in the text; absent for what is not in the current version (a removed action). */
  select?: DiffSelection;
  /** The changes of the action, one line each (`~ Text: "Hi" → "Hello"`), each with its own selection when it has one. */
  details: { text: string; select?: DiffSelection }[];
}

export type DiffGraphResult =
  | {
      kind: 'diff';
      version: number;
      svg: string;
      status: string;
      /** One line: `2 actions changed, 1 added` or `no change in behaviour`. */
      summary: string;
      behaviourChanged: boolean;
      items: DiffItem[];
      blocks: GraphBlock[];
    }
  | { kind: 'none'; message: string };

/**
 * `connectFlow/traceGraph`: a test case file run offline against its flow (as `connectFlow/runTest` does), and the
 * path the contact took drawn on that flow's graph: blocks and arrows taken marked `trace-taken`, the others
 * `trace-untaken`, the block where the contact stopped `trace-end`.
 */
export const TRACE_GRAPH_REQUEST = 'connectFlow/traceGraph';

export interface TraceGraphParams {
  /** The test case file (its open text, else the file on disk). */
  uri: string;
  /** What the editor shows for the flow file, so the picture marks the same problems. */
  problems?: GraphProblem[];
  layout?: 'designer' | 'auto';
}

export type TraceGraphResult =
  | {
      kind: 'trace';
      /** The flow file the test ran against (the preview shows it). */
      flowUri: string;
      /** The version of the flow document drawn when it is open in the server; absent when it was read from disk. */
      version?: number;
      svg: string;
      /** The test's name and result, and how much of the flow it took. */
      status: string;
      testStatus: 'passed' | 'failed';
      transitions: number;
      blocks: GraphBlock[];
    }
  /** Not drawn: not a test case, no flow found, a test file with errors. */
  | { kind: 'none'; message: string; flowUri?: string };

/**
 * `connectFlow/simulateGraph`: "Simulate flow". The open flow run from its start with the answers given so far (one
 * per question, in order), up to the next question the simulator has (keys to press, a Lambda's result); the path so
 * far drawn as in `connectFlow/traceGraph`. Stateless: the extension sends the whole list of answers each time.
 */
export const SIMULATE_GRAPH_REQUEST = 'connectFlow/simulateGraph';

/** An answer to a simulation question. */
export type SimulationAnswer =
  | { kind: 'dtmf' | 'text'; value: string }
  /** The customer stays silent (the input times out). */
  | { kind: 'silence' }
  | { kind: 'hangup' }
  /** A mocked result (`value` is what the action branches on). */
  | { kind: 'result'; value: string }
  | { kind: 'error'; errorType: string }
  /** No mock: what the simulator does by itself (its documented default, or it stops and says a mock is needed). */
  | { kind: 'default' };

export interface SimulationQuestion {
  actionId: string;
  actionType: string;
  /** `input`: what the customer does; `mock`: what the resource returns. */
  kind: 'input' | 'mock';
  /** One line: what is asked. */
  prompt: string;
  choices: { label: string; description?: string; answer: SimulationAnswer }[];
  /** A typed value is an answer of this kind (keys for dtmf, words for text, a result value for mocks). */
  typed: 'dtmf' | 'text' | 'result';
}

export interface SimulateGraphParams {
  /** The flow document (open in the editor). */
  uri: string;
  answers: SimulationAnswer[];
  problems?: GraphProblem[];
  layout?: 'designer' | 'auto';
}

export type SimulateGraphResult =
  | {
      kind: 'simulation';
      version: number;
      svg: string;
      /** Where the contact is, or how it ended. */
      status: string;
      transitions: number;
      blocks: GraphBlock[];
      /** The next question; absent when the contact's path is over. */
      question?: SimulationQuestion;
    }
  | { kind: 'none'; message: string };
