import type { ActionSpec } from '../types';
import { INBOUND_TRANSFER_QUEUE } from '../common';

export const updateContactCallbackNumber: ActionSpec = {
  type: 'UpdateContactCallbackNumber',
  category: 'contact',
  source: 'both',
  summary: 'Sets the number a later CreateCallbackContact will call back.',
  block: 'Set callback number',
  doc: 'Without this action the callback goes to the customer\'s caller ID. The number must be in E.164 form, or the `InvalidCallbackNumber` branch is taken; numbers the instance cannot dial take `CallbackNumberNotDialable`.',
  params: [
    {
      name: 'CallbackNumber',
      required: true,
      form: 'referenceOnly',
      kind: 'string',
      default: '$.StoredCustomerInput',
      summary: 'Where the callback number comes from: one JSONPath reference.',
      doc: 'Required, and must be a single JSONPath reference such as `$.StoredCustomerInput` or `$.Attributes.callbackNumber`: a literal number is not accepted.',
    },
  ],
  errors: ['InvalidCallbackNumber', 'CallbackNumberNotDialable'],
  flowTypes: INBOUND_TRANSFER_QUEUE(),
};
