import type { ActionSpec } from '../types';
import { documentedOnly, profileParams } from '../common';

export const associateContactToCustomerProfile: ActionSpec = {
  type: 'AssociateContactToCustomerProfile',
  category: 'interaction',
  source: 'both',
  summary: 'Links a contact to a Customer Profiles profile.',
  block: 'Customer profiles (Associate contact to profile)',
  params: documentedOnly(profileParams(true), 'ProfileResponseData'),
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
};
