import type { ActionSpec } from '../types';
import { profileParams } from '../common';

export const getCalculatedAttributesForCustomerProfile: ActionSpec = {
  type: 'GetCalculatedAttributesForCustomerProfile',
  category: 'interaction',
  source: 'both',
  summary: 'Reads calculated attributes of a profile (averages, counts, ...) into `$.Customer.CalculatedAttributes`.',
  block: 'Customer profiles (Get calculated attributes)',
  params: profileParams(true, 'Calculated attributes to read, e.g. `["CalculatedAttributes._average_hold_time"]`.'),
  errors: ['NoneFoundError', 'NoMatchingError'],
  expectsNoMatchingError: true,
};
