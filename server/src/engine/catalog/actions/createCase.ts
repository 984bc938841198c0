import type { ActionSpec } from '../types';

export const createCase: ActionSpec = {
  type: 'CreateCase',
  category: 'contact',
  source: 'both',
  summary: 'Creates an Amazon Connect Cases case, optionally linked to the contact.',
  block: 'Cases',
  params: [
    { name: 'LinkContactToCase', kind: 'boolean', summary: '"true" links the current contact to the new case.' },
    { name: 'CaseTemplateId', kind: 'string', summary: 'Template the case is created from.' },
    { name: 'CaseRequestFields', kind: 'object', summary: 'Case field to value (values may hold `$.` references).' },
    { name: 'ContactToLink', source: 'docs', kind: 'any', summary: 'Which contact to link, when not the current one.' },
  ],
  errors: ['ContactNotLinked', 'NoMatchingError'],
  expectsNoMatchingError: true,
};
