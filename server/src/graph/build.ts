import { isObject, type FlowModel, type JsonObject, isUnconnected, transitions } from '../engine';
import { keyParams, titleOf } from './describe';
import type { EdgeState, FlowGraph, GraphEdge, GraphNode, Point } from './types';

/** Short forms of the condition operators for arrow labels; unknown operators are shown by name. */
const OPERATOR_TEXT: Record<string, string> = {
  Equals: '=',
  NumberGreaterThan: '>',
  NumberGreaterOrEqualTo: '>=',
  NumberLessThan: '<',
  NumberLessOrEqualTo: '<=',
  TextContains: 'contains',
  TextStartsWith: 'starts with',
  TextEndsWith: 'ends with',
};

/** The flow as a graph. Never throws: every action becomes a node and every NextAction an edge, whatever their shape. */
export function buildGraph(model: FlowModel): FlowGraph {
  const root = model.rootObject;
  const metadata = isObject(root?.Metadata) ? root.Metadata : undefined;
  const actionMeta = isObject(metadata?.ActionMetadata) ? metadata.ActionMetadata : undefined;
  const startTarget = typeof root?.StartAction === 'string' ? root.StartAction : undefined;

  const nodes: GraphNode[] = model.actions.map((action) => {
    const meta = metaFor(actionMeta, action.id);
    const { title, friendly } = titleOf(action.id, meta);
    return {
      key: `a${action.index}`,
      index: action.index,
      id: action.id,
      type: action.type ?? '?',
      title,
      friendly,
      params: keyParams(action, meta),
      start: false,
      unreachable: false,
      duplicate: action.id !== undefined && model.byId.get(action.id) !== action,
      position: pointOf(meta?.position ?? meta?.Position),
    };
  });

  const keyOf = (target: string): string | undefined => {
    const entry = model.byId.get(target);
    return entry ? `a${entry.index}` : undefined;
  };

  const edges: GraphEdge[] = transitions(model).map((ref) => {
    const to = keyOf(ref.target);
    const state: EdgeState = to ? 'ok' : isUnconnected(ref.target) ? 'unconnected' : 'dangling';
    let label = ref.label;
    if (ref.via === 'condition') label = conditionLabel(ref.from.object, ref.index, ref.label);
    return { from: `a${ref.from.index}`, to, target: ref.target, kind: ref.via, label, index: ref.index, state };
  });

  const startKey = startTarget === undefined ? undefined : keyOf(startTarget);
  if (startKey) markReachable(nodes, edges, startKey);

  return {
    nodes,
    edges,
    startTarget,
    startKey,
    entryPosition: pointOf(metadata?.entryPointPosition ?? metadata?.EntryPointPosition),
    name: typeof metadata?.name === 'string' ? metadata.name : undefined,
  };
}

function metaFor(actionMeta: JsonObject | undefined, id: string | undefined): JsonObject | undefined {
  if (!actionMeta || id === undefined || !Object.prototype.hasOwnProperty.call(actionMeta, id)) return undefined;
  const meta = actionMeta[id];
  return isObject(meta) ? meta : undefined;
}

function pointOf(value: unknown): Point | undefined {
  if (!isObject(value)) return undefined;
  const { x, y } = value;
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined;
}

function conditionLabel(action: JsonObject | undefined, index: number, operand: string | undefined): string {
  const t = action?.Transitions;
  const entry = isObject(t) && Array.isArray(t.Conditions) ? t.Conditions[index] : undefined;
  const condition = isObject(entry) ? entry.Condition : undefined;
  const operator = isObject(condition) && typeof condition.Operator === 'string' ? condition.Operator : undefined;
  const op = operator === undefined ? '' : (OPERATOR_TEXT[operator] ?? operator);
  return op ? `${op} ${operand ?? ''}`.trimEnd() : (operand ?? '');
}

function markReachable(nodes: GraphNode[], edges: GraphEdge[], startKey: string): void {
  const out = new Map<string, string[]>();
  for (const e of edges) {
    if (!e.to) continue;
    const list = out.get(e.from);
    if (list) list.push(e.to);
    else out.set(e.from, [e.to]);
  }
  const seen = new Set([startKey]);
  const queue = [startKey];
  while (queue.length > 0) {
    for (const next of out.get(queue.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  for (const n of nodes) {
    n.start = n.key === startKey;
    n.unreachable = !seen.has(n.key);
  }
}
