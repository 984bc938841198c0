import type { ActionSpec } from '../types';
import { profileParams } from '../common';

export const checkSegmentMembershipForCustomerProfile: ActionSpec = {
  type: 'CheckSegmentMembershipForCustomerProfile',
  category: 'interaction',
  source: 'exports',
  summary: 'Branches on whether a profile belongs to a Customer Profiles segment ("True" or "False").',
  block: 'Customer profiles (Check segment membership)',
  doc: 'Seen in console exports; not in the action reference.',
  params: profileParams(true).slice(0, 1),
  errors: ['NoMatchingError'],
  conditions: { operators: ['Equals'], outcomes: ['True', 'False'], closedOutcomes: true },
};
