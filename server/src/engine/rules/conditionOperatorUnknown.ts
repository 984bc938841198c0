import { Severity } from '../diagnostic';
import { hasPlaceholder } from '../jsonpath';
import { OPERATORS, conditionPath, forEachCondition, isOperator } from './conditions';
import type { Rule } from './rule';
import { didYouMean, quote } from './text';
import { replacementFix } from './replacementFix';

const always = () => true;

export const conditionOperatorUnknown: Rule = {
  id: 'condition-operator-unknown',
  defaultSeverity: Severity.Warning,
  description: 'A condition uses an Operator that the flow language does not have (e.g. "Equal" or "NumericLessThan").',
  check({ model, report }) {
    forEachCondition(model, always, (known, i, condition) => {
      const operator = condition.Operator;
      if (!('Operator' in condition) || isOperator(operator) || (typeof operator === 'string' && hasPlaceholder(operator))) return;
      const suggestion = typeof operator === 'string' ? didYouMean(operator, OPERATORS) : undefined;
      report({
        path: conditionPath(known, i, 'Condition', 'Operator'),
        target: 'value',
        message: `${quote(operator)} is not a condition operator.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Operators: ${OPERATORS.slice(0, 8).join(', ')}.`,
        data: suggestion ? { replacement: suggestion } : undefined,
      });
    });
  },
  fix: replacementFix,
};
