/** The condition operators of the flow language: one home for their names and how the graph labels them. */

export interface OperatorSpec {
  name: string;
  /** Short form for arrow labels in the graph. */
  short: string;
  /** False for `Exists` (campaign flows, no operand): not offered by default. */
  common: boolean;
}

export const OPERATOR_SPECS: readonly OperatorSpec[] = [
  { name: 'Equals', short: '=', common: true },
  { name: 'TextStartsWith', short: 'starts with', common: true },
  { name: 'TextEndsWith', short: 'ends with', common: true },
  { name: 'TextContains', short: 'contains', common: true },
  { name: 'NumberGreaterThan', short: '>', common: true },
  { name: 'NumberGreaterOrEqualTo', short: '>=', common: true },
  { name: 'NumberLessThan', short: '<', common: true },
  { name: 'NumberLessOrEqualTo', short: '<=', common: true },
  { name: 'Exists', short: 'Exists', common: false },
];

/** The eight operators of the flow language, plus `Exists` (campaign flows, no operand). */
export const OPERATORS: readonly string[] = OPERATOR_SPECS.map((o) => o.name);

/** The operators offered when an action does not list its own (without campaign flows' `Exists`). */
export const COMMON_OPERATORS: readonly string[] = OPERATOR_SPECS.filter((o) => o.common).map((o) => o.name);

const BY_NAME = new Map(OPERATOR_SPECS.map((o) => [o.name, o]));

export function operatorSpec(name: string): OperatorSpec | undefined {
  return BY_NAME.get(name);
}
