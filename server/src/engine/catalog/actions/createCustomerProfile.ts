import type { ActionSpec } from '../types';
import { profileParams } from '../common';

export const createCustomerProfile: ActionSpec = {
  type: 'CreateCustomerProfile',
  category: 'interaction',
  source: 'both',
  summary: 'Creates a Customer Profiles profile; its id lands in `$.Customer.ProfileId`.',
  block: 'Customer profiles (Create profile)',
  params: profileParams(false),
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
};
