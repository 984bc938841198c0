import { Severity } from '../diagnostic';
import { hasPlaceholder } from '../jsonpath';
import { conditionPath, firstOperand, forEachCondition } from './conditions';
import type { Rule } from './rule';
import { didYouMean, listOf, quote } from './text';
import { replacementFix } from './replacementFix';

export const conditionOutcomeUnknown: Rule = {
  id: 'condition-outcome-unknown',
  defaultSeverity: Severity.Error,
  description: 'A condition tests for a result the action never produces (its results form a closed set, such as True/False for CheckHoursOfOperation).',
  check({ model, report }) {
    forEachCondition(
      model,
      (known) => !!known.spec.conditions?.closedOutcomes,
      (known, i, condition) => {
        if (condition.Operator !== 'Equals') return;
        const operand = firstOperand(condition);
        const c = known.spec.conditions!;
        const outcomes = c.outcomes ?? c.requiredOutcomes ?? [];
        if (!operand.has || (typeof operand.value === 'string' && (outcomes.includes(operand.value) || hasPlaceholder(operand.value)))) return;
        const suggestion = typeof operand.value === 'string' ? didYouMean(operand.value, outcomes) : undefined;
        report({
          source: known.spec.source,
          path: conditionPath(known, i, 'Condition', 'Operands', 0),
          target: 'value',
          message: `${known.spec.type} never results in ${quote(operand.value)}; its results are ${listOf(outcomes)}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
          data: suggestion ? { replacement: suggestion } : undefined,
        });
      },
    );
  },
  fix: replacementFix,
};
