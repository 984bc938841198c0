import type { ActionSpec } from '../types';
import { campaignAction } from '../common';

export const putDialRequest: ActionSpec = campaignAction('PutDialRequest', 'Asks the campaign dialer to call the customer.', 'Call customer (campaign)');
