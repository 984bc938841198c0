import type { ActionSpec } from '../types';

export const compare: ActionSpec = {
  type: 'Compare',
  category: 'flowControl',
  source: 'both',
  summary: 'Branches on a value from the flow data, tested with any of the condition operators.',
  block: 'Check contact attributes',
  doc: 'Conditions are tried in order; the first one that holds wins. When none does, the `NoMatchingCondition` branch is taken.',
  params: [
    {
      name: 'ComparisonValue',
      required: true,
      form: 'referenceOnly',
      kind: 'string',
      summary: 'The value to test: one JSONPath reference.',
      doc: 'Required. A single JSONPath reference such as `$.Attributes.language` or `$.StoredCustomerInput`.',
    },
  ],
  errors: ['NoMatchingCondition'],
  conditions: {},
};
