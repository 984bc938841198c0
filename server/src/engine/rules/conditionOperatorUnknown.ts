import { Severity } from '../diagnostic';
import { OPERATORS, conditionBranches, isOperator } from './conditions';
import type { Rule } from './rule';
import { didYouMean, quote } from './text';

export const conditionOperatorUnknown: Rule = {
  id: 'condition-operator-unknown',
  defaultSeverity: Severity.Warning,
  description: 'A condition uses an Operator that the flow language does not have (e.g. "Equal" or "NumericLessThan").',
  check({ model, report }) {
    for (const branch of conditionBranches(model)) {
      if (!branch.hasOperator || isOperator(branch.operator)) continue;
      const suggestion = typeof branch.operator === 'string' ? didYouMean(branch.operator, OPERATORS) : undefined;
      report({
        path: [...branch.path, 'Condition', 'Operator'],
        target: 'value',
        message: `${quote(branch.operator)} is not a condition operator.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Operators: ${OPERATORS.slice(0, 8).join(', ')}.`,
        data: suggestion ? { replacement: suggestion } : undefined,
      });
    }
  },
};
