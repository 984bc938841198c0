import { isObject, type FlowModel, type JsonObject } from '../model';
import type { JsonPath } from '../text/spanIndex';
import { knownActions, type KnownAction } from './actionParams';
import { OPERATORS } from '../catalog/operators';

export { OPERATORS };

const OPERATOR_SET = new Set(OPERATORS);

export function isOperator(value: unknown): boolean {
  return typeof value === 'string' && OPERATOR_SET.has(value);
}

/** Path of the `index`-th entry of an action's `Transitions.Conditions`. */
export function conditionPath(known: KnownAction, index: number, ...rest: Array<string | number>): JsonPath {
  return [...known.action.path, 'Transitions', 'Conditions', index, ...rest];
}

/**
 * Calls `fn` for every `Condition` object in the condition branches of known actions (those whose catalogue entry
 * passes `filter`). Nothing is allocated per branch: paths are built by the caller, and only for reports.
 */
export function forEachCondition(
  model: FlowModel,
  filter: (known: KnownAction) => boolean,
  fn: (known: KnownAction, index: number, condition: JsonObject) => void,
): void {
  for (const known of knownActions(model)) {
    if (!filter(known)) continue;
    const t = known.action.object?.Transitions;
    if (!isObject(t) || !Array.isArray(t.Conditions)) continue;
    const list = t.Conditions;
    for (let i = 0; i < list.length; i++) {
      const entry = list[i];
      if (isObject(entry) && isObject(entry.Condition)) fn(known, i, entry.Condition);
    }
  }
}

/** The first operand of a condition, and whether there is one. */
export function firstOperand(condition: JsonObject): { has: boolean; value: unknown } {
  const operands = condition.Operands;
  return Array.isArray(operands) && operands.length > 0 ? { has: true, value: operands[0] } : { has: false, value: undefined };
}
