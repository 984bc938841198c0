import type { ActionSpec } from './types';
import { createCallbackContact } from './actions/createCallbackContact';

export type { ActionSpec, ParamSpec, ConditionSpec, ParamForm, ParamKind } from './types';

/** Every action type the engine knows. Add an entry here to teach the engine a new action. */
export const ACTION_SPECS: readonly ActionSpec[] = [createCallbackContact];

const BY_TYPE = new Map<string, ActionSpec>(ACTION_SPECS.map((spec) => [spec.type, spec]));

export function actionSpec(type: unknown): ActionSpec | undefined {
  return typeof type === 'string' ? BY_TYPE.get(type) : undefined;
}

export function knownActionTypes(): string[] {
  return ACTION_SPECS.map((spec) => spec.type);
}
