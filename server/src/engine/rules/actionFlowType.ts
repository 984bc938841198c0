import { Severity } from '../diagnostic';
import { FLOW_TYPE_LABELS } from '../flowType';
import { knownActions } from './actionParams';
import { isFlowModule } from './flowModule';
import { withArticle } from './text';
import type { Rule } from './rule';

export const actionFlowType: Rule = {
  id: 'action-flow-type',
  defaultSeverity: Severity.Error,
  description: 'An action is used in a type of flow that does not allow it (e.g. CreateCallbackContact in a whisper or hold flow).',
  check({ model, report }) {
    const flowType = model.flowType;
    // Flow modules have no flow type of their own: a configured type must not apply to them.
    if (!flowType || isFlowModule(model)) return;
    const source =
      model.flowTypeSource === 'metadata'
        ? `Metadata.type is "${model.flowTypeLabel}"`
        : model.flowTypeOrigin
          ? `deployed by ${model.flowTypeOrigin}`
          : `the configured flow type is "${model.flowTypeLabel}"`;
    for (const { action, spec } of knownActions(model)) {
      const allowed = spec.flowTypes?.allowed;
      if (!allowed || allowed.includes(flowType)) continue;
      report({
        source: spec.flowTypes?.source ?? spec.source,
        path: [...action.path, 'Type'],
        target: 'value',
        message: `${spec.type} is not allowed in ${withArticle(FLOW_TYPE_LABELS[flowType])} (${source}); it runs only in ${spec.flowTypes!.description}.`,
      });
    }
  },
};
