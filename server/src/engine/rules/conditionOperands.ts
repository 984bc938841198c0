import { Severity } from '../diagnostic';
import { hasPlaceholder, valueShape } from '../jsonpath';
import { conditionPath, forEachCondition, isOperator } from './conditions';
import type { Rule } from './rule';
import { describeJsonType } from './text';

const NUMERIC = new Set(['NumberGreaterThan', 'NumberGreaterOrEqualTo', 'NumberLessThan', 'NumberLessOrEqualTo']);

/**
 * Each of the eight comparison operators compares the action's result with exactly one operand, a string (a number for
 * the Number... operators). `Exists` (campaign flows) and unknown operators are left to other rules.
 */
export const conditionOperands: Rule = {
  id: 'condition-operands',
  defaultSeverity: Severity.Error,
  description: 'A condition has the wrong number of operands (every comparison operator takes exactly one) or an operand of the wrong kind (a number for NumberGreaterThan and the other Number... operators).',
  check({ model, report }) {
    forEachCondition(
      model,
      () => true,
      (known, i, condition) => {
        const operator = condition.Operator;
        if (!isOperator(operator) || operator === 'Exists') return;
        const operands = condition.Operands;
        const at = (...rest: Array<string | number>) => conditionPath(known, i, 'Condition', ...rest);
        if (!Array.isArray(operands)) {
          const present = 'Operands' in condition;
          report({
            source: known.spec.source,
            path: present ? at('Operands') : at(),
            target: present ? 'value' : 'key',
            message: present
              ? `\`Operands\` of a \`${operator}\` condition must be a list with one value; found ${describeJsonType(operands)}.`
              : `This \`${operator}\` condition has no \`Operands\`: add a list with the one value to compare with.`,
          });
          return;
        }
        if (operands.length !== 1) {
          report({
            source: known.spec.source,
            path: at('Operands'),
            target: operands.length === 0 ? 'value' : 'key',
            message: `\`${operator}\` compares the result of ${known.spec.type} with exactly one operand; this condition has ${operands.length}.`,
          });
          return;
        }
        const operand = operands[0];
        if (typeof operand === 'number' && Number.isFinite(operand)) return;
        if (typeof operand !== 'string') {
          report({ source: known.spec.source, path: at('Operands', 0), target: 'value', message: `The operand of a \`${operator as string}\` condition must be a string; found ${describeJsonType(operand)}.` });
          return;
        }
        if (NUMERIC.has(operator as string) && valueShape(operand) === 'static' && !hasPlaceholder(operand) && !/^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(operand)) {
          report({ source: known.spec.source, path: at('Operands', 0), target: 'value', message: `\`${operator}\` compares numbers, but its operand "${operand}" is not a number.` });
        }
      },
    );
  },
};
