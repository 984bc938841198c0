import type { ActionSpec } from '../types';
import { profileParams } from '../common';

export const updateCustomerProfile: ActionSpec = {
  type: 'UpdateCustomerProfile',
  category: 'interaction',
  source: 'both',
  summary: 'Changes fields of the profile created or found earlier in the flow.',
  block: 'Customer profiles (Update profile)',
  params: profileParams(false),
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
};
