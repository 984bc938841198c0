import { actionSpec, paramNames, paramSpec, type ActionSpec, type ParamSpec } from '../catalog';
import { didYouMean } from './text';
import { hasPlaceholder, valueShape } from '../jsonpath';
import { isObject, type ActionEntry, type FlowModel, type JsonObject } from '../model';
import type { JsonPath } from '../text/spanIndex';

/** An action whose Type the catalogue knows. */
export interface KnownAction {
  action: ActionEntry;
  spec: ActionSpec;
  /** `Parameters` when it is an object. */
  params: JsonObject | undefined;
}

/** What is wrong with one parameter value, decided once per model and shared by the parameter rules. */
export type Verdict =
  | { kind: 'ok' }
  | { kind: 'type'; expected: string }
  | { kind: 'empty' }
  | { kind: 'unfilled' }
  | { kind: 'notString' }
  | { kind: 'staticOnly' }
  | { kind: 'mixedReference' }
  | { kind: 'referenceOnly' }
  | { kind: 'notInteger' }
  | { kind: 'outOfRange'; number: number }
  | { kind: 'softMinimum'; number: number }
  | { kind: 'notAllowed' };

export interface ParamCheck extends KnownAction {
  param: ParamSpec;
  value: unknown;
  path: JsonPath;
  /** Every verdict that applies, in reporting order (a JSON number can also be out of range). */
  verdicts: Verdict[];
}

const knownCache = new WeakMap<FlowModel, KnownAction[]>();
const paramCache = new WeakMap<FlowModel, ParamCheck[]>();

export function knownActions(model: FlowModel): KnownAction[] {
  let list = knownCache.get(model);
  if (!list) {
    list = [];
    for (const action of model.actions) {
      const spec = actionSpec(action.type);
      if (!spec) continue;
      const params = action.object?.Parameters;
      list.push({ action, spec, params: isObject(params) ? params : undefined });
    }
    knownCache.set(model, list);
  }
  return list;
}

const byIndexCache = new WeakMap<FlowModel, Map<number, KnownAction>>();

/** The known action at position `index` of `Actions` (one lookup per fix, not a scan of every action). */
export function knownActionAt(model: FlowModel, index: unknown): KnownAction | undefined {
  let map = byIndexCache.get(model);
  if (!map) {
    map = new Map(knownActions(model).map((k) => [k.action.index, k]));
    byIndexCache.set(model, map);
  }
  return typeof index === 'number' ? map.get(index) : undefined;
}

export function paramChecks(model: FlowModel): ParamCheck[] {
  let list = paramCache.get(model);
  if (!list) {
    list = [];
    for (const known of knownActions(model)) {
      if (!known.params) continue;
      for (const param of known.spec.params) {
        if (!(param.name in known.params)) continue;
        const value = known.params[param.name];
        const verdicts = judge(param, value);
        // Only problems are kept: a clean flow allocates nothing here.
        if (verdicts.length > 0)
          list.push({ action: known.action, spec: known.spec, params: known.params, param, value, path: [...known.action.path, 'Parameters', param.name], verdicts });
      }
    }
    paramCache.set(model, list);
  }
  return list;
}

const CLEAN: Verdict[] = [];

/** Every verdict on one value of a parameter (also used by quick fixes to check a value before moving it). */
export function judge(param: ParamSpec, value: unknown): Verdict[] {
  const kind = param.kind ?? 'any';
  if (kind === 'any') return CLEAN;
  if (kind === 'object') return isObject(value) ? [] : [{ kind: 'type', expected: 'an object' }];
  if (kind === 'array') return Array.isArray(value) ? [] : [{ kind: 'type', expected: 'an array' }];
  if (kind === 'integer' && typeof value === 'number') return [{ kind: 'notString' }, ...judgeNumber(param, value)];
  if (kind === 'boolean' && typeof value === 'boolean') return [{ kind: 'notString' }];
  if (typeof value !== 'string') return [{ kind: 'type', expected: 'a string' }];
  if (hasPlaceholder(value)) return CLEAN;
  if (value.length === 0 && kind === 'string') return [{ kind: isResourceId(param) ? 'unfilled' : 'empty' }];
  const shape = valueShape(value);
  const form = param.form ?? 'dynamic';
  if (form === 'static' && shape !== 'static') return [{ kind: 'staticOnly' }];
  if (form === 'staticOrReference' && shape === 'mixed') return [{ kind: 'mixedReference' }];
  if (form === 'referenceOnly' && shape !== 'reference') return [{ kind: 'referenceOnly' }];
  if (shape !== 'static') return CLEAN;
  if (kind === 'integer') {
    if (!/^[+-]?\d+$/.test(value.trim()) || value.trim() !== value) return [{ kind: 'notInteger' }];
    return judgeNumber(param, Number(value));
  }
  if (kind === 'boolean' && value !== 'True' && value !== 'False' && value !== 'true' && value !== 'false') return [{ kind: 'notAllowed' }];
  if (param.values && !param.values.includes(value)) return [{ kind: 'notAllowed' }];
  return CLEAN;
}

/**
 * Parameters that name a resource of the instance (a queue, flow, prompt, hours, Lambda function, ...). Files kept
 * for programmatic creation and saved console exports leave these `""` for a script or the console to fill in.
 */
export function isResourceId(param: ParamSpec): boolean {
  return /(Id|Arn|ARN)$/.test(param.name);
}

function judgeNumber(param: ParamSpec, n: number): Verdict[] {
  if (!Number.isInteger(n)) return [{ kind: 'notInteger' }];
  if (param.min !== undefined && n < param.min) {
    if (param.softMin !== undefined && n >= param.softMin) return [{ kind: 'softMinimum', number: n }];
    return [{ kind: 'outOfRange', number: n }];
  }
  if (param.max !== undefined && n > param.max) return [{ kind: 'outOfRange', number: n }];
  return CLEAN;
}

/** "a whole number from 1 to 259200" — the allowed values of an integer parameter, for messages. */
export function describeAllowed(param: ParamSpec): string {
  if (param.kind === 'integer') {
    if (param.min !== undefined && param.max !== undefined) return `a whole number from ${param.min} to ${param.max}`;
    if (param.min !== undefined) return `a whole number of ${param.min} or more`;
    if (param.max !== undefined) return `a whole number up to ${param.max}`;
    return 'a whole number';
  }
  if (param.kind === 'boolean') return '"True" or "False"';
  if (param.values) return param.values.map((v) => JSON.stringify(v)).join(', ');
  return 'a string';
}

/** Runs `fn` for each parameter with the given verdict kind. */
export function forEachVerdict<K extends Verdict['kind']>(
  model: FlowModel,
  kind: K,
  fn: (check: ParamCheck, verdict: Extract<Verdict, { kind: K }>) => void,
): void {
  for (const check of paramChecks(model)) {
    for (const verdict of check.verdicts) if (verdict.kind === kind) fn(check, verdict as Extract<Verdict, { kind: K }>);
  }
}

/**
 * The keys of `params` that are not parameters of `spec` but look like a misspelling of `name` (`RetryDelaySecond`
 * for `RetryDelaySeconds`): the author's value for `name`, written under the wrong key. Empty when `name` is set.
 */
export function nearMissKeys(spec: ActionSpec, params: JsonObject | undefined, name: string): string[] {
  if (!params || name in params || spec.openParams) return [];
  return nearMissTable(spec, params).get(name) ?? [];
}

const nearMissCache = new WeakMap<JsonObject, { spec: ActionSpec; table: Map<string, string[]> }>();

/** Parameter name to the unknown keys that look like it, computed once per Parameters object (fixes ask per key). */
function nearMissTable(spec: ActionSpec, params: JsonObject): Map<string, string[]> {
  const cached = nearMissCache.get(params);
  if (cached && cached.spec === spec) return cached.table;
  const names = paramNames(spec);
  const table = new Map<string, string[]>();
  for (const key in params) {
    if (paramSpec(spec, key)) continue;
    const suggestion = didYouMean(key, names);
    if (suggestion === undefined) continue;
    const list = table.get(suggestion);
    if (list) list.push(key);
    else table.set(suggestion, [key]);
  }
  nearMissCache.set(params, { spec, table });
  return table;
}

/** The one near-miss key of `name` (see nearMissKeys); undefined when there is none, or two (which was meant is not clear). */
export function nearMissKey(spec: ActionSpec, params: JsonObject | undefined, name: string): string | undefined {
  const keys = nearMissKeys(spec, params, name);
  return keys.length === 1 ? keys[0] : undefined;
}
