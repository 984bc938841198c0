import type { ActionSpec } from '../types';
import { profileParams } from '../common';

export const associateContactToCustomerProfile: ActionSpec = {
  type: 'AssociateContactToCustomerProfile',
  category: 'interaction',
  summary: 'Links a contact to a Customer Profiles profile.',
  block: 'Customer profiles (Associate contact to profile)',
  params: profileParams(true).slice(0, 1),
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
};
