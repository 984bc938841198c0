import { buildModel, diagnosticsOf, type FlowModel, type ValidateOptions } from '../engine';
import { diagnosticChanges } from './diagnostics';
import { designerChanges } from './designer';
import { changedNeighbourhood } from './neighbourhood';
import { matchActions, type Matching } from './match';
import { otherActionKeys, otherTransitionKeys, readSide, type Side, type SideAction } from './side';
import type { ActionChange, ActionFields, Change, FlowChange, FlowDiff, Target } from './types';
import { has, isObject, sameValue, type JsonObject } from './values';

export interface DiffOptions extends ValidateOptions {
  /** Run the checker on both sides and report the diagnostics introduced and fixed (default true). */
  diagnostics?: boolean;
  /** Also return the changed neighbourhood as a graph (`FlowDiff.graph`), for drawing. */
  graph?: boolean;
}

/** The semantic diff of two flow texts; `undefined` stands for a side that does not exist (a flow added or deleted). */
export function diffFlows(oldText: string | undefined, newText: string | undefined, options: DiffOptions = {}): FlowDiff {
  const oldModel = oldText === undefined ? undefined : buildModel(oldText, options);
  const newModel = newText === undefined ? undefined : buildModel(newText, options);
  return diffModels(oldModel, newModel, options);
}

/** The semantic diff of two models (each built with the same flow-type option). Never throws. */
export function diffModels(oldModel: FlowModel | undefined, newModel: FlowModel | undefined, options: DiffOptions = {}): FlowDiff {
  const oldSide = readSide(oldModel);
  const newSide = readSide(newModel);
  const matching = matchActions(oldSide, newSide);
  const changes: Change[] = flowChanges(oldSide, newSide, matching);
  const changed = new Set<string>();
  const removedKeys = new Set(matching.removed.map((a) => a.key));

  for (const n of newSide.actions) {
    const oldKey = matching.newToOld.get(n.key);
    if (oldKey === undefined) {
      changes.push({ kind: 'action-added', ...fields(n) });
      continue;
    }
    const o = oldSide.byKey.get(oldKey)!;
    if (matching.renamed.has(oldKey)) changes.push({ kind: 'action-renamed', ...fields(n), oldId: o.id! });
    const start = changes.length;
    compareAction(o, n, oldSide, newSide, matching, changes);
    if (changes.length > start) changed.add(n.key);
  }
  for (const o of matching.removed) changes.push({ kind: 'action-removed', ...fields(o) });

  // Reachability of the actions both sides have.
  for (const n of newSide.actions) {
    const oldKey = matching.newToOld.get(n.key);
    if (oldKey === undefined || removedKeys.has(oldKey)) continue;
    const was = oldSide.reachable.has(oldKey);
    const is = newSide.reachable.has(n.key);
    if (was && !is) changes.push({ kind: 'became-unreachable', ...fields(n) });
    if (!was && is) changes.push({ kind: 'became-reachable', ...fields(n) });
  }

  // Without a change in behaviour any difference is where a rule chose to report (some follow document order).
  const wantDiagnostics = options.diagnostics !== false && changes.length > 0;
  const result: FlowDiff = {
    behaviourChanged: changes.length > 0,
    changes,
    diagnostics: wantDiagnostics
      ? diagnosticChanges(oldSide, newSide, matching, oldModel ? diagnosticsOf(oldModel, options) : [], newModel ? diagnosticsOf(newModel, options) : [])
      : { introduced: [], fixed: [] },
    designer: designerChanges(oldSide, newSide, matching, changes.length === 0),
    summary: { added: matching.added.length, removed: matching.removed.length, renamed: matching.renamed.size, changed: changed.size },
  };
  if (options.graph) result.graph = changedNeighbourhood(oldSide, newSide, matching, changes);
  return result;
}

function fields(a: SideAction): ActionFields {
  return { id: a.id ?? a.key, name: a.name, actionType: a.entry.type };
}

function target(side: Side, id: string | undefined): Target | undefined {
  if (id === undefined) return undefined;
  return { id, name: side.byKey.get(id)?.name };
}

/** Where an old NextAction now points, with renamed actions followed. */
function mapTarget(targetId: string, oldSide: Side, matching: Matching): string {
  const resolved = oldSide.byKey.get(targetId);
  if (!resolved) return targetId;
  return matching.renamed.get(resolved.key) ?? targetId;
}

function flowChanges(oldSide: Side, newSide: Side, matching: Matching): FlowChange[] {
  const out: FlowChange[] = [];
  const oldRoot = oldSide.model?.rootObject;
  const newRoot = newSide.model?.rootObject;
  if (!oldSide.model || !newSide.model) return out;
  const oldType = metadataType(oldRoot);
  const newType = metadataType(newRoot);
  if (!sameValue(oldType, newType)) out.push({ kind: 'flow-type-changed', old: typeLabel(oldType), new: typeLabel(newType) });
  const oldStart = oldSide.start === undefined ? undefined : mapTarget(oldSide.start, oldSide, matching);
  if (oldStart !== newSide.start) out.push({ kind: 'start-changed', old: target(oldSide, oldSide.start), new: target(newSide, newSide.start) });
  const keys = new Set([...Object.keys(oldRoot ?? {}), ...Object.keys(newRoot ?? {})]);
  for (const key of keys) {
    if (key === 'Actions' || key === 'Metadata' || key === 'StartAction') continue;
    const a = oldRoot && has(oldRoot, key) ? oldRoot[key] : undefined;
    const b = newRoot && has(newRoot, key) ? newRoot[key] : undefined;
    if (!sameValue(a, b)) out.push({ kind: 'flow-property-changed', property: key, old: a, new: b });
  }
  // A StartAction that is not a string (a broken file) on either side: compared as a value.
  const odd = (v: unknown) => v !== undefined && typeof v !== 'string';
  if ((odd(oldRoot?.StartAction) || odd(newRoot?.StartAction)) && !sameValue(oldRoot?.StartAction, newRoot?.StartAction))
    out.push({ kind: 'flow-property-changed', property: 'StartAction', old: oldRoot?.StartAction, new: newRoot?.StartAction });
  return out;
}

function metadataType(root: JsonObject | undefined): unknown {
  const metadata = root?.Metadata;
  return isObject(metadata) && has(metadata, 'type') ? metadata.type : undefined;
}

function typeLabel(value: unknown): string | undefined {
  return value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);
}

function compareAction(o: SideAction, n: SideAction, oldSide: Side, newSide: Side, matching: Matching, out: Change[]): void {
  let f: ActionFields | undefined;
  const push = (change: DistributiveOmit<ActionChange, keyof ActionFields>) => out.push(Object.assign({ kind: change.kind }, (f ??= fields(n)), change) as ActionChange);
  const oo = o.entry.object;
  const no = n.entry.object;
  if (!oo || !no) {
    if (!sameValue(o.entry.value, n.entry.value)) push({ kind: 'property-changed', property: '(action)', old: o.entry.value, new: n.entry.value });
    return;
  }
  if (!sameValue(oo.Type, no.Type)) push({ kind: 'type-changed', old: o.entry.type, new: n.entry.type });
  compareParameters(oo.Parameters, no.Parameters, [], push);

  const oldBranches = new Map(o.branches.map((b) => [b.key, b]));
  const newKeys = new Set(n.branches.map((b) => b.key));
  for (const b of n.branches) {
    const ob = oldBranches.get(b.key);
    if (!ob) push({ kind: 'transition-added', branch: b.branch, new: target(newSide, b.target)! });
    else if (mapTarget(ob.target, oldSide, matching) !== b.target)
      push({ kind: 'transition-changed', branch: b.branch, old: target(oldSide, ob.target)!, new: target(newSide, b.target)! });
  }
  for (const ob of o.branches) if (!newKeys.has(ob.key)) push({ kind: 'transition-removed', branch: ob.branch, old: target(oldSide, ob.target)! });

  const oldOther = otherTransitionKeys(oo);
  const newOther = otherTransitionKeys(no);
  for (const key of new Set([...Object.keys(oldOther), ...Object.keys(newOther)])) {
    if (!sameValue(oldOther[key], newOther[key])) push({ kind: 'property-changed', property: `Transitions.${key}`, old: oldOther[key], new: newOther[key] });
  }
  for (const key of new Set([...otherActionKeys(oo), ...otherActionKeys(no)])) {
    const a = has(oo, key) ? oo[key] : undefined;
    const b = has(no, key) ? no[key] : undefined;
    if (!sameValue(a, b)) push({ kind: 'property-changed', property: key, old: a, new: b });
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Parameters compared key by key, into nested objects; arrays and other values compared whole. */
function compareParameters(a: unknown, b: unknown, path: string[], push: (change: DistributiveOmit<ActionChange, keyof ActionFields>) => void): void {
  const objA = a === undefined ? {} : a;
  const objB = b === undefined ? {} : b;
  if (!isObject(objA) || !isObject(objB)) {
    if (!sameValue(a, b)) {
      if (path.length === 0) push({ kind: 'property-changed', property: 'Parameters', old: a, new: b });
      else push({ kind: 'parameter-changed', parameter: path.join('.'), path, old: a, new: b });
    }
    return;
  }
  for (const key of Object.keys(objB)) {
    const p = [...path, key];
    if (!has(objA, key)) push({ kind: 'parameter-added', parameter: p.join('.'), path: p, new: objB[key] });
    else if (isObject(objA[key]) && isObject(objB[key])) compareParameters(objA[key], objB[key], p, push);
    else if (!sameValue(objA[key], objB[key])) push({ kind: 'parameter-changed', parameter: p.join('.'), path: p, old: objA[key], new: objB[key] });
  }
  for (const key of Object.keys(objA)) {
    const p = [...path, key];
    if (!has(objB, key)) push({ kind: 'parameter-removed', parameter: p.join('.'), path: p, old: objA[key] });
  }
}
