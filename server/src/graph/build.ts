import { isObject, type FlowModel, type JsonObject, isUnconnected, reachableActions, transitions, operatorSpec } from '../engine';
import { keyParams, titleOf } from './describe';
import type { EdgeState, FlowGraph, GraphEdge, GraphNode, Point } from './types';

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
  // The engine's reachability (the unreachable-action rule's), so the picture and the diagnostics agree.
  const reachable = startKey ? reachableActions(model) : undefined;
  if (reachable) {
    for (const n of nodes) {
      n.start = n.key === startKey;
      n.unreachable = reachable[n.index] !== 1;
    }
  }

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
  // Short forms for the known operators; unknown operators are shown by name.
  const op = operator === undefined ? '' : (operatorSpec(operator)?.short ?? operator);
  return op ? `${op} ${operand ?? ''}`.trimEnd() : (operand ?? '');
}
