import type { ActionSpec } from '../types';

export const updateCase: ActionSpec = {
  type: 'UpdateCase',
  category: 'contact',
  source: 'both',
  summary: 'Changes fields of an existing Cases case.',
  block: 'Cases',
  params: [
    { name: 'LinkContactToCase', kind: 'boolean', summary: '"true" links the current contact to the case.' },
    { name: 'CaseId', required: true, kind: 'string', default: '$.Case.case_id', summary: 'The case to update.' },
    { name: 'CaseRequestFields', kind: 'object', summary: 'Case field to new value.' },
  ],
  errors: ['ContactNotLinked', 'NoMatchingError'],
  expectsNoMatchingError: true,
};
