import { onlyIn } from '../common';
import type { ActionSpec } from '../types';

const DELAY_LIMIT = 259200;

export const createCallbackContact: ActionSpec = {
  type: 'CreateCallbackContact',
  category: 'interaction',
  source: 'both',
  summary: 'Queues a callback: Amazon Connect later calls the customer back and routes that new contact to a queue or agent.',
  block: 'Transfer to queue (Transfer to callback queue tab) / Set callback number',
  params: [
    {
      name: 'QueueId',
      form: 'staticOrReference',
      kind: 'string',
      exclusiveWith: ['AgentId'],
      summary: 'Queue that the callback is routed to (queue id or ARN).',
      doc: 'Optional. The queue the callback contact joins; when omitted, the contact\'s current target queue is used. Write a queue id or ARN, or one JSONPath reference such as `$.Attributes.callbackQueue` as the whole value. Cannot be combined with `AgentId`.',
    },
    {
      name: 'AgentId', source: 'docs',
      form: 'staticOrReference',
      kind: 'string',
      exclusiveWith: ['QueueId'],
      summary: 'Agent whose personal queue receives the callback (agent id or ARN).',
      doc: 'Optional. Routes the callback to one agent\'s queue. Write an agent id or ARN, or one JSONPath reference as the whole value. Cannot be combined with `QueueId`.',
    },
    {
      name: 'InitialCallDelaySeconds',
      required: true,
      form: 'static',
      kind: 'integer',
      min: 1,
      max: DELAY_LIMIT,
      default: '5',
      ignoredWhen: 'ContactFlowId',
      summary: 'Seconds to wait before the first callback attempt.',
      doc: 'Required. The least time, in seconds, before the callback is first routed, so that the customer can hang up first. A whole number from 1 to 259200 (three days), written literally: JSONPath is not accepted. Has no effect when `ContactFlowId` is set.',
    },
    {
      name: 'MaximumConnectionAttempts',
      required: true,
      form: 'static',
      kind: 'integer',
      min: 1,
      softMin: 0,
      softMinReason: 'the console exports "0" for a callback with no retries, but the flow language reference requires at least 1',
      default: '1',
      summary: 'How many times, at most, to try reaching the customer.',
      doc: 'Required. The most attempts made to connect the callback to the customer when calls go unanswered. A whole number of 1 or more, written literally: JSONPath is not accepted. Some console exports write "0"; that is reported as a warning.',
    },
    {
      name: 'RetryDelaySeconds',
      required: true,
      form: 'static',
      kind: 'integer',
      min: 1,
      max: DELAY_LIMIT,
      default: '600',
      summary: 'Seconds to wait between an unanswered attempt and the next one.',
      doc: 'Required. The least time, in seconds, between an unanswered callback attempt and the next. A whole number from 1 to 259200 (three days), written literally: JSONPath is not accepted.',
    },
    {
      name: 'ContactFlowId', source: 'exports',
      form: 'staticOrReference',
      kind: 'string',
      summary: 'Flow that runs for the callback contact (flow id or ARN).',
      doc: 'Optional, newer than the original action reference. The flow to run when the callback is made. When it is set, `InitialCallDelaySeconds` has no effect.',
    },
    {
      name: 'CallerId', source: 'exports',
      form: 'staticOrReference',
      kind: 'any',
      summary: 'Caller ID shown to the customer on the callback.',
      doc: 'Optional, newer than the original action reference. A phone number claimed in the instance, given literally or as one JSONPath reference.',
    },
    {
      name: 'CallbackMode', source: 'exports',
      form: 'static',
      kind: 'string',
      examples: ['AgentFirst'],
      summary: 'Who is connected first when the callback is made (the current console writes "AgentFirst").',
    },
  ],
  errors: ['NoMatchingError'],
  errorsVerified: true,
  expectsNoMatchingError: true,
  // The reference names inbound, transfer and customer queue flows and says nothing of campaign flows: as for every
  // other restriction (onlyIn), campaign flows are not reported.
  flowTypes: onlyIn('inbound contact flows, transfer flows and customer queue flows', 'CONTACT_FLOW', 'transfer', 'CUSTOMER_QUEUE'),
};
