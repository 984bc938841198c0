import type { ActionSpec } from '../types';

export const checkOutboundCallStatus: ActionSpec = {
  type: 'CheckOutboundCallStatus',
  category: 'flowControl',
  source: 'both',
  summary: 'Branches on how an outbound campaign call was answered: person, voicemail with or without beep, or unknown.',
  block: 'Check call progress',
  params: [],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
  conditions: { operators: ['Equals'], outcomes: ['CallAnswered', 'VoicemailBeep', 'VoicemailNoBeep', 'NotDetected'], closedOutcomes: true },
};
