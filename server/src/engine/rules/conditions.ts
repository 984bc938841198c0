import { isObject, type FlowModel } from '../model';
import type { JsonPath } from '../text/spanIndex';
import { knownActions, type KnownAction } from './actionParams';

/** The eight operators of the flow language, plus `Exists` (campaign flows, no operand). */
export const OPERATORS: readonly string[] = [
  'Equals',
  'TextStartsWith',
  'TextEndsWith',
  'TextContains',
  'NumberGreaterThan',
  'NumberGreaterOrEqualTo',
  'NumberLessThan',
  'NumberLessOrEqualTo',
  'Exists',
];
const OPERATOR_SET = new Set(OPERATORS);

export function isOperator(value: unknown): boolean {
  return typeof value === 'string' && OPERATOR_SET.has(value);
}

/** One entry of `Transitions.Conditions` of a known action. */
export interface ConditionBranch extends KnownAction {
  /** Path of the entry in `Conditions`. */
  path: JsonPath;
  operator: unknown;
  hasOperator: boolean;
  /** The first operand, when there is one. */
  operand: unknown;
  hasOperand: boolean;
}

const cache = new WeakMap<FlowModel, ConditionBranch[]>();

/** Every condition branch of every known action, computed once per model. */
export function conditionBranches(model: FlowModel): ConditionBranch[] {
  let list = cache.get(model);
  if (list) return list;
  list = [];
  for (const known of knownActions(model)) {
    const t = known.action.object?.Transitions;
    if (!isObject(t) || !Array.isArray(t.Conditions)) continue;
    for (let i = 0; i < t.Conditions.length; i++) {
      const entry = t.Conditions[i];
      const condition = isObject(entry) && isObject(entry.Condition) ? entry.Condition : undefined;
      const operands = condition && Array.isArray(condition.Operands) ? condition.Operands : undefined;
      list.push({
        ...known,
        path: [...known.action.path, 'Transitions', 'Conditions', i],
        operator: condition?.Operator,
        hasOperator: !!condition && 'Operator' in condition,
        operand: operands?.[0],
        hasOperand: !!operands && operands.length > 0,
      });
    }
  }
  cache.set(model, list);
  return list;
}
