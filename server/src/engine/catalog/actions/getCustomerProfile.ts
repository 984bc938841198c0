import type { ActionSpec } from '../types';
import { profileParams } from '../common';

export const getCustomerProfile: ActionSpec = {
  type: 'GetCustomerProfile',
  category: 'interaction',
  source: 'both',
  summary: 'Finds a Customer Profiles profile (by phone, email or another key) and copies fields into `$.Customer`.',
  block: 'Customer profiles (Get profile)',
  doc: 'Takes `NoneFoundError` when nothing matches and `MultipleFoundError` when several profiles do.',
  params: profileParams(true),
  errors: ['MultipleFoundError', 'NoneFoundError', 'NoMatchingError'],
  expectsNoMatchingError: true,
};
