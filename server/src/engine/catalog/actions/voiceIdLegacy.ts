import type { ActionSpec } from '../types';

const VOICE_ID = 'An early Voice ID action that older official samples still contain; newer flows use StartVoiceIdStream, UpdateContactData and CheckVoiceId. Amazon Connect Voice ID has reached its end of support.';

/** Older Voice ID samples' "Set Voice ID" block: known and deprecated, its parameters are not checked. */
export const setSecurityBehavior: ActionSpec = {
  type: 'SetSecurityBehavior',
  category: 'other',
  source: 'exports',
  summary: 'Turns Voice ID on for the contact (an early, deprecated form of the Set Voice ID block).',
  block: 'Set Voice ID (early version)',
  doc: VOICE_ID,
  params: [],
  openParams: true,
  errors: ['NoMatchingError'],
  openErrors: true,
  deprecated: 'Voice ID (use StartVoiceIdStream and UpdateContactData; Voice ID has reached its end of support)',
};

/** Older Voice ID samples' "Check Voice ID" block: known and deprecated, its parameters are not checked. */
export const checkSecurityStatus: ActionSpec = {
  type: 'CheckSecurityStatus',
  category: 'other',
  source: 'exports',
  summary: 'Branches on a Voice ID result (an early, deprecated form of the Check Voice ID block).',
  block: 'Check Voice ID (early version)',
  doc: VOICE_ID,
  params: [],
  openParams: true,
  errors: ['NoMatchingError'],
  openErrors: true,
  conditions: {},
  deprecated: 'Voice ID (use CheckVoiceId; Voice ID has reached its end of support)',
};
