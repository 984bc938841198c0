import { isObject, type JsonObject } from '../model';
import { knownActions, type KnownAction } from './actionParams';
import type { FlowModel } from '../model';

/** GetParticipantInput actions, with whether they store the input ("True", any case) instead of branching on it. */
export function participantInputs(model: FlowModel): Array<KnownAction & { stores: boolean }> {
  return knownActions(model)
    .filter((k) => k.spec.type === 'GetParticipantInput')
    .map((k) => ({ ...k, stores: typeof k.params?.StoreInput === 'string' && k.params.StoreInput.toLowerCase() === 'true' }));
}

/** The `Transitions.Errors` entries of an action that are objects, with their index. */
export function errorBranches(known: KnownAction): Array<{ index: number; branch: JsonObject }> {
  const t = known.action.object?.Transitions;
  if (!isObject(t) || !Array.isArray(t.Errors)) return [];
  const out: Array<{ index: number; branch: JsonObject }> = [];
  t.Errors.forEach((branch, index) => {
    if (isObject(branch)) out.push({ index, branch });
  });
  return out;
}
