import type { ActionSpec } from '../types';
import { documentedOnly, profileParams } from '../common';

export const getCustomerProfileObject: ActionSpec = {
  type: 'GetCustomerProfileObject',
  category: 'interaction',
  source: 'both',
  summary: 'Reads an object (asset, order, case) of a profile into `$.Customer`.',
  block: 'Customer profiles (Get profile object)',
  params: documentedOnly(profileParams(true, 'Object fields to copy into `$.Customer.Asset`, `.Order` or `.Case`.'), 'ProfileResponseData'),
  errors: ['NoneFoundError', 'NoMatchingError'],
  expectsNoMatchingError: true,
};
