import type { ActionEntry, FlowModel } from '../engine';
import { actionName } from './names';
import type { Branch } from './types';
import { canonical, isObject, type JsonObject } from './values';

/** One version of a flow, read for diffing: actions under stable keys, their branches, the start and reachability. */

export interface SideBranch {
  /** Stable within the action: `next`, `error:<ErrorType>`, `condition:<Operator> <operands>` (with `#n` on repeats). */
  key: string;
  branch: Branch;
  target: string;
}

/** Computed on first use: most actions are never named or compared whole. */
export class SideAction {
  private cachedName: string | undefined;
  private cachedBody: string | undefined;
  constructor(
    private readonly model: FlowModel,
    /** The Identifier; `<id>#n` for the n-th repeat of an Identifier; `#no-id#n` for actions without one. */
    readonly key: string,
    readonly entry: ActionEntry,
    readonly branches: SideBranch[],
  ) {}

  get id(): string | undefined {
    return this.entry.id;
  }

  get name(): string {
    return (this.cachedName ??= actionName(this.model, this.entry));
  }

  /** Everything but the Identifier and the transition targets, as a canonical string: equal bodies, same action. */
  get body(): string {
    return (this.cachedBody ??= bodyOf(this.entry, this.branches));
  }
}

export interface Side {
  model: FlowModel | undefined;
  actions: SideAction[];
  byKey: Map<string, SideAction>;
  /** StartAction as written. */
  start: string | undefined;
  /** Keys of the actions reachable from the start. */
  reachable: Set<string>;
}

const OWN_KEYS = new Set(['Identifier', 'Type', 'Parameters', 'Transitions']);

export function readSide(model: FlowModel | undefined): Side {
  const actions: SideAction[] = [];
  const byKey = new Map<string, SideAction>();
  const seen = new Map<string, number>();
  for (const entry of model?.actions ?? []) {
    const base = entry.id ?? '#no-id';
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const key = entry.id !== undefined && n === 0 ? entry.id : `${base}#${n}`;
    const branches = branchesOf(entry.object);
    const action = new SideAction(model!, key, entry, branches);
    actions.push(action);
    byKey.set(key, action);
  }
  const root = model?.rootObject;
  const start = typeof root?.StartAction === 'string' ? root.StartAction : undefined;
  return { model, actions, byKey, start, reachable: reachableFrom(start, byKey) };
}

/** Operands written out for people: strings quoted, others as JSON. */
export function conditionText(operator: string, operands: unknown[]): string {
  return `${operator} ${operands.map((o) => JSON.stringify(o) ?? 'null').join(', ')}`.trimEnd();
}

export function branchesOf(action: JsonObject | undefined): SideBranch[] {
  const out: SideBranch[] = [];
  const t = action?.Transitions;
  if (!isObject(t)) return out;
  const seen = new Map<string, number>();
  const push = (key: string, branch: Branch, target: unknown) => {
    if (typeof target !== 'string') return;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    out.push({ key: n === 0 ? key : `${key}#${n}`, branch, target });
  };
  if (typeof t.NextAction === 'string') push('next', { via: 'next' }, t.NextAction);
  if (Array.isArray(t.Errors)) {
    for (const e of t.Errors) {
      if (!isObject(e)) continue;
      const errorType = typeof e.ErrorType === 'string' ? e.ErrorType : canonical(e.ErrorType);
      push(`error:${errorType}`, { via: 'error', errorType }, e.NextAction);
    }
  }
  if (Array.isArray(t.Conditions)) {
    for (const c of t.Conditions) {
      if (!isObject(c)) continue;
      const condition = isObject(c.Condition) ? c.Condition : {};
      const operator = typeof condition.Operator === 'string' ? condition.Operator : canonical(condition.Operator);
      const operands = Array.isArray(condition.Operands) ? condition.Operands : [];
      const text = conditionText(operator, operands);
      push(`condition:${canonical([operator, operands])}`, { via: 'condition', operator, operands, text }, c.NextAction);
    }
  }
  return out;
}

function bodyOf(entry: ActionEntry, branches: SideBranch[]): string {
  const object = entry.object;
  if (!object) return `value:${canonical(entry.value)}`;
  const rest: JsonObject = {};
  for (const key of Object.keys(object)) if (key !== 'Identifier' && key !== 'Transitions') rest[key] = object[key];
  return `${canonical(rest)}|${branches.map((b) => b.key).join('|')}|${canonical(otherTransitionKeys(object))}`;
}

/** Transitions properties other than NextAction, Errors and Conditions (none in real exports). */
export function otherTransitionKeys(object: JsonObject | undefined): JsonObject {
  const t = object?.Transitions;
  const out: JsonObject = {};
  if (!isObject(t)) return out;
  for (const key of Object.keys(t)) if (key !== 'NextAction' && key !== 'Errors' && key !== 'Conditions') out[key] = t[key];
  return out;
}

/** Action properties other than Identifier, Type, Parameters and Transitions. */
export function otherActionKeys(object: JsonObject | undefined): string[] {
  return object ? Object.keys(object).filter((k) => !OWN_KEYS.has(k)) : [];
}

/** The action a NextAction names: the first with that Identifier. */
export function resolve(side: Side, target: string | undefined): SideAction | undefined {
  return target === undefined ? undefined : side.byKey.get(target);
}

function reachableFrom(start: string | undefined, byKey: Map<string, SideAction>): Set<string> {
  const seen = new Set<string>();
  const first = start === undefined ? undefined : byKey.get(start);
  if (!first) return seen;
  seen.add(first.key);
  const queue = [first];
  while (queue.length > 0) {
    for (const b of queue.pop()!.branches) {
      const next = byKey.get(b.target);
      if (next && !seen.has(next.key)) {
        seen.add(next.key);
        queue.push(next);
      }
    }
  }
  return seen;
}
