import { Severity } from '../diagnostic';
import { conditionBranches } from './conditions';
import type { Rule } from './rule';
import { didYouMean, listOf, quote } from './text';

export const conditionOutcomeUnknown: Rule = {
  id: 'condition-outcome-unknown',
  defaultSeverity: Severity.Error,
  description: 'A condition tests for a result the action never produces (its results form a closed set, such as True/False for CheckHoursOfOperation).',
  check({ model, report }) {
    for (const { spec, operator, operand, hasOperand, path } of conditionBranches(model)) {
      const c = spec.conditions;
      if (!c?.closedOutcomes || operator !== 'Equals' || !hasOperand) continue;
      const outcomes = c.outcomes ?? c.requiredOutcomes ?? [];
      if (typeof operand === 'string' && outcomes.includes(operand)) continue;
      const suggestion = typeof operand === 'string' ? didYouMean(operand, outcomes) : undefined;
      report({
        path: [...path, 'Condition', 'Operands', 0],
        target: 'value',
        message: `${spec.type} never results in ${quote(operand)}; its results are ${listOf(outcomes)}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        data: suggestion ? { replacement: suggestion } : undefined,
      });
    }
  },
};
