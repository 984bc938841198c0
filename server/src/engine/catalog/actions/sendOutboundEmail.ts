import type { ActionSpec } from '../types';
import { campaignAction } from '../common';

export const sendOutboundEmail: ActionSpec = campaignAction('SendOutboundEmail', "Sends an email to the campaign's customer.", 'Send email (campaign)');
