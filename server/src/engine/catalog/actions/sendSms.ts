import type { ActionSpec } from '../types';
import { campaignAction } from '../common';

export const sendSms: ActionSpec = campaignAction('SendSMS', "Sends a text message (SMS) to the campaign's customer.", 'Send message (campaign)');
