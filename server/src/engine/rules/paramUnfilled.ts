import { Severity } from '../diagnostic';
import { forEachVerdict } from './actionParams';
import type { Rule } from './rule';

/**
 * `"QueueId": ""` and the like: a slot that a deployment script or the console fills in before the flow is
 * published. Publishing the file as it is fails, but keeping such a template in version control is normal.
 */
export const paramUnfilled: Rule = {
  id: 'param-unfilled',
  defaultSeverity: Severity.Warning,
  description: 'An id or ARN parameter (QueueId, ContactFlowId, HoursOfOperationId, ...) is an empty string: a template slot that must be filled in before the flow is published.',
  check({ model, report }) {
    forEachVerdict(model, 'unfilled', ({ param, spec, path }) => {
      report({
        path,
        target: 'value',
        message: `\`${param.name}\` in ${spec.type} is empty: fill in the id or ARN before publishing (Amazon Connect rejects an empty one). ${param.summary}`,
      });
    });
  },
};
