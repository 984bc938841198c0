import type { ActionSpec } from '../types';
import { profileParams } from '../common';

export const getCustomerProfileObject: ActionSpec = {
  type: 'GetCustomerProfileObject',
  category: 'interaction',
  summary: 'Reads an object (asset, order, case) of a profile into `$.Customer`.',
  block: 'Customer profiles (Get profile object)',
  params: profileParams(true, 'Object fields to copy into `$.Customer.Asset`, `.Order` or `.Case`.'),
  errors: ['NoneFoundError', 'NoMatchingError'],
  expectsNoMatchingError: true,
};
