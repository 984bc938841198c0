import type { ActionSpec } from '../types';

export const updateContactAttributes: ActionSpec = {
  type: 'UpdateContactAttributes',
  category: 'contact',
  source: 'both',
  summary: 'Sets user-defined contact attributes, read later as `$.Attributes.<name>`.',
  block: 'Set contact attributes',
  doc: 'Either every attribute is set or none is. Keys and values may be literal or contain `$.` references.',
  params: [
    {
      name: 'Attributes',
      required: true,
      kind: 'object',
      default: '{}',
      summary: 'Attribute name to value.',
      doc: 'Required. An object of strings, e.g. `{ "language": "$.External.lang" }`.',
    },
    {
      name: 'TargetContact',
      form: 'static',
      kind: 'string',
      values: ['Current', 'Related'],
      summary: 'Which contact receives the attributes: "Current" or "Related".',
    },
  ],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
};
