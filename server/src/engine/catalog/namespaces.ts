/** The flow data namespaces that JSONPath references start with: their names (what the checker accepts) and notes (what completion shows). */

/**
 * First segments of the flow data that references may start with: system values, agent, queue metrics, telephony,
 * media streams, Lex, Cases, Lambda results, user attributes and the newer sections (views, flow attributes,
 * modules, data tables, ...). `CallbackNumber` is written by the console although the attribute list omits it.
 */
export const NAMESPACES: readonly string[] = [
  'Attributes', 'External', 'Customer', 'CustomerEndpoint', 'CustomerId', 'SystemEndpoint', 'StoredCustomerInput',
  'Queue', 'TextToSpeechVoiceId', 'ContactId', 'InitialContactId', 'PreviousContactId', 'RelatedContactId', 'Task',
  'Channel', 'InstanceARN', 'InitiationMethod', 'Name', 'Description', 'References', 'LanguageCode', 'AwsRegion',
  'Agent', 'Metrics', 'Media', 'MediaStreams', 'Lex', 'Case', 'AdditionalEmailRecipients', 'SegmentAttributes',
  'Views', 'Capabilities', 'Email', 'FlowAttributes', 'Loop', 'Modules', 'DataTables', 'DataTableList', 'Tags',
  'Wisdom', 'LambdaInvocation', 'CallbackNumber',
  // Campaign flows (outbound campaigns): the communication being sent and its delivery receipts.
  'OutboundCommunication', 'DeliveryReceipts',
];
const NAMESPACE_SET = new Set(NAMESPACES);

export function isKnownNamespace(segment: string): boolean {
  return NAMESPACE_SET.has(segment);
}

/** A JSONPath name offered in completions: `$.<namespace>` and, for some namespaces, the fields below it. */
export interface NamespaceNote {
  name: string;
  summary: string;
  /** Fields that are always there (`$.Queue.Name`); absent for free-form namespaces. */
  fields?: readonly string[];
  /** Free-form: the keys are whatever the flow or a function put there. */
  open?: boolean;
}

/** The flow data namespaces, names only (the flow language's attribute reference), with our own one-line notes. */
export const NAMESPACE_NOTES: readonly NamespaceNote[] = [
  { name: 'Attributes', summary: 'User-defined contact attributes, set by UpdateContactAttributes.', open: true },
  { name: 'External', summary: 'What the last Lambda function invocation returned.', open: true },
  { name: 'StoredCustomerInput', summary: 'Digits stored by GetParticipantInput with StoreInput "True".' },
  { name: 'Queue', summary: 'The contact\'s current queue.', fields: ['Name', 'ARN', 'OutboundCallerId.Address', 'OutboundCallerId.Type'] },
  { name: 'CustomerEndpoint', summary: 'The customer\'s address (phone number, chat or email).', fields: ['Address', 'Type', 'DisplayName'] },
  { name: 'SystemEndpoint', summary: 'The address the customer contacted.', fields: ['Address', 'Type', 'DisplayName'] },
  { name: 'ContactId', summary: 'Id of this contact.' },
  { name: 'InitialContactId', summary: 'Id of the first contact of a transfer chain.' },
  { name: 'PreviousContactId', summary: 'Id of the contact this one was transferred from.' },
  { name: 'CustomerId', summary: 'Customer number, if one was set.' },
  { name: 'Channel', summary: 'VOICE, CHAT, TASK or EMAIL.' },
  { name: 'InitiationMethod', summary: 'How the contact started (INBOUND, OUTBOUND, TRANSFER, CALLBACK, API, ...).' },
  { name: 'InstanceARN', summary: 'ARN of the Amazon Connect instance.' },
  { name: 'AwsRegion', summary: 'Region of the instance.' },
  { name: 'LanguageCode', summary: 'Language of the contact.' },
  { name: 'TextToSpeechVoiceId', summary: 'Voice used for text to speech.' },
  { name: 'Name', summary: 'Contact name (tasks).' },
  { name: 'Description', summary: 'Contact description (tasks).' },
  { name: 'References', summary: 'Task references by name.', open: true },
  { name: 'Agent', summary: 'The agent on the contact (whisper, hold and transfer-to-agent flows).', fields: ['UserName', 'FirstName', 'LastName', 'ARN'] },
  { name: 'Metrics', summary: 'Queue and agent metrics loaded by GetMetricData.', fields: ['Queue.Name', 'Queue.ARN', 'Queue.Size', 'Queue.OldestContactAge', 'Agents.Online.Count', 'Agents.Available.Count', 'Agents.Staffed.Count'] },
  { name: 'Lex', summary: 'Result of the last Amazon Lex bot.', fields: ['IntentName', 'IntentConfidence.Score', 'Slots', 'SessionAttributes', 'SentimentResponse.Label', 'DialogState'] },
  { name: 'Media', summary: 'Telephony data such as SIP headers.', fields: ['Sip.Headers'] },
  { name: 'MediaStreams', summary: 'Live media streaming details.', fields: ['Customer.Audio.StreamARN', 'Customer.Audio.StartTimestamp'] },
  { name: 'Customer', summary: 'Customer profile loaded by the customer profile actions.', open: true },
  { name: 'Case', summary: 'Case loaded by the case actions.', open: true },
  { name: 'FlowAttributes', summary: 'Attributes that live only during this flow.', open: true },
  { name: 'SegmentAttributes', summary: 'Contact segment attributes.', open: true },
  { name: 'Views', summary: 'Result of a ShowView action.', fields: ['Action', 'ViewResultData'] },
  { name: 'Wisdom', summary: 'Amazon Q in Connect session.', fields: ['SessionArn'] },
  { name: 'Task', summary: 'The task contact.', fields: ['ContactId'] },
  { name: 'RelatedContactId', summary: 'Id of the related contact.' },
  { name: 'Capabilities', summary: 'Screen sharing and video capabilities of agent and customer.', open: true },
  { name: 'Email', summary: 'The email message of an email contact.', open: true },
  { name: 'AdditionalEmailRecipients', summary: 'Cc and To lists of an email contact.', fields: ['CcList', 'ToList'] },
  { name: 'Loop', summary: 'The state of a Loop action, by loop name.', open: true },
  { name: 'Modules', summary: 'Input and result of a flow module.', fields: ['Input', 'Result', 'ResultData'] },
  { name: 'DataTables', summary: 'Values read from data tables.', open: true },
  { name: 'DataTableList', summary: 'Lists read from data tables.', open: true },
  { name: 'Tags', summary: 'Contact tags.', open: true },
  { name: 'LambdaInvocation', summary: 'Result of an asynchronous Lambda invocation.', fields: ['ResultData'] },
  { name: 'CallbackNumber', summary: 'The customer\'s callback number (written by the console; not in the attribute list).' },
  { name: 'OutboundCommunication', summary: 'Campaign flows: the outbound communication being sent.', open: true },
  { name: 'DeliveryReceipts', summary: 'Campaign flows: delivery receipts of the outbound communication.', open: true },
];

