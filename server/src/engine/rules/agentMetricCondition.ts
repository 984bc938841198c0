import { Severity } from '../diagnostic';
import { AGENT_METRICS } from '../catalog';
import { conditionPath, forEachCondition } from './conditions';
import type { Rule } from './rule';

/** CheckMetricData on an agent count can only tell whether anyone is there: `NumberGreaterThan` "0". */
export const agentMetricCondition: Rule = {
  id: 'agent-metric-condition',
  defaultSeverity: Severity.Error,
  description: 'CheckMetricData on an agent count (NumberOfAgentsAvailable, ...Staffed, ...Online) takes only the condition NumberGreaterThan "0".',
  check({ model, report }) {
    forEachCondition(
      model,
      (known) => known.spec.type === 'CheckMetricData' && typeof known.params?.MetricType === 'string' && AGENT_METRICS.includes(known.params.MetricType),
      (known, i, condition) => {
        const operands = condition.Operands;
        const operand = Array.isArray(operands) && operands.length === 1 ? operands[0] : undefined;
        if (condition.Operator === 'NumberGreaterThan' && operand === '0') return;
        const wrongOperator = condition.Operator !== 'NumberGreaterThan';
        report({
          source: known.spec.source,
          path: conditionPath(known, i, 'Condition', wrongOperator ? 'Operator' : 'Operands'),
          target: wrongOperator ? 'value' : 'key',
          message: `For ${known.params!.MetricType as string}, CheckMetricData accepts only the condition \`NumberGreaterThan\` "0" (whether any agent is there); branch on that and use the other branch for none.`,
        });
      },
    );
  },
};
