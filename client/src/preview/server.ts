import { DIFF_GRAPH_REQUEST, GRAPH_REQUEST, type DiffGraphParams, type DiffGraphResult, IS_FLOW_REQUEST, SIMULATE_GRAPH_REQUEST, type SimulateGraphParams, type SimulateGraphResult, type GraphParams, type GraphResult, type IsFlowParams, TRACE_GRAPH_REQUEST, type TraceGraphParams, type TraceGraphResult } from '../../../server/src/protocol';

/** What the preview asks the language server; undefined when the server is not (yet, or any more) running. */
export interface GraphServer {
  graph(params: GraphParams): Promise<GraphResult | undefined>;
  isFlow(params: IsFlowParams): Promise<boolean>;
  diffGraph(params: DiffGraphParams): Promise<DiffGraphResult | undefined>;
  traceGraph(params: TraceGraphParams): Promise<TraceGraphResult | undefined>;
  simulateGraph(params: SimulateGraphParams): Promise<SimulateGraphResult | undefined>;
}

interface RequestSender {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
}

/** The requests, sent once the client has started; a failed request reads as "nothing to show". */
export function graphServer(client: Promise<RequestSender | undefined>): GraphServer {
  const send = async <R>(method: string, params: unknown): Promise<R | undefined> => {
    try {
      const c = await client;
      return c ? await c.sendRequest<R>(method, params) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    graph: (params) => send<GraphResult>(GRAPH_REQUEST, params),
    diffGraph: (params) => send<DiffGraphResult>(DIFF_GRAPH_REQUEST, params),
    traceGraph: (params) => send<TraceGraphResult>(TRACE_GRAPH_REQUEST, params),
    simulateGraph: (params) => send<SimulateGraphResult>(SIMULATE_GRAPH_REQUEST, params),
    isFlow: async (params) => (await send<boolean>(IS_FLOW_REQUEST, params)) === true,
  };
}
