import { Severity } from '../diagnostic';
import { conditionBranches, isOperator } from './conditions';
import type { Rule } from './rule';
import { listOf } from './text';

export const conditionOperatorNotAllowed: Rule = {
  id: 'condition-operator-not-allowed',
  defaultSeverity: Severity.Error,
  description: 'A condition uses an operator that this action does not accept (e.g. TextContains on CheckHoursOfOperation, which only takes Equals).',
  check({ model, report }) {
    for (const { spec, operator, path } of conditionBranches(model)) {
      const allowed = spec.conditions?.operators;
      if (!allowed || !isOperator(operator) || allowed.includes(operator as string)) continue;
      report({
        path: [...path, 'Condition', 'Operator'],
        target: 'value',
        message: `${spec.type} does not accept the \`${operator}\` operator; use ${listOf(allowed)}.`,
        data: allowed.length === 1 ? { replacement: allowed[0] } : undefined,
      });
    }
  },
};
