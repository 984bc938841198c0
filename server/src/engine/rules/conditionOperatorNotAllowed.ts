import { Severity } from '../diagnostic';
import { conditionPath, forEachCondition, isOperator } from './conditions';
import type { Rule } from './rule';
import { listOf } from './text';
import { replacementFix } from './replacementFix';

export const conditionOperatorNotAllowed: Rule = {
  id: 'condition-operator-not-allowed',
  defaultSeverity: Severity.Error,
  description: 'A condition uses an operator that this action does not accept (e.g. TextContains on CheckHoursOfOperation, which only takes Equals).',
  check({ model, report }) {
    forEachCondition(
      model,
      (known) => !!known.spec.conditions?.operators,
      (known, i, condition) => {
        const allowed = known.spec.conditions!.operators!;
        const operator = condition.Operator;
        if (!isOperator(operator) || allowed.includes(operator as string)) return;
        report({
          source: known.spec.source,
          path: conditionPath(known, i, 'Condition', 'Operator'),
          target: 'value',
          message: `${known.spec.type} does not accept the \`${operator}\` operator; use ${listOf(allowed)}.`,
          data: allowed.length === 1 ? { replacement: allowed[0] } : undefined,
        });
      },
    );
  },
  fix: replacementFix,
};
