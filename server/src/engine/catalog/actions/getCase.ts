import type { ActionSpec } from '../types';

export const getCase: ActionSpec = {
  type: 'GetCase',
  category: 'contact',
  source: 'both',
  summary: 'Looks up a Cases case and copies the chosen fields into `$.Case`.',
  block: 'Cases',
  params: [
    { name: 'LinkContactToCase', kind: 'boolean', summary: '"true" links the current contact to the case found.' },
    { name: 'GetLastUpdatedCase', kind: 'boolean', summary: '"true" picks the most recently updated case when several match.' },
    { name: 'CustomerId', source: 'docs', kind: 'string', summary: 'Customer whose cases are searched.' },
    { name: 'CaseRequestFields', kind: 'object', summary: 'Field values to search by.' },
    { name: 'CaseResponseFields', kind: 'array', summary: 'Case fields to copy into `$.Case`.' },
  ],
  errors: ['NoMatchingError', 'ContactNotLinked', 'MultipleFound', 'NoneFound'],
  expectsNoMatchingError: true,
};
