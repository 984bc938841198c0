import type { ActionSpec } from '../types';
import { campaignAction } from '../common';

/** The "Check communication status" block of campaign journeys (admin guide); not in the flow-language reference. */
export const checkCommunicationStatus: ActionSpec = campaignAction('CheckCommunicationStatus', 'Branches on the delivery status of a campaign message (delivered, bounced, ...).', 'Check communication status (campaign)');
