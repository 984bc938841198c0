import type { ActionSpec } from '../types';
import { campaignAction } from '../common';

export const getOutboundCommunicationStatus: ActionSpec = campaignAction('GetOutboundCommunicationStatus', 'Reads the delivery status of a campaign call, text or email.', 'Check campaign status');
